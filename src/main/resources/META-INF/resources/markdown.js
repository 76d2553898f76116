// Markdown, safely: answers and documents. Raw HTML is shown as text: the model is asked for Markdown, and HTML
// it adds anyway is noise or an attack (parsing it at all makes the browser report the blocked handlers). Then
// DOMPurify removes whatever else could run or restyle (javascript: links, images, style), and only then is the
// sanitised DOM adjusted: an answer's [n] markers made into elements, a document's headings and links.
import {Marked} from '/webjars/marked/lib/marked.esm.js';
import DOMPurify from '/webjars/dompurify/dist/purify.es.mjs';

const ESCAPES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
const asText = {html: token => token.text.replace(/[&<>"']/g, c => ESCAPES[c])};
// a model's line break is meant as one; in a document, as on GitHub, it is a space within the paragraph
const answers = new Marked({async: false, breaks: true, renderer: asText});
const documents = new Marked({async: false, renderer: asText});
const PURIFY = {RETURN_DOM_FRAGMENT: true, FORBID_TAGS: ['img', 'style', 'form'], FORBID_ATTR: ['style']};
const MARKER = /\[(\d+)]/g;
// the pane's heading is an h2: a document's h1 comes below it
export const PANE_HEADING_LEVEL = 2;

/**
 * Replaces `target`'s content with `text` rendered; each [n] becomes what `marker(n)` returns (an element), or
 * stays text when it returns null.
 */
export function renderMarkdown(target, text, marker) {
    const fragment = DOMPurify.sanitize(answers.parse(text), PURIFY);
    const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT, {
        acceptNode: node => node.parentElement && node.parentElement.closest('code, pre, a')
            ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
    });
    const texts = [];
    while (walker.nextNode()) texts.push(walker.currentNode);
    for (const node of texts) linkMarkers(node, marker);
    target.replaceChildren(fragment);
}

/**
 * Replaces `target`'s content with a document's Markdown (a block of it, or a cited passage): its headings moved
 * below the pane's, its links opening in a new tab (web links) or inert (links within the documents folder).
 */
export function renderDocumentMarkdown(target, text) {
    const fragment = DOMPurify.sanitize(documents.parse(text), PURIFY);
    for (const heading of fragment.querySelectorAll('h1, h2, h3, h4, h5, h6')) demote(heading);
    for (const link of fragment.querySelectorAll('a[href]')) guard(link);
    target.replaceChildren(fragment);
}

function demote(heading) {
    relevel(heading, Math.min(6, headingLevel(heading) + PANE_HEADING_LEVEL));
}

export function headingLevel(heading) {
    return Number(heading.tagName[1]);
}

/** Puts an `<h{level}>` with the same content in the heading's place. */
export function relevel(heading, level) {
    const moved = document.createElement(`h${level}`);
    moved.append(...heading.childNodes);
    heading.replaceWith(moved);
}

function guard(link) {
    if (/^https?:/i.test(link.getAttribute('href'))) {
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
    } else {
        // a relative link or #anchor points into the folder, which the page does not serve
        link.removeAttribute('href');
    }
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
