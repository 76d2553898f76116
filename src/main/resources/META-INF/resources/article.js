// The article pane: the source text with its headings and lists, every character of it in the DOM in order (the
// blank lines and bullet marks between blocks are kept in hidden spans), so that a passage's start..end offsets
// can be marked exactly.

// As ingest/Block.java recognises them: a block is a run of non-blank lines; a bullet block starts with a
// bullet mark; a heading is a markdown "#" line, or a short single line that does not end like a sentence.
const BULLET = /^\s*([•◦▪‣*+-]|\d{1,3}[.)])\s+/;
const MARKDOWN_HEADING = /^#{1,6}\s+(.+?)\s*#*\s*$/;
const HEADING_MAX_CHARS = 80;

/** The blocks of a text, in order: {kind, start, end}. JavaScript's \s, like Block.isSpace, counts no-break spaces. */
export function blocks(text) {
    const spans = [];
    let start = -1;
    let end = -1;
    for (let lineStart = 0; ;) {
        const newline = text.indexOf('\n', lineStart);
        const line = text.slice(lineStart, newline < 0 ? text.length : newline);
        const first = line.search(/\S/);
        if (first < 0) {
            if (start >= 0) spans.push([start, end]);
            start = -1;
        } else {
            if (start < 0) start = lineStart + first;
            end = lineStart + line.trimEnd().length;
        }
        if (newline < 0) break;
        lineStart = newline + 1;
    }
    if (start >= 0) spans.push([start, end]);
    return spans.map(([s, e], i) => ({kind: kind(text.slice(s, e), i === spans.length - 1), start: s, end: e}));
}

function kind(content, last) {
    if (!content.includes('\n') && MARKDOWN_HEADING.test(content)) return 'heading';
    if (BULLET.test(content)) return 'bullet';
    if (!last && !content.includes('\n') && content.length <= HEADING_MAX_CHARS && !content.startsWith('(')
        && !'.,;:!)"”'.includes(content.at(-1))) return 'heading';
    return 'paragraph';
}

/**
 * Writes a document's text (or a passage's: the card shows one) into `container`, with `marks` ({start, end,
 * className}, the later ones nested in the earlier) wrapped in <mark> elements. The paragraph equal to `doc.title`
 * becomes an h2, headings h3, bullets list items.
 */
export function renderDocument(container, doc, marks = []) {
    const text = doc.text;
    const cuts = new Set([0, text.length]);
    for (const m of marks) {
        cuts.add(Math.max(0, Math.min(text.length, m.start)));
        cuts.add(Math.max(0, Math.min(text.length, m.end)));
    }
    const sortedCuts = [...cuts].sort((a, b) => a - b);

    /** Appends text[from, to) to parent, cut wherever a mark begins or ends. */
    function write(parent, from, to) {
        for (let i = 0; i < sortedCuts.length - 1; i++) {
            const a = Math.max(from, sortedCuts[i]);
            const b = Math.min(to, sortedCuts[i + 1]);
            if (a >= b) continue;
            let target = parent;
            for (const m of marks) {
                if (m.start <= a && b <= m.end) {
                    const mark = document.createElement('mark');
                    mark.className = m.className;
                    target.append(mark);
                    target = mark;
                }
            }
            target.append(document.createTextNode(text.slice(a, b)));
        }
    }

    /** Text that structure stands for (line breaks, bullet marks, "#"): in the DOM, not shown. */
    function hidden(parent, from, to) {
        if (from >= to) return;
        const span = document.createElement('span');
        span.className = 'source-only';
        write(span, from, to);
        parent.append(span);
    }

    container.replaceChildren();
    let last = container;
    let list = null;
    let position = 0;
    for (const block of blocks(text)) {
        hidden(last, position, block.start);
        const content = text.slice(block.start, block.end);
        if (block.kind === 'bullet') {
            if (!list) {
                list = document.createElement('ul');
                container.append(list);
            }
            last = bulletItems(list, block, content, write, hidden);
        } else {
            list = null;
            last = document.createElement(block.kind === 'paragraph' ? (content === doc.title ? 'h2' : 'p') : 'h3');
            const markdown = block.kind === 'heading' ? content.match(MARKDOWN_HEADING) : null;
            const textStart = markdown ? block.start + content.lastIndexOf(markdown[1]) : block.start;
            const textEnd = markdown ? textStart + markdown[1].length : block.end;
            hidden(last, block.start, textStart);
            write(last, textStart, textEnd);
            hidden(last, textEnd, block.end);
            container.append(last);
        }
        position = block.end;
    }
    hidden(last, position, text.length);
}

/** One list item per bulleted line of a bullet block; lines without a mark continue the item before. */
function bulletItems(list, block, content, write, hidden) {
    let item = null;
    let offset = 0;
    for (const line of content.split('\n')) {
        const lineStart = block.start + offset;
        const lineEnd = lineStart + line.length;
        const bullet = line.match(BULLET);
        if (bullet || !item) {
            item = document.createElement('li');
            list.append(item);
        }
        // the line break before a continuation line shows as a space; before a new item, the list shows it
        if (offset > 0) (bullet ? hidden : write)(item, lineStart - 1, lineStart);
        const textStart = lineStart + (bullet ? bullet[0].length : 0);
        hidden(item, lineStart, textStart);
        write(item, textStart, lineEnd);
        offset += line.length + 1;
    }
    return item;
}
