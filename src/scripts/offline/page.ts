/**
 * The offline reading page: says what this browser has kept, and saves the whole guide (every page
 * and the search index) into the service worker's caches, with the size shown first and a progress
 * bar. The same page is what the service worker shows for a page that is not saved, offline.
 */
import { cacheKey, formatBytes, isOfflineList, questionPages, runQueue, saveState, type OfflineFile, type OfflineList } from '../../lib/offline/saving.ts';

const CONCURRENT_DOWNLOADS = 4;

/** Cache keys of everything in this build's page and search caches. */
async function cachedKeys(list: OfflineList): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const name of [list.caches.pages, list.caches.search]) {
    if (!(await caches.has(name))) continue;
    for (const request of await (await caches.open(name)).keys()) keys.add(cacheKey(request.url, location.origin));
  }
  return keys;
}

async function loadList(url: string): Promise<OfflineList> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const data: unknown = await response.json();
  if (!isOfflineList(data)) throw new Error(`${url} is not an offline file list`);
  return data;
}

export async function initOfflinePage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-offline]');
  if (!root) return;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const summary = $('[data-save-summary]');
  const button = $<HTMLButtonElement>('[data-save]');
  const status = $('[data-save-status]');
  const progress = $('[data-save-progress]');
  const bar = $<HTMLProgressElement>('[data-save-bar]');

  // Served in place of a page that is not saved: say which one.
  if (location.pathname !== root.dataset.pagePath) {
    $('[data-missing-url]').textContent = decodeURIComponent(location.pathname);
    $('[data-missing]').hidden = false;
  }

  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    summary.textContent = 'This browser cannot keep the guide for offline reading (it has no service workers, or they are turned off here).';
    return;
  }

  let list: OfflineList;
  try {
    list = await loadList(root.dataset.listUrl!);
  } catch {
    summary.textContent = 'The list of files to save could not be loaded. Check your connection and reload this page.';
    return;
  }
  const base = root.dataset.pagePath!.replace(/offline\/$/, '');

  const showSaved = async (): Promise<ReturnType<typeof saveState>> => {
    const state = saveState(list.files, await cachedKeys(list), location.origin);
    const pages = questionPages(state.saved, base);
    const items = pages.map((page) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.title ?? page.url;
      item.append(link);
      return item;
    });
    $('[data-saved-list]').replaceChildren(...items);
    $('[data-saved-list]').hidden = items.length === 0;
    $('[data-saved-empty]').hidden = items.length > 0;

    const total = list.files.length;
    if (state.missing.length === 0) {
      summary.textContent = `The whole guide is saved on this device: ${total} files, ${formatBytes(list.bytes)}, every page and the full search index.`;
      button.textContent = 'Check for missing files';
    } else {
      summary.textContent =
        state.saved.length === 0
          ? `Saving downloads every page and the full search index: ${total} files, about ${formatBytes(list.bytes)}.`
          : `Saving downloads every page and the full search index: ${state.missing.length} of ${total} files still to fetch, ` +
            `about ${formatBytes(state.missingBytes)} (${formatBytes(list.bytes)} in all).`;
      button.textContent = `Save the whole guide (${formatBytes(state.missingBytes)})`;
    }
    return state;
  };

  let state = await showSaved();
  button.disabled = false;

  button.addEventListener('click', async () => {
    state = await showSaved();
    if (state.missing.length === 0) {
      status.textContent = 'Nothing is missing: the whole guide is saved.';
      return;
    }
    button.disabled = true;
    const pages = await caches.open(list.caches.pages);
    const search = await caches.open(list.caches.search);
    const target = (file: OfflineFile) => (file.url.includes('/pagefind/') ? search : pages);
    const totalBytes = state.missingBytes;
    let doneBytes = 0;
    let doneFiles = 0;
    let lastAnnounced = -1;
    progress.hidden = false;
    bar.max = totalBytes;
    bar.value = 0;
    status.textContent = `Saving ${state.missing.length} files…`;

    const result = await runQueue(
      state.missing,
      async (file) => {
        const response = await fetch(file.url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${file.url} answered ${response.status}`);
        await target(file).put(cacheKey(file.url, location.origin), response);
      },
      CONCURRENT_DOWNLOADS,
      (file, ok) => {
        doneFiles++;
        if (ok) doneBytes += file.bytes;
        bar.value = doneBytes;
        // The status is a live region: update it in steps of a tenth, not on every file.
        const tenth = Math.floor((doneFiles / state.missing.length) * 10);
        if (tenth !== lastAnnounced) {
          lastAnnounced = tenth;
          status.textContent = `Saving: ${doneFiles} of ${state.missing.length} files, ${formatBytes(doneBytes)} of ${formatBytes(totalBytes)}.`;
        }
      },
    );

    state = await showSaved();
    progress.hidden = state.missing.length === 0;
    status.textContent =
      result.failed.length === 0
        ? `Saved: the whole guide (${formatBytes(list.bytes)}) is on this device and readable offline.`
        : `Saved ${result.done.length} files; ${result.failed.length} could not be fetched. Connect and press the button again to fetch the rest.`;
    button.disabled = false;
  });
}
