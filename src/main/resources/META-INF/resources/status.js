// The banner that says, in words and with the command that fixes it, why answers come from the article alone:
// from the readiness check named "ollama" (when the server has one) and from answers whose source is "extractive".
// One line (a short title, the command, Copy); the title is a disclosure button for the whole explanation, so that
// on a phone the banner leaves the page to the chat.
import {copy} from './dom.js';

const RECHECK_MS = 30000;
const COMMAND = /\bollama (?:serve|pull [\w.:/-]*\w)/;

export class Status {
    constructor(banner) {
        this.banner = banner;
        this.title = banner.querySelector('.banner-title');
        this.text = banner.querySelector('.banner-text');
        this.fix = banner.querySelector('.banner-fix');
        this.command = banner.querySelector('.banner-fix code');
        this.problems = {health: null, answer: null};
        this.timer = null;
        banner.querySelector('.copy-command').addEventListener('click', event =>
            copy(this.command.textContent, event.currentTarget));
        this.title.addEventListener('click', () => {
            const open = this.title.getAttribute('aria-expanded') !== 'true';
            this.title.setAttribute('aria-expanded', String(open));
            this.text.hidden = !open;
        });
    }

    /** Asks the readiness endpoint; tolerant of a missing check, a 503 and a server that is down. */
    async check() {
        clearTimeout(this.timer);
        let health;
        try {
            health = await (await fetch('/q/health/ready', {cache: 'no-store'})).json();
        } catch {
            return; // the connection status already says the server is away
        }
        const ollama = (health.checks || []).find(c => c.name === 'ollama');
        const data = ollama && ollama.data;
        if (!data) {
            this.set('health', null);
        } else if (data.reachable === false) {
            this.set('health', {
                title: 'Ollama is not running.',
                text: 'Ollama is not running (or not where the server looks for it): answers come from the '
                    + 'article alone, without a model.',
                fix: data.fix || 'ollama serve'
            });
        } else if (data.modelPresent === false) {
            this.set('health', {
                title: 'Model missing.',
                text: `The model ${data.model} is not pulled: answers come from the article alone, without a model.`,
                fix: data.fix || `ollama pull ${data.model}`
            });
        } else {
            // Ollama and its model are there: an earlier extractive answer's notice is out of date
            this.problems.answer = null;
            this.set('health', null);
        }
    }

    /** A finished answer: extractive ones say why; a model answer means the model works. */
    answered(done) {
        if (done.source === 'extractive') {
            const notice = done.notice || 'This answer comes from the article alone, without a model.';
            const fix = notice.match(COMMAND);
            this.set('answer', {title: 'No model answer.', text: notice, fix: fix ? fix[0] : null});
            this.check();
        } else if (done.source === 'ollama') {
            this.problems.health = null;
            this.set('answer', null);
        }
    }

    set(kind, problem) {
        clearTimeout(this.timer);
        this.problems[kind] = problem;
        const shown = this.problems.answer || this.problems.health;
        this.banner.hidden = !shown;
        if (!shown) return;
        this.title.textContent = shown.title;
        // `command` in a server's notice is shown as code
        this.text.replaceChildren(...shown.text.split('`').map((part, i) => {
            if (i % 2 === 0) return part;
            const code = document.createElement('code');
            code.textContent = part;
            return code;
        }));
        this.fix.hidden = !shown.fix;
        this.command.textContent = shown.fix || '';
        // once fixed, the banner goes by itself
        this.timer = setTimeout(() => this.check(), RECHECK_MS);
    }
}
