/**
 * "Save the whole guide for offline": which files still need saving, how far along it is, and the
 * words for it. Pure: the browser script passes in what the caches hold and does the fetching.
 */

export interface OfflineFile {
  url: string;
  bytes: number;
  title?: string;
}

/** The list the build writes to offline/files.json (see src/integrations/service-worker/plan.ts). */
export interface OfflineList {
  version: string;
  caches: { pages: string; search: string };
  bytes: number;
  files: OfflineFile[];
}

/** Checks a value fetched from offline/files.json before the page relies on it. */
export function isOfflineList(value: unknown): value is OfflineList {
  const list = value as Partial<OfflineList> | null;
  return (
    typeof list === 'object' &&
    list !== null &&
    typeof list.version === 'string' &&
    typeof list.caches?.pages === 'string' &&
    typeof list.caches?.search === 'string' &&
    Array.isArray(list.files) &&
    list.files.every((f) => typeof f?.url === 'string' && Number.isInteger(f.bytes))
  );
}

/** '820 kB', '5.2 MB' (decimal units, as browsers and operating systems show download sizes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** A URL as the caches key it: no query string or fragment. */
export function cacheKey(url: string, origin: string): string {
  const parsed = new URL(url, origin);
  return `${parsed.origin}${parsed.pathname}`;
}

export interface SaveState {
  saved: OfflineFile[];
  missing: OfflineFile[];
  savedBytes: number;
  missingBytes: number;
}

/** Splits the list into files already in the caches (`cached` holds cache keys) and files still to fetch. */
export function saveState(files: readonly OfflineFile[], cached: ReadonlySet<string>, origin: string): SaveState {
  const saved: OfflineFile[] = [];
  const missing: OfflineFile[] = [];
  for (const file of files) (cached.has(cacheKey(file.url, origin)) ? saved : missing).push(file);
  const sum = (list: OfflineFile[]) => list.reduce((total, f) => total + f.bytes, 0);
  return { saved, missing, savedBytes: sum(saved), missingBytes: sum(missing) };
}

/** The question pages among `files` (`<base>questions/<slug>/`), with their titles, in title order. */
export function questionPages(files: readonly OfflineFile[], base: string): OfflineFile[] {
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}questions/[a-z0-9-]+/$`);
  return files.filter((f) => pattern.test(f.url)).sort((a, b) => (a.title ?? a.url).localeCompare(b.title ?? b.url, 'en'));
}

export interface QueueResult<T> {
  done: T[];
  failed: T[];
}

/**
 * Runs `task` over `items`, at most `concurrency` at a time, calling `onSettled` after each one.
 * A task that throws is counted as failed; the others go on.
 */
export async function runQueue<T>(items: readonly T[], task: (item: T) => Promise<void>, concurrency: number, onSettled: (item: T, ok: boolean) => void): Promise<QueueResult<T>> {
  const result: QueueResult<T> = { done: [], failed: [] };
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++]!;
      let ok = true;
      try {
        await task(item);
      } catch {
        ok = false;
      }
      (ok ? result.done : result.failed).push(item);
      onSettled(item, ok);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  return result;
}
