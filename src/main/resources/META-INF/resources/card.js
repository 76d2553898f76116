// The card that previews a cited passage beside its [n], rendered as its document is.
import {element} from './dom.js';
import {renderPassage} from './documents.js';

export class Card {
    /** `formatOf(documentName)`: how the document is written ("text" or "markdown"). */
    constructor(card, formatOf) {
        this.card = card;
        this.formatOf = formatOf;
    }

    show(cite, citation) {
        const card = this.card;
        const text = element('div', 'card-text');
        renderPassage(text, citation, this.formatOf(citation.document));
        card.replaceChildren(element('p', 'card-section', `[${citation.n}] ${citation.section}`), text);
        card.hidden = false;
        cite.setAttribute('aria-describedby', card.id);
        const at = cite.getBoundingClientRect();
        const left = Math.max(8, Math.min(at.left, innerWidth - card.offsetWidth - 8));
        const below = at.bottom + 6;
        card.style.left = `${left}px`;
        card.style.top = `${below + card.offsetHeight < innerHeight ? below : Math.max(8, at.top - card.offsetHeight - 6)}px`;
    }

    hide() {
        this.card.hidden = true;
        for (const cite of document.querySelectorAll(`.cite[aria-describedby="${this.card.id}"]`)) {
            cite.removeAttribute('aria-describedby');
        }
    }
}
