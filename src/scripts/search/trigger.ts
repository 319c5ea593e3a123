/** Opens search from the header button, "/" or Ctrl/Cmd+K. Loads the search code only then. */

function typingInField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

async function open(): Promise<void> {
  const { openSearchDialog } = await import('./dialog.ts');
  openSearchDialog();
}

export function initSearchTrigger(): void {
  const triggers = document.querySelectorAll<HTMLAnchorElement>('[data-search-trigger]');
  if (location.pathname.endsWith('/search/')) return; // the search page has its own box
  for (const trigger of triggers) {
    trigger.setAttribute('role', 'button');
    trigger.setAttribute('aria-haspopup', 'dialog');
    trigger.addEventListener('click', (event) => {
      event.preventDefault();
      void open();
    });
    trigger.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        void open();
      }
    });
  }
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
    if (shortcut || (event.key === '/' && !typingInField(event.target) && !event.metaKey && !event.ctrlKey && !event.altKey)) {
      event.preventDefault();
      void open();
    }
  });
}
