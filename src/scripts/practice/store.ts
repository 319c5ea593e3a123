/**
 * The browser side of practice storage: localStorage when the browser allows it, otherwise an
 * in-memory stand-in so practice still works for this page view (and the reader is told).
 */
import { loadCards, takeNotice, type LoadResult, type StorageLike } from '../../lib/practice/storage.ts';
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

/** The storage practice uses on this page. */
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

/**
 * What the reader should be told about stored progress, once: that it had to be set aside (by this
 * load or an earlier one no page has reported yet), that it cannot be read or backed up, or (where
 * `mentionBlocked`) that this browser keeps nothing. Null when there is nothing to tell.
 */
export function takeStorageMessage(loaded: LoadResult, mentionBlocked: boolean): string | null {
  if (!storageIsPersistent()) {
    return mentionBlocked
      ? 'This browser does not let the guide store data, so practice progress lasts only until you leave this page. Export it before you go if you want to keep it.'
      : null;
  }
  if (loaded.stuck) {
    return `Your saved practice progress cannot be used, because ${loaded.stuck}, and this browser's storage is too full to keep a backup copy. It is left untouched, and new ratings will not be saved until some space is freed.`;
  }
  const notice = takeNotice(practiceStorage());
  if (!notice) return null;
  const kept = notice.kept > 0 ? ` The ${plural(notice.kept, 'card')} that could still be read ${notice.kept === 1 ? 'is' : 'are'} kept.` : ' Practice starts fresh.';
  return `Your saved practice progress could not be used as it was, because ${notice.reason}.${kept} Nothing was deleted: the old data is kept in this browser's local storage under the key “${notice.backupKey}”.`;
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
