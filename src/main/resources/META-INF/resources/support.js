// Marks the sentences of an answer that its cited passages do not back (the server's `support`). The marks go on
// the rendered, sanitised DOM: each sentence's text, markers and Markdown left out and white space ignored, is
// found in the answer's text nodes and wrapped there, so no answer text is ever parsed as HTML. Why a sentence is
// marked shows on hover and on keyboard focus, and is the mark's accessible description.
import {element, placeNear} from './dom.js';

const LINK = /!?\[([^\]]*)]\([^)]*\)/g;
const MARKER = /\[\d+]/g;
const LIST_MARK = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/gm;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const IGNORED = /[\s*_`~#>|]/;
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
    // last first: wrapping splits a text node after the places still to be wrapped, never before them
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

/** For the announcement of an answer: how many of its sentences are marked, and how to hear why. */
export function supportNote(outcome) {
    const count = (outcome.support || []).filter(s => !s.supported).length;
    if (!count) return '';
    return ` (${count === 1 ? '1 sentence is' : `${count} sentences are`} not backed by its passages: `
        + 'tab to a marked sentence to hear why.)';
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

/**
 * Wraps first..last (inclusive) text node by text node, so that no element of the answer (an emphasis, a link)
 * is split or moved; white space alone is left as it is.
 */
function wrap(answer, first, last) {
    const all = textNodes(answer);
    const marks = [];
    for (const node of all.slice(all.indexOf(first.node), all.indexOf(last.node) + 1)) {
        const from = node === first.node ? first.offset : 0;
        const to = node === last.node ? last.offset + 1 : node.data.length;
        if (!node.data.slice(from, to).trim()) continue;
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, to);
        const mark = element('span', 'unsupported');
        range.surroundContents(mark);
        marks.push(mark);
    }
    return marks;
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
