// The chat page: one WebSocket, one conversation. Model and user text only ever reach the DOM as text
// (textContent / createTextNode), never as HTML.
(() => {
    'use strict';
    const log = document.getElementById('log');
    const form = document.getElementById('ask');
    const question = document.getElementById('question');
    const send = document.getElementById('send');
    const stop = document.getElementById('stop');
    const connection = document.getElementById('connection');
    const announce = document.getElementById('announce');

    let socket = null;
    let current = null; // {id, answer, turn} of the ask in flight
    let retryMs = 500;
    let counter = 0;

    function element(tag, className, text) {
        const node = document.createElement(tag);
        if (className) node.className = className;
        if (text !== undefined) node.textContent = text;
        return node;
    }

    function connect() {
        const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
        socket = new WebSocket(`${scheme}//${location.host}/ws/chat`);
        socket.addEventListener('open', () => {
            retryMs = 500;
            connection.textContent = 'Connected.';
            send.disabled = false;
        });
        socket.addEventListener('message', event => onFrame(JSON.parse(event.data)));
        socket.addEventListener('close', () => {
            send.disabled = true;
            if (current) finish(current, null, 'The connection closed before the answer was complete.');
            connection.textContent = `Disconnected; reconnecting in ${Math.round(retryMs / 1000)} s… (a new conversation starts)`;
            setTimeout(connect, retryMs);
            retryMs = Math.min(retryMs * 2, 15000);
        });
    }

    function onFrame(frame) {
        if (!current || frame.id !== current.id) {
            if (frame.type === 'error') showError(null, frame.error);
            return;
        }
        if (frame.type === 'token') {
            current.answer.append(document.createTextNode(frame.text));
        } else if (frame.type === 'done') {
            finish(current, frame, null);
        } else if (frame.type === 'error') {
            finish(current, null, frame.error);
        }
    }

    function finish(ask, done, error) {
        current = null;
        stop.disabled = true;
        send.disabled = socket.readyState !== WebSocket.OPEN;
        if (error) {
            ask.turn.append(element('p', 'error', error));
            announce.textContent = `Error: ${error}`;
            return;
        }
        ask.answer.textContent = done.answer;
        if (done.notice) ask.turn.insertBefore(element('p', 'notice', done.notice), ask.answer);
        if (done.citations && done.citations.length) {
            const list = element('ol', 'citations');
            list.setAttribute('aria-label', 'Cited passages');
            for (const c of done.citations) {
                const item = element('li', null, `[${c.n}] ${c.section}: ${c.text}`);
                list.append(item);
            }
            ask.turn.append(list);
        }
        const timing = done.timings ? ` · ${done.timings.totalMs} ms` : '';
        ask.turn.append(element('p', 'meta', `${done.source}${done.model ? ' · ' + done.model : ''} · ${done.doneReason}${timing}`));
        announce.textContent = done.answer;
    }

    function showError(turn, message) {
        const node = element('li', 'error', message);
        (turn || log).append(node);
    }

    form.addEventListener('submit', event => {
        event.preventDefault();
        const text = question.value.trim();
        if (!text || current || !socket || socket.readyState !== WebSocket.OPEN) return;
        const turn = element('li');
        turn.append(element('p', 'question', text));
        const answer = element('p', 'answer');
        turn.append(answer);
        log.append(turn);
        current = {id: `ask-${++counter}`, answer, turn};
        socket.send(JSON.stringify({type: 'ask', id: current.id, question: text}));
        question.value = '';
        send.disabled = true;
        stop.disabled = false;
        turn.scrollIntoView({block: 'end'});
    });

    stop.addEventListener('click', () => {
        if (current) socket.send(JSON.stringify({type: 'stop', id: current.id}));
    });

    question.addEventListener('keydown', event => {
        if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            form.requestSubmit();
        } else if (event.key === 'Escape' && current) {
            stop.click();
        }
    });

    fetch('/api/article').then(r => r.json()).then(article => {
        if (article.documents && article.documents.length) {
            document.getElementById('article-title').textContent =
                `Ask “${article.documents[0].title}”; every answer cites the passages it rests on.`;
        }
    }).catch(() => {});

    send.disabled = true;
    connect();
})();
