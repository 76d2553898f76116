// The sources, when there are several documents: a checkbox each to limit questions to some of them (for as long
// as the page is open), a button that shows the document in the pane, and the files the server does not serve.
import {button, element} from './dom.js';

export class Sources {
    /** `elements`: {fieldset, list, skipped, scope}; `changed()` runs when the choice changes. */
    constructor(elements, changed) {
        this.elements = elements;
        this.changed = changed;
        this.names = [];
        this.chosen = new Set();
    }

    get several() {
        return this.names.length > 1;
    }

    /** The names an ask is limited to; null when all are chosen (the ask then names none). */
    get limit() {
        return this.chosen.size < this.names.length ? this.names.filter(n => this.chosen.has(n)) : null;
    }

    get none() {
        return this.several && this.chosen.size === 0;
    }

    /** Lists the article's documents; `jump(name)` shows one in the pane. */
    show(article, jump) {
        this.names = article.documents.map(d => d.name);
        this.chosen = new Set(this.names);
        const {fieldset, list, skipped} = this.elements;
        if (this.several) {
            const counts = passageCounts(article.passages);
            list.replaceChildren(...article.documents.map((doc, i) => this.item(doc, i, counts.get(doc.name), jump)));
            fieldset.hidden = false;
        }
        skipped.replaceChildren(...(article.skipped || []).map(s => element('p', null, `Not served: ${s.name} — ${s.reason}`)));
        skipped.hidden = !skipped.hasChildNodes();
    }

    item(doc, index, passages = 0, jump) {
        const box = element('input');
        box.type = 'checkbox';
        box.id = `source-${index}`;
        box.checked = true;
        box.addEventListener('change', () => {
            if (box.checked) this.chosen.add(doc.name);
            else this.chosen.delete(doc.name);
            this.showScope();
            this.changed();
        });
        const label = element('label');
        label.htmlFor = box.id;
        label.append(element('span', 'source-title', doc.title), ' ',
            element('span', 'source-meta', `${passages} ${passages === 1 ? 'passage' : 'passages'} · ${doc.name}`));
        const show = button('source-show', 'Show', () => jump(doc.name));
        show.setAttribute('aria-label', `Show ${doc.title}`);
        const item = element('li', 'source');
        item.append(box, label, show);
        return item;
    }

    /** The composer's line: how many sources an ask goes to, or why it cannot be sent. */
    showScope() {
        const {scope} = this.elements;
        const limit = this.limit;
        scope.textContent = this.none ? 'Choose at least one source to ask.'
            : limit ? `Asking ${limit.length} of ${this.names.length} sources` : '';
        scope.hidden = !limit;
    }
}

function passageCounts(passages) {
    const counts = new Map();
    for (const p of passages) counts.set(p.document, (counts.get(p.document) || 0) + 1);
    return counts;
}

/** Up to four questions from the documents' headings, taking each document's in turn; never a document's title. */
export function starterQuestions(article) {
    const titles = new Set(article.documents.map(d => d.title));
    const byDocument = new Map(article.documents.map(d => [d.name, []]));
    for (const p of article.passages) {
        const sections = byDocument.get(p.document);
        if (sections && p.section && !titles.has(p.section) && !sections.includes(p.section)) sections.push(p.section);
    }
    const where = article.documents.length > 1 ? 'do the documents say' : 'does the article say';
    return [...new Set(inTurn([...byDocument.values()]))].slice(0, 4)
        .map(s => s.endsWith('?') ? s : `What ${where} under “${s}”?`);
}

/** The first of each list, then the second of each, and so on. */
function inTurn(lists) {
    const all = [];
    for (let i = 0; lists.some(list => i < list.length); i++) {
        for (const list of lists) if (i < list.length) all.push(list[i]);
    }
    return all;
}
