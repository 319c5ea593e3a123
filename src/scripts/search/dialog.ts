/** The header search dialog, built on first open (so pages that never search carry none of it). */
import { createSearchPanel } from './panel.ts';
import { EMPTY_STATE } from '../../lib/search-state.ts';

let dialog: HTMLDialogElement | undefined;
let panel: { focus: () => void } | undefined;

function build(): HTMLDialogElement {
  const node = document.createElement('dialog');
  node.className = 'search-dialog';
  node.setAttribute('aria-labelledby', 'search-dialog-title');
  node.innerHTML = `
    <div class="search-dialog-head">
      <h2 id="search-dialog-title">Search the guide</h2>
      <button type="button" class="icon-button" data-close aria-label="Close search">
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24"><path stroke="currentColor" stroke-width="2.5" stroke-linecap="round" d="M5 5l14 14M19 5 5 19"/></svg>
      </button>
    </div>
    <div class="search-panel"></div>
    <p class="search-dialog-hint"><kbd>↓</kbd> <kbd>↑</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close</p>`;
  document.body.append(node);
  node.querySelector('[data-close]')!.addEventListener('click', () => node.close());
  node.addEventListener('keydown', (event) => {
    // Esc closes, as the hint says; in a search box the browser would first clear the text instead.
    if (event.key === 'Escape') {
      event.preventDefault();
      node.close();
    } else keepFocusInside(node, event);
  });
  node.addEventListener('click', (event) => {
    if (event.target === node) node.close(); // a click on the backdrop
  });
  panel = createSearchPanel(node.querySelector('.search-panel')!, { initial: EMPTY_STATE, idPrefix: 'search-dialog' });
  return node;
}

/** A modal dialog lets Tab reach the browser's own controls; keep it cycling inside instead. */
function keepFocusInside(node: HTMLElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const focusable = [...node.querySelectorAll<HTMLElement>('a[href], button, input, select')].filter((el) => el.offsetParent !== null);
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

export function openSearchDialog(): void {
  dialog ??= build();
  if (!dialog.open) dialog.showModal();
  panel?.focus();
}
