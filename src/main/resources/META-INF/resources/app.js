// The chat page: the conversation beside the article. User text reaches the DOM as text only; model text only
// through markdown.js (sanitised).
import {renderDocument} from './article.js';
import {Connection} from './connection.js';
import {Conversation} from './conversation.js';
import {button, element, placeNear} from './dom.js';
import {Status} from './status.js';
import {supportNote} from './support.js';
import {citationOf, showOutcome, showStreaming, turnView} from './turn.js';

const $ = id => document.getElementById(id);
const chatPane = $('chat');
const log = $('log');
const form = $('ask');
const question = $('question');
const send = $('send');
const stop = $('stop');
const connectionStatus = $('connection');
const announce = $('announce');
const articlePane = $('article');
const articleText = $('article-text');
const openArticle = $('open-article');
const scrim = $('scrim');
const card = $('card');
const narrow = matchMedia('(max-width: 56rem)');
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

const conversation = new Conversation();
const status = new Status($('banner'));
let article = {documents: [], passages: []};
let current = null; // the ask in flight: {id, turn, view, text, sentId, started, timer, render}
let counter = 0;
let highlighted = null; // {container, doc} of the document showing a passage
let drawerReturn = null; // what had focus before the drawer opened

function say(text) {
    // emptied first so that the same words are announced again
    announce.textContent = '';
    setTimeout(() => announce.textContent = text, 50);
}

// ---- the conversation

function showEmpty() {
    $('empty').hidden = !conversation.empty;
}

function ask(text) {
    if (current || !connection.ready) return false;
    const turn = conversation.add(text);
    showEmpty();
    const view = turnView(log, text);
    const frame = {type: 'ask', id: `ask-${Date.now().toString(36)}-${++counter}`, question: text};
    if (conversation.id) frame.conversationId = conversation.id;
    connection.send(frame);
    current = {id: frame.id, turn, view, text: '', sentId: conversation.id, started: performance.now(), render: 0};
    current.timer = setInterval(tick, 1000);
    view.reply.dataset.state = 'thinking';
    view.reply.setAttribute('aria-busy', 'true');
    updateControls();
    view.item.scrollIntoView({block: 'end'});
    return true;
}

function tick() {
    const seconds = Math.round((performance.now() - current.started) / 1000);
    current.view.elapsed.textContent = seconds < 10 ? `${seconds} s`
        : `${seconds} s (a model on a CPU can take a minute to load and read the passages)`;
}

function regenerate() {
    const last = conversation.turns.at(-1);
    if (!last || current || !connection.ready) return;
    conversation.dropLast();
    log.lastElementChild.remove();
    ask(last.question);
}

function onToken(text) {
    const ask = current;
    if (!ask.text) {
        clearInterval(ask.timer);
        ask.view.thinking.hidden = true;
        ask.view.reply.dataset.state = 'streaming';
    }
    ask.text += text;
    // at most one render per frame: markdown is re-rendered whole, as an unclosed ** only closes later
    if (!ask.render) {
        ask.render = requestAnimationFrame(() => {
            ask.render = 0;
            const follow = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
            showStreaming(ask.view, ask.text);
            if (follow) log.scrollTop = log.scrollHeight;
        });
    }
}

function finish(outcome) {
    const ask = current;
    current = null;
    clearInterval(ask.timer);
    cancelAnimationFrame(ask.render);
    if (!outcome.error && ask.sentId && outcome.conversationId !== ask.sentId) outcome.forgotten = true;
    conversation.settle(ask.turn, outcome);
    showOutcome(ask.view, outcome, regenerate);
    updateControls();
    if (outcome.error) {
        say(`Error: ${outcome.error}`);
        status.check();
    } else {
        say(`${outcome.doneReason === 'stopped' ? 'Stopped answer' : 'Answer'}: ${ask.view.answer.textContent}`
            + supportNote(outcome));
        status.answered(outcome);
    }
}

function doneOutcome(frame) {
    const {conversationId, answer, citations, support, source, notice, model, doneReason, timings} = frame;
    return {conversationId, answer, citations, support, source, notice, model, doneReason, timings};
}

function stopAsk() {
    if (current) connection.send({type: 'stop', id: current.id});
}

function updateControls() {
    send.disabled = current !== null || !connection.ready;
    stop.disabled = current === null;
}

// ---- the article

function documentContainer(name) {
    return [...articleText.children].find(c => c.dataset.document === name);
}

function showPassage(citation, from) {
    const doc = article.documents.find(d => d.name === citation.document);
    if (!doc) return;
    if (highlighted) renderDocument(highlighted.container, highlighted.doc);
    const container = documentContainer(doc.name);
    const quotes = (citation.quotes || []).map(q => ({start: q.start, end: q.end, className: 'quote'}));
    renderDocument(container, doc, [{start: citation.start, end: citation.end, className: 'passage'}, ...quotes]);
    highlighted = {container, doc};
    for (const active of document.querySelectorAll('.cite.active, .cite-entry.active')) active.classList.remove('active');
    from.classList.add('active');
    if (narrow.matches) openDrawer();
    const shown = [...container.querySelectorAll('mark.passage')].find(m => m.getClientRects().length > 0);
    if (shown) shown.scrollIntoView({block: 'center', behavior: reducedMotion.matches ? 'auto' : 'smooth'});
    say(`Passage ${citation.n} is highlighted in the article, in “${citation.section}”.`);
}

