// The documents in the pane, each in an <article> of its own, rendered as written (plain text or Markdown); one
// citation at a time is highlighted in them.
import {renderDocument} from './article.js';
import {element} from './dom.js';
import {renderDocumentMarkdown} from './markdown.js';
import {highlightMarkdown, renderMarkdownDocument} from './markdown-document.js';

export class Documents {
    constructor(target) {
        this.target = target;
        this.byName = new Map(); // name → {doc, container}
        this.highlighted = null;
    }

    show(documents) {
        this.target.replaceChildren();
        for (const doc of documents) {
            const container = element('article', `document ${doc.format}`);
            container.dataset.document = doc.name;
            render(container, doc);
            this.byName.set(doc.name, {doc, container});
            this.target.append(container);
        }
    }

    get(name) {
        return this.byName.get(name);
    }

    /** Marks a citation's passage and quotes, and clears the last citation's; the document's container, or null. */
    highlight(citation) {
        const shown = this.byName.get(citation.document);
        if (!shown) return null;
        this.clear();
        render(shown.container, shown.doc, citation);
        this.highlighted = shown;
        return shown.container;
    }

    clear() {
        if (this.highlighted) render(this.highlighted.container, this.highlighted.doc);
        this.highlighted = null;
    }
}

/** A cited passage on its own (the card), rendered as its document is. */
export function renderPassage(target, citation, format) {
    if (format === 'markdown') renderDocumentMarkdown(target, citation.text);
    else renderDocument(target, {text: citation.text, title: null});
}

function render(container, doc, citation) {
    if (doc.format === 'markdown') {
        renderMarkdownDocument(container, doc);
        if (citation) highlightMarkdown(container, citation);
    } else {
        renderDocument(container, doc, citation ? textMarks(citation) : []);
    }
}

function textMarks(citation) {
    const quotes = (citation.quotes || []).map(q => ({start: q.start, end: q.end, className: 'quote'}));
    return [{start: citation.start, end: citation.end, className: 'passage'}, ...quotes];
}
