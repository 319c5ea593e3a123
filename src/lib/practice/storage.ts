/**
 * The reader's study data in Web Storage: practice progress here, and mock-interview history
 * (`../interview/store.ts`) through the same functions, each under one versioned key. Anything that cannot be read safely (not JSON, an unknown version, invalid
 * entries) is copied to a backup key before the tool goes on, and a notice is left for the next
 * page that can show it: nothing is lost silently. Both kinds of data go through the same code
 * (`StoredKind` below), so they follow the same rules.
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
  /** Entries (cards, interviews) that were still valid and kept. */
  kept: number;
}

/** One kind of stored data: where it lives, its version, and how to check what is read back. */
export interface StoredKind<T> {
  key: string;
  backupPrefix: string;
  noticeKey: string;
  version: number;
  /** The property of the stored object that holds the data: `{ version, [field]: value }`. */
  field: string;
  /** Upgrades older stored data to `version`; null when it cannot. */
  migrate(data: unknown): Record<string, unknown> | null;
  /** Keeps the valid part of an untrusted value and describes the rest. */
  check(value: unknown): { value: T; problems: string[] };
  /** How many entries a value holds (reported when some were kept). */
  count(value: T): number;
  empty(): T;
}

export const PRACTICE: StoredKind<Cards> = {
  key: STORAGE_KEY,
  backupPrefix: BACKUP_PREFIX,
  noticeKey: NOTICE_KEY,
  version: PROGRESS_VERSION,
  field: 'cards',
  migrate: (data) => migrate(data),
  check: (value) => {
    const { cards, problems } = checkCards(value);
    return { value: cards, problems };
  },
  count: (cards) => Object.keys(cards).length,
  empty: () => ({}),
};

export interface Loaded<T> {
  value: T;
  /** Present when this load set something aside. */
  setAside?: SetAsideNotice;
  /**
   * Why the stored value could not be used, when it could not be backed up either (storage full):
   * it is left in place and nothing is written over it.
   */
  stuck?: string;
}

type Parsed<T> = { value: T } | { reason: string; value: T };

function parse<T>(kind: StoredKind<T>, raw: string): Parsed<T> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { reason: 'it was not readable JSON', value: kind.empty() };
  }
  const version = (data as { version?: unknown } | null)?.version;
  const current = kind.migrate(data);
  if (!current) {
    const what = typeof version === 'number' ? `version ${version}` : 'no version';
    return { reason: `it had ${what}, and this guide reads version ${kind.version}`, value: kind.empty() };
  }
  const { value, problems } = kind.check(current[kind.field]);
  if (problems.length > 0) {
    const shown = problems.slice(0, 3).join('; ');
    return { reason: `some entries were invalid (${shown}${problems.length > 3 ? '; …' : ''})`, value };
  }
  return { value };
}

/** Writes a value under its versioned key. False when the browser refuses (full or disabled). */
export function saveStored<T>(storage: StorageLike, kind: StoredKind<T>, value: T): boolean {
  try {
    storage.setItem(kind.key, JSON.stringify({ version: kind.version, [kind.field]: value }));
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a value. One that cannot be used whole is copied to `backupPrefix + now` (in ms), the valid
 * entries in it (if any) are kept under the main key, and a notice is recorded.
 */
export function loadStored<T>(storage: StorageLike, kind: StoredKind<T>, now: Date): Loaded<T> {
  const raw = storage.getItem(kind.key);
  if (raw === null) return { value: kind.empty() };
  const parsed = parse(kind, raw);
  if (!('reason' in parsed)) return { value: parsed.value };

  const backupKey = `${kind.backupPrefix}${now.getTime()}`;
  const notice: SetAsideNotice = { backupKey, reason: parsed.reason, kept: kind.count(parsed.value) };
  try {
    storage.setItem(backupKey, raw);
    storage.setItem(kind.noticeKey, JSON.stringify(notice));
  } catch {
    // Storage is full or read-only: leave the original where it is rather than lose it.
    return { value: parsed.value, stuck: parsed.reason };
  }
  if (notice.kept > 0) saveStored(storage, kind, parsed.value);
  else storage.removeItem(kind.key);
  return { value: parsed.value, setAside: notice };
}

/** The pending set-aside notice of one kind of data, removed as it is read so the reader is told once. */
export function takeStoredNotice(storage: StorageLike, kind: Pick<StoredKind<unknown>, 'noticeKey'>): SetAsideNotice | null {
  const raw = storage.getItem(kind.noticeKey);
  if (raw === null) return null;
  storage.removeItem(kind.noticeKey);
  try {
    const notice = JSON.parse(raw) as SetAsideNotice;
    return typeof notice.backupKey === 'string' && typeof notice.reason === 'string' ? notice : null;
  } catch {
    return null;
  }
}

/**
 * Re-reads storage (another tab may have written), applies a change and writes the result.
 * Never writes over a stored value that could neither be read nor backed up.
 */
export function updateStored<T>(storage: StorageLike, kind: StoredKind<T>, now: Date, change: (value: T) => T): { value: T; saved: boolean } {
  const loaded = loadStored(storage, kind, now);
  const value = change(loaded.value);
  return { value, saved: loaded.stuck === undefined && saveStored(storage, kind, value) };
}

// Practice progress ----------------------------------------------------------------------------

export interface LoadResult {
  cards: Cards;
  setAside?: SetAsideNotice;
  stuck?: string;
}

export interface SaveResult {
  cards: Cards;
  saved: boolean;
}

export function saveCards(storage: StorageLike, cards: Cards): boolean {
  return saveStored(storage, PRACTICE, cards);
}

export function loadCards(storage: StorageLike, now: Date): LoadResult {
  const { value, ...rest } = loadStored(storage, PRACTICE, now);
  return { cards: value, ...rest };
}

export function takeNotice(storage: StorageLike): SetAsideNotice | null {
  return takeStoredNotice(storage, PRACTICE);
}

export function updateCards(storage: StorageLike, now: Date, change: (cards: Cards) => Cards): SaveResult {
  const { value, saved } = updateStored(storage, PRACTICE, now, change);
  return { cards: value, saved };
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
