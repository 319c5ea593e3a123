/**
 * Practice progress in Web Storage, under one versioned key. Anything that cannot be read safely
 * (not JSON, an unknown version, invalid entries) is copied to a backup key before practice goes
 * on, and a notice is left for the next page that can show it: nothing is lost silently.
 * The storage and the clock are passed in, so tests use a Map and fixed dates.
 */
import { PROGRESS_VERSION, checkCards, migrate, type Cards } from './progress.ts';
import { newCard, review, type Rating } from './scheduler.ts';

export const STORAGE_KEY = 'api-guide:practice:v1';
export const BACKUP_PREFIX = 'api-guide:practice:corrupt:';
export const NOTICE_KEY = 'api-guide:practice:notice';

/** The part of the Web Storage API used here. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Left in storage when data was set aside, until a page has told the reader. */
export interface SetAsideNotice {
  backupKey: string;
  reason: string;
  /** Cards that were still valid and kept. */
  kept: number;
}

export interface LoadResult {
  cards: Cards;
  /** Present when this load set something aside. */
  setAside?: SetAsideNotice;
  /**
   * Why the stored value could not be used, when it could not be backed up either (storage full):
   * it is left in place and nothing is written over it.
   */
  stuck?: string;
}

type Parsed = { cards: Cards } | { reason: string; cards: Cards };

function parse(raw: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { reason: 'it was not readable JSON', cards: {} };
  }
  const version = (data as { version?: unknown } | null)?.version;
  const current = migrate(data);
  if (!current) {
    const what = typeof version === 'number' ? `version ${version}` : 'no version';
    return { reason: `it had ${what}, and this guide reads version ${PROGRESS_VERSION}`, cards: {} };
  }
  const { cards, problems } = checkCards(current.cards);
  if (problems.length > 0) {
    const shown = problems.slice(0, 3).join('; ');
    return { reason: `some entries were invalid (${shown}${problems.length > 3 ? '; …' : ''})`, cards };
  }
  return { cards };
}

/** Writes the cards under the versioned key. False when the browser refuses (full or disabled). */
export function saveCards(storage: StorageLike, cards: Cards): boolean {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: PROGRESS_VERSION, cards }));
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads progress. A value that cannot be used whole is copied to `BACKUP_PREFIX + now` (in ms),
 * the valid cards in it (if any) are kept under the main key, and a notice is recorded.
 */
export function loadCards(storage: StorageLike, now: Date): LoadResult {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return { cards: {} };
  const parsed = parse(raw);
  if (!('reason' in parsed)) return { cards: parsed.cards };

  const backupKey = `${BACKUP_PREFIX}${now.getTime()}`;
  const notice: SetAsideNotice = { backupKey, reason: parsed.reason, kept: Object.keys(parsed.cards).length };
  try {
    storage.setItem(backupKey, raw);
    storage.setItem(NOTICE_KEY, JSON.stringify(notice));
  } catch {
    // Storage is full or read-only: leave the original where it is rather than lose it.
    return { cards: parsed.cards, stuck: parsed.reason };
  }
  if (notice.kept > 0) saveCards(storage, parsed.cards);
  else storage.removeItem(STORAGE_KEY);
  return { cards: parsed.cards, setAside: notice };
}

/** The pending set-aside notice, removed as it is read so the reader is told once. */
export function takeNotice(storage: StorageLike): SetAsideNotice | null {
  const raw = storage.getItem(NOTICE_KEY);
  if (raw === null) return null;
  storage.removeItem(NOTICE_KEY);
  try {
    const notice = JSON.parse(raw) as SetAsideNotice;
    return typeof notice.backupKey === 'string' && typeof notice.reason === 'string' ? notice : null;
  } catch {
    return null;
  }
}

export interface SaveResult {
  cards: Cards;
  saved: boolean;
}

/**
 * Re-reads storage (another tab may have written), applies a change and writes the result.
 * Never writes over a stored value that could neither be read nor backed up.
 */
export function updateCards(storage: StorageLike, now: Date, change: (cards: Cards) => Cards): SaveResult {
  const loaded = loadCards(storage, now);
  const cards = change(loaded.cards);
  return { cards, saved: loaded.stuck === undefined && saveCards(storage, cards) };
}

/** Records a rating for one question: the write that happens on every button press. */
export function rateCard(storage: StorageLike, slug: string, rating: Rating, now: Date): SaveResult {
  return updateCards(storage, now, (cards) => ({ ...cards, [slug]: review(cards[slug], rating, now) }));
}

/** Puts a question into review (due now) unless it is already there. */
export function addCard(storage: StorageLike, slug: string, now: Date): SaveResult {
  return updateCards(storage, now, (cards) => (cards[slug] ? cards : { ...cards, [slug]: newCard(now) }));
}

/** Deletes all progress. Backups of set-aside data stay, so they can still be recovered by hand. */
export function resetCards(storage: StorageLike): void {
  storage.removeItem(STORAGE_KEY);
}
