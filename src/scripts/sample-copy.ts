/** Copy buttons on samples: copy the full file (not just the lines shown), fetched from the site. */

async function sourceOf(figure: HTMLElement): Promise<string> {
  const editor = figure.querySelector<HTMLTextAreaElement>('textarea[data-editor]');
  if (editor) return editor.value;
  const url = figure.dataset.download;
  if (url) {
    const response = await fetch(url);
    if (response.ok) return response.text();
  }
  return figure.querySelector('.sample-code pre')?.textContent ?? '';
}

export function initSampleCopy(): void {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('.sample [data-copy]')) {
    const figure = button.closest<HTMLElement>('.sample');
    if (!figure) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(await sourceOf(figure));
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Copy failed';
      }
      setTimeout(() => (button.textContent = 'Copy'), 1600);
    });
  }
}
