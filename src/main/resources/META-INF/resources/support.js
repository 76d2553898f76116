// Marks the sentences of an answer that its cited passages do not back (the server's `support`). The marks go on
// the rendered, sanitised DOM: each sentence's text, markers and Markdown left out and white space ignored, is
// found in the answer's text nodes and wrapped there, so no answer text is ever parsed as HTML. Why a sentence is
// marked shows on hover and on keyboard focus, and is the mark's accessible description.
import {element, placeNear} from './dom.js';

const LINK = /!?\[([^\]]*)]\([^)]*\)/g;
const MARKER = /\[\d+]/g;
const LIST_MARK = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/gm;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const IGNORED = /[\s*_`~#>]/;
const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, pre';
let counter = 0;
let shown = null;

document.addEventListener('keydown', event => {
    if (event.key === 'Escape') hideTip();
});

/** Marks `answer`'s unsupported sentences; their explanations go into `tips`, outside the answer's text. */
export function markUnsupported(answer, outcome, tips) {
    const unsupported = (outcome.support || []).filter(s => !s.supported);
    if (!unsupported.length) return;
    const {text, at} = visibleText(answer);
    const found = [];
    let from = 0;
    for (const sentence of unsupported) {
        const needle = comparable(outcome.answer.slice(sentence.start, sentence.end));
        const index = needle ? text.indexOf(needle, from) : -1;
        if (index < 0) continue;
        found.push({sentence, first: at[index], last: at[index + needle.length - 1]});
        from = index + needle.length;
    }
    // last first: wrapping splits text nodes after the places still to be wrapped, never before them
    for (const {sentence, first, last} of found.reverse()) {
        const tip = element('span', 'support-tip', `Not backed by its passages: ${sentence.reason}.`);
        tip.id = `support-tip-${++counter}`;
        tip.setAttribute('role', 'tooltip');
        tip.hidden = true;
        tips.append(tip);
        const marks = wrap(answer, first, last);
        marks[0].tabIndex = 0;
        marks[0].setAttribute('aria-describedby', tip.id);
        for (const mark of marks) wire(mark, tip, marks[0]);
    }
}

/** A sentence as its rendered text reads, without what is ignored. */
function comparable(markdown) {
    return [...markdown.replace(LINK, '$1').replace(MARKER, '').replace(LIST_MARK, '').replace(ESCAPE, '$1')]
        .filter(c => !IGNORED.test(c)).join('');
}

/** The answer's text nodes in document order, without those of citation buttons (a mark never splits one). */
function textNodes(answer) {
    const walker = document.createTreeWalker(answer, NodeFilter.SHOW_TEXT, {
        acceptNode: node => node.parentElement.closest('.cite') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
    });
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    return nodes;
}

/** The answer's text without ignored characters and citation buttons, and where each character is. */
function visibleText(answer) {
    let text = '';
    const at = [];
    for (const node of textNodes(answer)) {
        [...node.data].forEach((c, offset) => {
            if (IGNORED.test(c)) return;
            text += c;
            at.push({node, offset});
        });
    }
    return {text, at};
}

/** Wraps first..last (inclusive) in one mark per block it spans, in document order. */
function wrap(answer, first, last) {
    const all = textNodes(answer);
    const nodes = all.slice(all.indexOf(first.node), all.indexOf(last.node) + 1);
    const groups = [];
    for (const node of nodes) {
        const block = node.parentElement.closest(BLOCK);
        if (!groups.length || groups.at(-1).block !== block) groups.push({block, nodes: []});
        groups.at(-1).nodes.push(node);
    }
    // white space between blocks is no part of a sentence to mark
    return groups.filter(g => g.nodes.some(n => n.data.trim())).reverse().map(group => {
        const range = document.createRange();
        range.setStart(group.nodes[0], group.nodes[0] === first.node ? first.offset : 0);
        const end = group.nodes.at(-1);
        range.setEnd(end, end === last.node ? last.offset + 1 : end.data.length);
        const mark = element('span', 'unsupported');
        mark.append(range.extractContents());
        range.insertNode(mark);
        return mark;
    }).reverse();
}

function wire(mark, tip, focusable) {
    const show = () => showTip(tip, focusable);
    const leave = event => {
        if (!tip.contains(event.relatedTarget) && !event.relatedTarget?.closest?.('.unsupported')) hideTip();
    };
    mark.addEventListener('mouseenter', show);
    mark.addEventListener('mouseleave', leave);
    tip.addEventListener('mouseleave', leave);
    if (mark === focusable) {
        mark.addEventListener('focus', show);
        mark.addEventListener('blur', hideTip);
    }
}

function showTip(tip, anchor) {
    if (shown && shown !== tip) shown.hidden = true;
    tip.hidden = false;
    placeNear(tip, anchor);
    shown = tip;
}

function hideTip() {
    if (shown) shown.hidden = true;
    shown = null;
}
