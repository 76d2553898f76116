// The chat page: the conversation beside the article. User text reaches the DOM as text only; model text only
// through markdown.js (sanitised).
import {Card} from './card.js';
import {Connection} from './connection.js';
import {Conversation} from './conversation.js';
import {button, element} from './dom.js';
import {Documents} from './documents.js';
import {Sources, starterQuestions} from './sources.js';
import {Status} from './status.js';
import {supportNote} from './support.js';
import {citationOf, showOutcome, showQueued, showStreaming, turnView} from './turn.js';

const $ = id => document.getElementById(id);
const chatPane = $('chat');
const log = $('log');
const form = $('ask');
const question = $('question');
const send = $('send');
const exportButton = $('export');
const stop = $('stop');
const connectionStatus = $('connection');
const announce = $('announce');
const articlePane = $('article');
const articleText = $('article-text');
const openArticle = $('open-article');
const scrim = $('scrim');
const narrow = matchMedia('(max-width: 56rem)');
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

const conversation = new Conversation();
const status = new Status($('banner'));
const documents = new Documents(articleText);
const sources = new Sources({fieldset: $('sources'), list: $('source-list'), skipped: $('skipped'), scope: $('scope')},
    updateControls);
const card = new Card($('card'), name => documents.get(name)?.doc.format);
let current = null; // the ask in flight: {id, turn, view, text, sentId, started, timer, render}
let counter = 0;
let drawerReturn = null; // what had focus before the drawer opened
let passageReturn = null; // the citation whose passage has focus: Escape goes back to it

function say(text) {
    // emptied first so that the same words are announced again
    announce.textContent = '';
    setTimeout(() => announce.textContent = text, 50);
}

// ---- the conversation

function showEmpty() {
    $('empty').hidden = !conversation.empty;
}

function canAsk() {
    return current === null && connection.ready && !sources.none;
}

function ask(text) {
    if (!canAsk()) return false;
    const turn = conversation.add(text);
    showEmpty();
    const view = turnView(log, text);
    const frame = {type: 'ask', id: `ask-${Date.now().toString(36)}-${++counter}`, question: text};
    if (conversation.id) frame.conversationId = conversation.id;
    if (sources.limit) frame.documents = sources.limit;
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
    if (!last || !canAsk()) return;
    conversation.dropLast();
    log.lastElementChild.remove();
    ask(last.question);
}

function onQueued(position) {
    if (!current.queued) say('Waiting for the model: other answers are ahead of yours.');
    current.queued = true;
    showQueued(current.view, position);
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
    showOutcome(ask.view, outcome, regenerate, rate);
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
    const {conversationId, answer, citations, support, source, notice, model, doneReason, timings, thinking, turn} = frame;
    return {conversationId, answer, citations, support, source, notice, model, doneReason, timings, thinking, turn};
}

/** Sends a reader's rating of an answer; says how it went; true when the server kept it. */
async function rate(outcome, rating, comment) {
    const body = {conversationId: outcome.conversationId, turn: outcome.turn, rating};
    if (comment) body.comment = comment;
    const error = await problem(() => fetch('/api/feedback', {
        method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)
    }));
    if (error) {
        say(`Feedback not saved: ${error}`);
        return false;
    }
    outcome.rating = rating;
    conversation.save();
    say(comment ? 'Comment sent. Thank you.'
        : `Rated as a ${rating === 'up' ? 'good' : 'bad'} answer. You can add a comment below it.`);
    return true;
}

/** What went wrong with a request, in words (the server's own error when it gave one), or null when it worked. */
async function problem(request) {
    let response;
    try {
        response = await request();
    } catch {
        return 'the server cannot be reached; try again once it is back.';
    }
    if (response.ok) return null;
    try {
        return (await response.json()).error;
    } catch {
        return `the server answered ${response.status}.`;
    }
}

/** Downloads the conversation as the server writes it in Markdown, under the file name the server gives. */
async function exportConversation() {
    let markdown = null;
    let name = 'conversation.md';
    const error = await problem(async () => {
        const response = await fetch(`/api/conversations/${encodeURIComponent(conversation.id)}?format=markdown`);
        if (response.ok) {
            markdown = await response.blob();
            name = (response.headers.get('Content-Disposition') || '').match(/filename="([^"]+)"/)?.[1] ?? name;
        }
        return response;
    });
    if (error) {
        say(`Nothing exported: ${error}`);
        return;
    }
    const link = element('a');
    link.href = URL.createObjectURL(markdown);
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    // the download has started by now; the object URL only holds the file in memory
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    say(`Conversation exported as ${name}.`);
}

