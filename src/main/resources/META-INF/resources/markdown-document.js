// A Markdown document in the pane, as its author formatted it: each top-level block rendered on its own into a
// wrapper that keeps its source range, so that a passage's start..end finds its blocks. Within a block the source
// offsets are gone: a block cut by a passage (a long paragraph split at sentences) and a quote are found by their
// words.
import {element} from './dom.js';
import {markAll, markWords, textNodes} from './highlight.js';
import {headingLevel, PANE_HEADING_LEVEL, relevel, renderDocumentMarkdown} from './markdown.js';

// a reference-style link's definition is a line of its own, usually far from the blocks that use it
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]+]:[ \t]*\S.*$/gm;

export function renderMarkdownDocument(container, doc) {
    const definitions = (doc.text.match(LINK_DEFINITION) || []).join('\n');
    container.replaceChildren(...doc.blocks.map(block => {
        const wrapper = element('div', 'block');
        wrapper.dataset.start = block.start;
        wrapper.dataset.end = block.end;
        renderDocumentMarkdown(wrapper, `${doc.text.slice(block.start, block.end)}\n\n${definitions}`);
        return wrapper;
    }));
    closeHeadingGaps(container);
}

/**
 * A document that goes from # to ### would skip a level of the page's outline, which a screen reader's list of
 * headings shows as a gap: each heading goes at most one level below the heading before it.
 */
function closeHeadingGaps(container) {
    let previous = PANE_HEADING_LEVEL;
    for (const heading of container.querySelectorAll('h3, h4, h5, h6')) {
        const level = Math.min(headingLevel(heading), previous + 1);
        if (level !== headingLevel(heading)) relevel(heading, level);
        previous = level;
    }
}

/** Marks a citation's passage and its quotes in a rendered document. */
export function highlightMarkdown(container, citation) {
    const blocks = [...container.querySelectorAll(':scope > .block')].filter(block =>
        Number(block.dataset.start) < citation.end && Number(block.dataset.end) > citation.start);
    for (const block of blocks) markPassage(block, citation);
    for (const quote of citation.quotes || []) {
        // text nodes change as each quote is wrapped: collected afresh
        const marked = blocks.flatMap(textNodes).filter(node => node.parentElement.closest('mark.passage'));
        markWords(marked, quote.text, 'quote');
    }
}

function markPassage(block, citation) {
    const startsInside = Number(block.dataset.start) < citation.start;
    const endsInside = Number(block.dataset.end) > citation.end;
    const nodes = textNodes(block);
    if ((startsInside || endsInside) && markWords(nodes, coveredWords(citation.plain, startsInside, endsInside),
        'passage')) return;
    markAll(nodes, 'passage');
}

/** The words of the passage that fall in a block it only partly covers: its first paragraph, last, or all of it. */
function coveredWords(plain, startsInside, endsInside) {
    if (startsInside && endsInside) return plain;
    const paragraphs = plain.split(/\n\s*\n/);
    return startsInside ? paragraphs[0] : paragraphs.at(-1);
}
