// Thumbs up or down on a finished answer, with an optional comment, sent to POST /api/feedback. The rating is sent
// at once (most readers give no comment); a comment is sent with it again, and the last one sent counts.
import {button, element} from './dom.js';

const MAX_COMMENT = 2000;
const NAMES = {up: 'Good answer', down: 'Bad answer'};
const SVG = 'http://www.w3.org/2000/svg';
const THUMB = 'M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59'
    + 'C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z';
const ASK = {up: 'What was good about it? (optional)', down: 'What was wrong with it? (optional)'};

/**
 * The controls for one answer. `send(rating, comment)` posts and says how it went; it resolves to true when the
 * server kept the rating.
 */
export function feedbackControls(outcome, send) {
    const box = element('div', 'feedback');
    const thumbs = {up: thumb('up'), down: thumb('down')};
    const form = element('form', 'feedback-comment');
    form.hidden = true;
    const label = element('label', '', '');
    const comment = element('textarea');
    comment.maxLength = MAX_COMMENT;
    comment.rows = 2;
    // one per answer on the page: a conversation id and turn pair is unique
    comment.id = label.htmlFor = `comment-${outcome.conversationId}-${outcome.turn}`;
    form.append(label, comment, button('send-comment', 'Send comment'));
    form.querySelector('.send-comment').type = 'submit';
    box.append(thumbs.up, thumbs.down, form);

    function show(rating) {
        for (const [name, node] of Object.entries(thumbs)) node.setAttribute('aria-pressed', String(name === rating));
    }
    for (const [rating, node] of Object.entries(thumbs)) {
        node.addEventListener('click', async () => {
            if (!await send(rating, null)) return;
            show(rating);
            label.textContent = ASK[rating];
            form.hidden = false;
        });
    }
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const rating = Object.keys(thumbs).find(name => thumbs[name].getAttribute('aria-pressed') === 'true');
        const text = comment.value.trim();
        if (!rating || !text) return;
        if (!await send(rating, text)) return;
        form.hidden = true;
        comment.value = '';
        // the form goes away under the keyboard: focus returns to the rating it belongs to
        thumbs[rating].focus();
    });
    show(outcome.rating);
    return box;
}

function thumb(rating) {
    const node = button(`rate rate-${rating}`);
    node.append(thumbIcon(), element('span', 'visually-hidden', NAMES[rating]));
    node.title = NAMES[rating];
    return node;
}

/** A thumb drawn in SVG (Material Icons' thumb_up, Apache-2.0): an emoji needs a font that not every machine has. */
function thumbIcon() {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('class', 'rate-icon');
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', THUMB);
    svg.append(path);
    return svg;
}
