// The WebSocket to /ws/chat, reopened with back-off (0.5 s doubling to 15 s) when the server goes away.
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 15000;

export class Connection {
    /** `on`: {open(), frame(json), closed(retryMs)} */
    constructor(on) {
        this.on = on;
        this.retryMs = FIRST_RETRY_MS;
        this.socket = null;
        this.timer = null;
        this.open();
    }

    get ready() {
        return this.socket !== null && this.socket.readyState === WebSocket.OPEN;
    }

    send(frame) {
        this.socket.send(JSON.stringify(frame));
    }

    /** A new socket at once: the server gives each socket its own conversation. */
    restart() {
        const old = this.socket;
        this.socket = null;
        if (old) old.close();
        clearTimeout(this.timer);
        this.open();
    }

    open() {
        const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
        const socket = new WebSocket(`${scheme}//${location.host}/ws/chat`);
        this.socket = socket;
        socket.addEventListener('open', () => {
            this.retryMs = FIRST_RETRY_MS;
            this.on.open();
        });
        socket.addEventListener('message', event => this.on.frame(JSON.parse(event.data)));
        socket.addEventListener('close', () => {
            if (this.socket !== socket) return; // replaced by restart()
            this.socket = null;
            this.on.closed(this.retryMs);
            this.timer = setTimeout(() => this.open(), this.retryMs);
            this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
        });
    }
}
