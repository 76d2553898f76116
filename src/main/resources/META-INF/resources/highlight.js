// Marks words in rendered HTML, where source offsets no longer apply: text is found by its characters alone
// (white space ignored, as Markdown reflows it) and each text node it spans gets its own <mark>.

// elements whose white-space-only text nodes only separate their children: a <mark> there would be out of place
const BLOCK_CONTAINER = 'div, ul, ol, li, blockquote, table, thead, tbody, tfoot, tr';

/** The text nodes under `root`, in order, without the white space between block elements. */
export function textNodes(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: node => /^\s*$/.test(node.data) && node.parentElement.matches(BLOCK_CONTAINER)
            ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
    });
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    return nodes;
}

/** Wraps all of `nodes` in marks. */
export function markAll(nodes, className) {
    for (const node of nodes) wrap(node, 0, node.data.length, className);
}

/** Wraps the first place where `nodes` hold `words` (white space ignored); false when they do not hold them. */
export function markWords(nodes, words, className) {
    const wanted = words.replace(/\s+/g, '');
    if (!wanted) return false;
    const chars = [];
    for (const node of nodes) {
        for (let i = 0; i < node.data.length; i++) {
            if (!/\s/.test(node.data[i])) chars.push({node, at: i});
        }
    }
    const found = chars.map(c => c.node.data[c.at]).join('').indexOf(wanted);
    if (found < 0) return false;
    const first = chars[found];
    const last = chars[found + wanted.length - 1];
    const from = nodes.indexOf(first.node);
    const to = nodes.indexOf(last.node);
    for (let i = from; i <= to; i++) {
        const node = nodes[i];
        wrap(node, i === from ? first.at : 0, i === to ? last.at + 1 : node.data.length, className);
    }
    return true;
}

function wrap(node, from, to, className) {
    if (from >= to) return;
    const mark = document.createElement('mark');
    mark.className = className;
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    range.surroundContents(mark);
}
