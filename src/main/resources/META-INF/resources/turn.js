// One question and its answer as the page shows them: thinking, then the streamed answer, then the finished turn
// with its [n] as buttons, the cited passages and the actions.
import {button, copy, element} from './dom.js';
import {feedbackControls} from './feedback.js';
import {renderMarkdown} from './markdown.js';
import {markUnsupported} from './support.js';

/** A citation's button → the citation it shows. */
export const citationOf = new WeakMap();

export function turnView(log, text) {
    const item = element('li', 'turn');
    const reply = element('div', 'reply');
    const thinking = element('p', 'thinking');
    const elapsed = element('span', 'elapsed', '0 s');
    const waitingFor = element('span', 'waiting-for', 'Thinking… ');
    thinking.append(element('span', 'spinner'), waitingFor, elapsed);
    const answer = element('div', 'answer');
    reply.append(thinking, answer);
    item.append(element('p', 'question', text), reply);
    log.append(item);
    return {item, reply, thinking, waitingFor, elapsed, answer};
}

/** The ask waits its turn for the model (the server runs a few answers at once): say how many are ahead. */
export function showQueued(view, position) {
    view.waitingFor.textContent = position === 0 ? 'Waiting for the model: yours is next… '
        : `Waiting for the model: ${position} ${position === 1 ? 'answer' : 'answers'} ahead of yours… `;
}

/** The answer so far, while it streams: its [n] stay text until the citations come with the done frame. */
export function showStreaming(view, text) {
    renderMarkdown(view.answer, text, () => null);
}

/**
 * The finished turn: notes, the answer with its [n] as buttons and its unsupported sentences marked, the citation
 * list, the actions; `rate(outcome, rating, comment)` sends a reader's rating of it.
 */
export function showOutcome(view, outcome, regenerate, rate) {
    const parts = [];
    if (outcome.forgotten) {
        parts.push(element('p', 'note', 'The server no longer had this conversation (it restarted or dropped it): '
            + 'this answer does not see the turns above.'));
    }
    // an extractive answer's notice is the banner's (with the command that fixes it); its meta says so too
    if (outcome.notice && outcome.source !== 'extractive') parts.push(element('p', 'notice', outcome.notice));
    if (outcome.thinking) parts.push(reasoning(outcome.thinking));
    const answer = element('div', 'answer');
    const tips = element('div', 'support-tips');
    if (outcome.answer) {
        renderMarkdown(answer, outcome.answer, n => citeButton(outcome.citations || [], n));
        markUnsupported(answer, outcome, tips);
    }
    parts.push(answer, tips);
    if (outcome.doneReason === 'stopped') parts.push(element('p', 'note', 'Stopped.'));
    if (outcome.error) parts.push(element('p', 'error', outcome.error));
    if (outcome.citations && outcome.citations.length) parts.push(citationList(outcome.citations));
    parts.push(actions(outcome, regenerate, rate));
    view.reply.replaceChildren(...parts);
    view.reply.dataset.state = outcome.error ? 'error' : outcome.doneReason === 'stopped' ? 'stopped' : 'done';
    view.reply.removeAttribute('aria-busy');
    view.answer = answer;
}

/** What a model thought before answering, folded away: it is not the answer, and its [n] cite nothing. */
function reasoning(text) {
    const folded = element('details', 'reasoning');
    folded.append(element('summary', '', 'The model’s reasoning (not part of the answer)'), element('p', '', text));
    return folded;
}

function citeButton(citations, n) {
    const citation = citations.find(c => c.n === n);
    if (!citation) return null;
    const cite = button('cite', `[${n}]`);
    cite.setAttribute('aria-label', `[${n}] passage: ${citation.section}`);
    cite.dataset.passage = citation.id;
    citationOf.set(cite, citation);
    return cite;
}

function citationList(citations) {
    const list = element('ol', 'citations');
    list.setAttribute('aria-label', 'Cited passages');
    for (const c of citations) {
        const entry = button('cite-entry');
        entry.dataset.passage = c.id;
        entry.append(element('span', 'cite-n', `[${c.n}]`), element('span', 'cite-section', c.section),
            element('span', 'cite-text', readable(c)));
        citationOf.set(entry, c);
        const item = element('li');
        item.append(entry);
        list.append(item);
    }
    return list;
}

function actions(outcome, regenerate, rate) {
    const bar = element('div', 'actions');
    if (outcome.answer) {
        const copyButton = button('copy', 'Copy', () => copy(copyText(outcome), copyButton));
        bar.append(copyButton);
    }
    bar.append(button('regenerate', 'Regenerate', regenerate));
    // only an answer the server recorded can be rated (it names the answer by its turn)
    if (outcome.turn != null && !outcome.error) {
        bar.append(feedbackControls(outcome, (rating, comment) => rate(outcome, rating, comment)));
    }
    bar.append(element('span', 'meta', meta(outcome)));
    return bar;
}

function copyText(outcome) {
    const sources = (outcome.citations || []).map(c => `[${c.n}] ${c.section}: “${readable(c)}”`);
    return [outcome.answer, ...sources].join('\n\n');
}

/** The passage as a reader sees it, without Markdown; a conversation saved before passages had one keeps its text. */
function readable(citation) {
    return citation.plain ?? citation.text;
}

function meta(outcome) {
    if (outcome.error) return '';
    const parts = [{ollama: outcome.model, extractive: 'from the article alone', none: 'not in the article'}[outcome.source]];
    const t = outcome.timings;
    if (t && t.firstTokenMs != null) parts.push(`first token ${(t.firstTokenMs / 1000).toFixed(1)} s`);
    if (t) parts.push(`${(t.totalMs / 1000).toFixed(1)} s`);
    return parts.filter(Boolean).join(' · ');
}
