// Small DOM helpers: text always goes in as text.

export function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
}

export function button(className, text, onClick) {
    const node = element('button', className, text);
    node.type = 'button';
    if (onClick) node.addEventListener('click', onClick);
    return node;
}

/** Copies text, saying so on the button for a moment. */
export async function copy(text, target) {
    const label = target.dataset.label ??= target.textContent;
    try {
        await navigator.clipboard.writeText(text);
        target.textContent = 'Copied';
    } catch {
        target.textContent = 'Copy failed';
    }
    setTimeout(() => target.textContent = label, 1500);
}

/** Puts a fixed-position popup below its anchor, or above it when there is no room below, inside the viewport. */
export function placeNear(popup, anchor) {
    const at = anchor.getBoundingClientRect();
    const left = Math.max(8, Math.min(at.left, innerWidth - popup.offsetWidth - 8));
    const below = at.bottom + 6;
    popup.style.left = `${left}px`;
    popup.style.top = `${below + popup.offsetHeight < innerHeight ? below : Math.max(8, at.top - popup.offsetHeight - 6)}px`;
}
