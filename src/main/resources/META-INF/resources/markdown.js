// Answers as Markdown, safely. Raw HTML in an answer is shown as text: the model is asked for Markdown, and HTML
// it adds anyway is noise or an attack (parsing it at all makes the browser report the blocked handlers). Then
// DOMPurify removes whatever else could run or restyle (javascript: links, images, style), and only then are [n]
// markers made into elements, on the sanitised DOM's text nodes.
import {Marked} from '/webjars/marked/lib/marked.esm.js';
import DOMPurify from '/webjars/dompurify/dist/purify.es.mjs';

const ESCAPES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
const markdown = new Marked({
    async: false,
    breaks: true,
    renderer: {html: token => token.text.replace(/[&<>"']/g, c => ESCAPES[c])}
});
const PURIFY = {RETURN_DOM_FRAGMENT: true, FORBID_TAGS: ['img', 'style', 'form'], FORBID_ATTR: ['style']};
const MARKER = /\[(\d+)]/g;

/**
 * Replaces `target`'s content with `text` rendered; each [n] becomes what `marker(n)` returns (an element), or
 * stays text when it returns null.
 */
export function renderMarkdown(target, text, marker) {
    const fragment = DOMPurify.sanitize(markdown.parse(text), PURIFY);
    const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT, {
        acceptNode: node => node.parentElement && node.parentElement.closest('code, pre, a')
            ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
    });
    const texts = [];
    while (walker.nextNode()) texts.push(walker.currentNode);
    for (const node of texts) linkMarkers(node, marker);
    target.replaceChildren(fragment);
}

function linkMarkers(node, marker) {
    const text = node.data;
    const parts = [];
    let last = 0;
    for (const match of text.matchAll(MARKER)) {
        const element = marker(Number(match[1]));
        if (!element) continue;
        parts.push(document.createTextNode(text.slice(last, match.index)), element);
        last = match.index + match[0].length;
    }
    if (parts.length === 0) return;
    parts.push(document.createTextNode(text.slice(last)));
    node.replaceWith(...parts);
}
