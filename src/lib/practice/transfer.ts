/**
 * Export and import of practice progress as a JSON file. An import is checked completely before
 * anything is changed: a file with any problem is rejected whole, with a message that says why.
 */
import { PROGRESS_VERSION, checkCards, mergeCards, migrate, type Cards, type MergeResult } from './progress.ts';

export const EXPORT_FORMAT = 'api-interview-guide-progress';
/** Far more than any real export (about 200 bytes a card); stops a wrong file from freezing the page. */
export const MAX_IMPORT_BYTES = 5_000_000;
export const TOO_LARGE = 'This file is too large to be a progress export.';

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  cards: Cards;
}

export function buildExport(cards: Cards, now: Date): ExportFile {
  return { format: EXPORT_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), cards };
}

/** `api-interview-guide-progress-2026-11-22.json` */
export function exportFileName(now: Date): string {
  return `${EXPORT_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportResult = { ok: true; cards: Cards } | { ok: false; error: string };

const fail = (error: string): ImportResult => ({ ok: false, error });

/** Validates the text of a chosen file: JSON, our format marker, a version we read, valid cards. */
export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return fail(TOO_LARGE);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('This file is not valid JSON, so it cannot be a progress export.');
  }
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (record.format !== EXPORT_FORMAT) {
    return fail('This JSON file is not an API Interview Guide progress export (its "format" field is missing or different).');
  }
  if (typeof record.version !== 'number') return fail('This export has no version number.');
  const current = migrate(record);
  if (!current) {
    const newer = record.version > PROGRESS_VERSION;
    return fail(
      `This export is version ${record.version}; this guide reads version ${PROGRESS_VERSION}${newer ? ' (the file comes from a newer copy of the guide)' : ''}.`,
    );
  }
  const { cards, problems } = checkCards(current.cards);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    return fail(`This export has invalid progress: card ${problems[0]}${more}.`);
  }
  return { ok: true, cards };
}

export type ImportMode = 'merge' | 'replace';

/** The cards after an import, with counts for the message shown to the reader. */
export function applyImport(current: Cards, incoming: Cards, mode: ImportMode): MergeResult {
  if (mode === 'merge') return mergeCards(current, incoming);
  const count = Object.keys(incoming).length;
  return { cards: { ...incoming }, added: count, updated: 0, unchanged: 0 };
}
