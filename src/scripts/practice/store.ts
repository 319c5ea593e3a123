/**
 * The browser side of the study storage (practice progress, interview history): localStorage when the browser allows it, otherwise an
 * in-memory stand-in so practice still works for this page view (and the reader is told).
 */
import { PRACTICE, loadCards, takeStoredNotice, type LoadResult, type StorageLike, type StoredKind } from '../../lib/practice/storage.ts';
import { plural } from '../../lib/practice/format.ts';

class MemoryStorage implements StorageLike {
  private readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

let chosen: { storage: StorageLike; persistent: boolean } | undefined;

function choose(): { storage: StorageLike; persistent: boolean } {
  try {
    const storage = window.localStorage;
    storage.getItem('api-guide:practice:probe');
    return { storage, persistent: true };
  } catch {
    return { storage: new MemoryStorage(), persistent: false };
  }
}

/** The storage practice and mock interviews use on this page. */
export function practiceStorage(): StorageLike {
  chosen ??= choose();
  return chosen.storage;
}

/** False when the browser blocks localStorage (some private modes): progress lasts only this page view. */
function storageIsPersistent(): boolean {
  chosen ??= choose();
  return chosen.persistent;
}

/** Loads progress now, by the reader's clock. */
export function loadNow(): LoadResult {
  return loadCards(practiceStorage(), new Date());
}

/** How a message names one kind of stored data. */
export interface StoredWords {
  /** 'practice progress' */
  data: string;
  /** 'card' */
  entry: string;
  /** 'new ratings' */
  writes: string;
  /** 'Practice starts fresh.' */
  fresh: string;
  /** Said after "lasts only until you leave this page" when the browser stores nothing. */
  blockedHint: string;
}

export const PRACTICE_WORDS: StoredWords = { data: 'practice progress', entry: 'card', writes: 'new ratings', fresh: 'Practice starts fresh.', blockedHint: ' Export it before you go if you want to keep it.' };

/**
 * What the reader should be told about stored data, once: that it had to be set aside (by this
 * load or an earlier one no page has reported yet), that it cannot be read or backed up, or (where
 * `mentionBlocked`) that this browser keeps nothing. Null when there is nothing to tell.
 */
export function takeStoredMessage(loaded: { stuck?: string }, kind: Pick<StoredKind<unknown>, 'noticeKey'>, words: StoredWords, mentionBlocked: boolean): string | null {
  if (!storageIsPersistent()) {
    return mentionBlocked
      ? `This browser does not let the guide store data, so ${words.data} lasts only until you leave this page.${words.blockedHint}`
      : null;
  }
  if (loaded.stuck) {
    return `Your saved ${words.data} cannot be used, because ${loaded.stuck}, and this browser's storage is too full to keep a backup copy. It is left untouched, and ${words.writes} will not be saved until some space is freed.`;
  }
  const notice = takeStoredNotice(practiceStorage(), kind);
  if (!notice) return null;
  const kept = notice.kept > 0 ? ` The ${plural(notice.kept, words.entry)} that could still be read ${notice.kept === 1 ? 'is' : 'are'} kept.` : ` ${words.fresh}`;
  return `Your saved ${words.data} could not be used as it was, because ${notice.reason}.${kept} Nothing was deleted: the old data is kept in this browser's local storage under the key “${notice.backupKey}”.`;
}

/** The practice-progress message (see `takeStoredMessage`). */
export function takeStorageMessage(loaded: LoadResult, mentionBlocked: boolean): string | null {
  return takeStoredMessage(loaded, PRACTICE, PRACTICE_WORDS, mentionBlocked);
}

/** Puts `message` into `slot` as an alert, so screen readers announce it when it appears. */
export function showStorageMessage(slot: HTMLElement, message: string): void {
  const box = document.createElement('p');
  box.className = 'notice practice-notice';
  box.setAttribute('role', 'alert');
  box.textContent = message;
  slot.replaceChildren(box);
  slot.hidden = false;
}