function stopAsk() {
    if (current) connection.send({type: 'stop', id: current.id});
}

function updateControls() {
    send.disabled = !canAsk();
    stop.disabled = current === null;
    // the server has a transcript once one of this conversation's answers was recorded
    exportButton.disabled = !conversation.id || !conversation.turns.some(turn => turn.outcome?.turn != null);
}

// ---- the article

function showPassage(citation, from) {
    const container = documents.highlight(citation);
    if (!container) return;
    for (const active of document.querySelectorAll('.cite.active, .cite-entry.active')) active.classList.remove('active');
    from.classList.add('active');
    if (narrow.matches) openDrawer();
    const shown = [...container.querySelectorAll('mark.passage')].find(m => m.getClientRects().length > 0);
    if (shown) {
        // focus follows the citation, so that the keyboard is where the eyes go; Escape brings it back
        shown.tabIndex = -1;
        shown.focus({preventScroll: true});
        passageReturn = from;
        shown.scrollIntoView({block: 'center', behavior: reducedMotion.matches ? 'auto' : 'smooth'});
    }
    say(whereShown(citation));
}

function whereShown(citation) {
    if (!sources.several) return `Passage ${citation.n} is highlighted in the article, in “${citation.section}”.`;
    const title = documents.get(citation.document).doc.title;
    return `Passage ${citation.n} is highlighted in “${title}”`
        + (citation.section && citation.section !== title ? `, under “${citation.section}”.` : '.');
}

function jumpTo(name) {
    documents.get(name).container.scrollIntoView({block: 'start', behavior: reducedMotion.matches ? 'auto' : 'smooth'});
}

/** What the page calls the documents: "the article" for one (as the page says), "sources" for several. */
function nameDocuments(docs) {
    if (docs.length < 2) {
        if (docs.length) document.title = `${docs[0].title} · article-chat`;
        return;
    }
    const label = `Sources (${docs.length})`;
    $('article-heading').textContent = label;
    openArticle.textContent = label;
    $('empty-heading').textContent = 'Ask the documents';
    $('passage-home').textContent = 'its document';
    question.placeholder = 'Ask about the documents (Enter sends, Shift+Enter for a new line)';
    document.title = `${label} · article-chat`;
}

async function loadArticle() {
    let article;
    try {
        article = await (await fetch('/api/article')).json();
    } catch {
        articleText.replaceChildren(element('p', 'error', 'The article could not be loaded: reload the page.'));
        return;
    }
    documents.show(article.documents);
    sources.show(article, jumpTo);
    nameDocuments(article.documents);
    const list = $('starters');
    for (const text of starterQuestions(article)) {
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
        if (frame.type === 'queued') onQueued(frame.position);
        else if (frame.type === 'token') onToken(frame.text);
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
    else if (articlePane.contains(document.activeElement) && passageReturn?.isConnected) passageReturn.focus();
    card.hide();
});

stop.addEventListener('click', stopAsk);
exportButton.addEventListener('click', exportConversation);

$('new-chat').addEventListener('click', () => {
    if (current) {
        clearInterval(current.timer);
        cancelAnimationFrame(current.render);
        current = null;
    }
    conversation.clear();
    log.replaceChildren();
    showEmpty();
    documents.clear();
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
    card.hide();
    showPassage(citationOf.get(cite), cite);
});
document.addEventListener('mouseover', event => {
    const cite = event.target.closest('.cite');
    if (cite && citationOf.has(cite)) card.show(cite, citationOf.get(cite));
});
document.addEventListener('mouseout', event => {
    const cite = event.target.closest('.cite');
    if (cite && !cite.contains(event.relatedTarget) && !cite.matches(':focus-visible')) card.hide();
});
document.addEventListener('focusin', event => {
    // keyboard focus only: a click focuses the button too
    if (event.target.matches('.cite:focus-visible') && citationOf.has(event.target)) {
        card.show(event.target, citationOf.get(event.target));
    }
});
document.addEventListener('focusout', event => {
    if (event.target.matches('.cite')) card.hide();
});

openArticle.addEventListener('click', openDrawer);
$('close-article').addEventListener('click', closeDrawer);
scrim.addEventListener('click', closeDrawer);
narrow.addEventListener('change', closeDrawer);

// a reloaded page shows the conversation it had; an answer that was still coming is lost
for (const turn of conversation.turns) {
    const view = turnView(log, turn.question);
    if (!turn.outcome) conversation.settle(turn, {error: 'The page was reloaded before this answer was complete.'});
    showOutcome(view, turn.outcome, regenerate, rate);
}
showEmpty();
updateControls();
loadArticle();
