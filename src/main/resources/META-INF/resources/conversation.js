// The conversation as the browser keeps it (localStorage), so that it survives a reload: the server's
// conversationId and each turn's question and outcome ({answer, citations, source, notice, doneReason, turn, and the
// reader's rating once given} or {error}).
const KEY = 'article-chat.conversation';

export class Conversation {
    constructor() {
        let saved = null;
        try {
            saved = JSON.parse(localStorage.getItem(KEY));
        } catch {
            // unreadable: start afresh
        }
        this.id = saved && typeof saved.id === 'string' ? saved.id : null;
        this.turns = saved && Array.isArray(saved.turns) ? saved.turns : [];
    }

    get empty() {
        return this.turns.length === 0;
    }

    add(question) {
        const turn = {question, outcome: null};
        this.turns.push(turn);
        this.save();
        return turn;
    }

    settle(turn, outcome) {
        turn.outcome = outcome;
        if (outcome.conversationId) this.id = outcome.conversationId;
        this.save();
    }

    /** Forgets the last turn, to ask its question again. */
    dropLast() {
        this.turns.pop();
        this.save();
    }

    clear() {
        this.id = null;
        this.turns = [];
        localStorage.removeItem(KEY);
    }

    save() {
        try {
            localStorage.setItem(KEY, JSON.stringify({id: this.id, turns: this.turns}));
        } catch {
            // storage full or denied: the conversation lasts as long as the page
        }
    }
}