function starterQuestions() {
    const titles = new Set(article.documents.map(d => d.title));
    const sections = [...new Set(article.passages.map(p => p.section))].filter(s => s && !titles.has(s));
    return sections.slice(0, 4).map(s => s.endsWith('?') ? s : `What does the article say under “${s}”?`);
}

async function loadArticle() {
    try {
        article = await (await fetch('/api/article')).json();
    } catch {
        articleText.replaceChildren(element('p', 'error', 'The article could not be loaded: reload the page.'));
        return;
    }
    articleText.replaceChildren();
    for (const doc of article.documents) {
        const container = element('article', 'document');
        container.dataset.document = doc.name;
        renderDocument(container, doc);
        articleText.append(container);
    }
    if (article.documents.length) document.title = `${article.documents[0].title} · article-chat`;
    const list = $('starters');
    for (const text of starterQuestions()) {
        const item = element('li');
        item.append(button('starter', text, () => ask(text)));
        list.append(item);
    }
}

// ---- the drawer (narrow screens) and the passage card

function openDrawer() {
    if (articlePane.classList.contains('open')) return;
    drawerReturn = document.activeElement;
    articlePane.classList.add('open');
    openArticle.setAttribute('aria-expanded', 'true');
    scrim.hidden = false;
    chatPane.inert = true;
    $('close-article').focus();
}

function closeDrawer() {
    if (!articlePane.classList.contains('open')) return;
    articlePane.classList.remove('open');
    openArticle.setAttribute('aria-expanded', 'false');
    scrim.hidden = true;
    chatPane.inert = false;
    if (drawerReturn && drawerReturn.isConnected) drawerReturn.focus();
}

function showCard(cite) {
    const citation = citationOf.get(cite);
    const text = element('div', 'card-text');
    renderDocument(text, {text: citation.text, title: null});
    card.replaceChildren(element('p', 'card-section', `[${citation.n}] ${citation.section}`), text);
    card.hidden = false;
    cite.setAttribute('aria-describedby', 'card');
    placeNear(card, cite);
}

function hideCard() {
    card.hidden = true;
    for (const cite of document.querySelectorAll('.cite[aria-describedby]')) cite.removeAttribute('aria-describedby');
}

// ---- wiring

const connection = new Connection({
    open() {
        connectionStatus.textContent = 'Connected';
        updateControls();
        status.check();
    },
    closed(retryMs) {
        if (current) {
            finish({error: 'The connection closed before the answer was complete: ask again once it is back.',
                answer: current.text});
        }
        connectionStatus.textContent = `Connection lost: reconnecting in ${Math.ceil(retryMs / 1000)} s…`;
        updateControls();
    },
    frame(frame) {
        if (!current || frame.id !== current.id) return;
        if (frame.type === 'token') onToken(frame.text);
        else if (frame.type === 'done') finish(doneOutcome(frame));
        else if (frame.type === 'error') finish({error: frame.error, answer: current.text});
    }
});

form.addEventListener('submit', event => {
    event.preventDefault();
    const text = question.value.trim();
    if (text && ask(text)) question.value = '';
});

question.addEventListener('keydown', event => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
    }
});

document.addEventListener('keydown', event => {
    if (event.key !== 'Escape') return;
    if (current) stopAsk();
    else if (articlePane.classList.contains('open')) closeDrawer();
    hideCard();
});

stop.addEventListener('click', stopAsk);

$('new-chat').addEventListener('click', () => {
    if (current) {
        clearInterval(current.timer);
        cancelAnimationFrame(current.render);
        current = null;
    }
    conversation.clear();
    log.replaceChildren();
    showEmpty();
    if (highlighted) renderDocument(highlighted.container, highlighted.doc);
    highlighted = null;
    // the server gives each socket a fresh conversation; closing this one also cancels an answer in flight
    connection.restart();
    updateControls();
    question.focus();
    say('New chat.');
});

// the card previews a passage; once it is shown in the article, the card would only hide the answer
document.addEventListener('click', event => {
    const cite = event.target.closest('.cite, .cite-entry');
    if (!cite || !citationOf.has(cite)) return;
    hideCard();
    showPassage(citationOf.get(cite), cite);
});
document.addEventListener('mouseover', event => {
    const cite = event.target.closest('.cite');
    if (cite && citationOf.has(cite)) showCard(cite);
});
document.addEventListener('mouseout', event => {
    const cite = event.target.closest('.cite');
    if (cite && !cite.contains(event.relatedTarget) && !cite.matches(':focus-visible')) hideCard();
});
document.addEventListener('focusin', event => {
    // keyboard focus only: a click focuses the button too
    if (event.target.matches('.cite:focus-visible') && citationOf.has(event.target)) showCard(event.target);
});
document.addEventListener('focusout', event => {
    if (event.target.matches('.cite')) hideCard();
});

openArticle.addEventListener('click', openDrawer);
$('close-article').addEventListener('click', closeDrawer);
scrim.addEventListener('click', closeDrawer);
narrow.addEventListener('change', closeDrawer);

// a reloaded page shows the conversation it had; an answer that was still coming is lost
for (const turn of conversation.turns) {
    const view = turnView(log, turn.question);
    if (!turn.outcome) conversation.settle(turn, {error: 'The page was reloaded before this answer was complete.'});
    showOutcome(view, turn.outcome, regenerate);
}
showEmpty();
updateControls();
loadArticle();
