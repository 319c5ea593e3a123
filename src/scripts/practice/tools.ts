/** Export, import and reset of practice progress, and the one-line overview above them. */
import { isDue, isMastered } from '../../lib/practice/scheduler.ts';
import { resetCards, updateCards } from '../../lib/practice/storage.ts';
import { MAX_IMPORT_BYTES, TOO_LARGE, applyImport, buildExport, exportFileName, parseImport, type ImportMode } from '../../lib/practice/transfer.ts';
import { plural } from '../../lib/practice/format.ts';
import { loadNow, practiceStorage } from './store.ts';

function setStatus(element: HTMLElement, message: string, isError = false): void {
  element.textContent = message;
  element.classList.toggle('is-error', isError);
}

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function importMessage(mode: ImportMode, result: { added: number; updated: number; unchanged: number }): string {
  if (mode === 'replace') return `Replaced your progress with the ${plural(result.added, 'card')} in the file.`;
  const total = result.added + result.updated + result.unchanged;
  const parts = [`${result.added} new here`, `${result.updated} updated`];
  if (result.unchanged > 0) parts.push(`${result.unchanged} kept as they were, reviewed more recently in this browser`);
  return `Imported ${plural(total, 'card')}: ${parts.join(', ')}.`;
}

/** Wires the tools; `onChange` runs after any change to the stored progress. */
export function initTools(section: HTMLElement, onChange: () => void): { refresh(): void } {
  const $ = <T extends HTMLElement>(selector: string) => section.querySelector<T>(selector)!;
  const overview = $('[data-progress-overview]');
  const dialog = $<HTMLDialogElement>('[data-reset-dialog]');

  const refresh = (): void => {
    const { cards } = loadNow();
    const count = Object.keys(cards).length;
    if (count === 0) {
      overview.textContent = 'No progress yet: it appears here once you rate a card. It is kept in this browser only.';
      return;
    }
    const states = Object.values(cards);
    const due = states.filter((card) => isDue(card, new Date())).length;
    const mastered = states.filter(isMastered).length;
    overview.textContent = `${plural(count, 'question')} in your review deck: ${due} due now, ${mastered} mastered. Kept in this browser only.`;
  };
  const changed = (): void => {
    refresh();
    onChange();
  };

  $('[data-export]').addEventListener('click', () => {
    const now = new Date();
    const { cards } = loadNow();
    download(exportFileName(now), `${JSON.stringify(buildExport(cards, now), null, 2)}\n`);
    setStatus($('[data-export-status]'), `Downloaded a file with ${plural(Object.keys(cards).length, 'card')}.`);
  });

  const form = $<HTMLFormElement>('[data-import-form]');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = $('[data-import-status]');
    const file = form.querySelector<HTMLInputElement>('input[type="file"]')!.files?.[0];
    if (!file) return setStatus(status, 'Choose a progress file first.', true);
    if (file.size > MAX_IMPORT_BYTES) return setStatus(status, `Nothing was imported. ${TOO_LARGE}`, true);
    const parsed = parseImport(await file.text());
    if (!parsed.ok) return setStatus(status, `Nothing was imported. ${parsed.error}`, true);
    const mode = (new FormData(form).get('import-mode') === 'replace' ? 'replace' : 'merge') as ImportMode;
    let result = applyImport({}, {}, mode);
    const { saved } = updateCards(practiceStorage(), new Date(), (current) => {
      result = applyImport(current, parsed.cards, mode);
      return result.cards;
    });
    if (!saved) return setStatus(status, 'Nothing was imported: this browser refused to store the progress.', true);
    setStatus(status, importMessage(mode, result));
    form.reset();
    changed();
  });

  $('[data-reset]').addEventListener('click', () => {
    const count = Object.keys(loadNow().cards).length;
    $('[data-reset-text]').textContent =
      count === 0
        ? 'There is no progress to delete yet.'
        : `This deletes the schedule of ${plural(count, 'question')} from this browser and cannot be undone. Export your progress first if you might want it back.`;
    dialog.returnValue = '';
    dialog.showModal();
  });
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'reset') return;
    resetCards(practiceStorage());
    setStatus($('[data-reset-status]'), 'All practice progress in this browser was deleted.');
    changed();
  });

  refresh();
  return { refresh };
}
