// The card that previews a cited passage beside its [n], rendered as its document is.
import {element, placeNear} from './dom.js';
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
        placeNear(card, cite);
    }

    hide() {
        this.card.hidden = true;
        for (const cite of document.querySelectorAll(`.cite[aria-describedby="${this.card.id}"]`)) {
            cite.removeAttribute('aria-describedby');
        }
    }
}
