/**
 * What the service worker does with each file of the built site, and the names of its caches.
 * Pure: the integration (./index.ts) reads dist/ and hashes files; this decides.
 *
 *   shell    precached at install: CSS, JS, home, topic hubs, /questions/, /practice/ and its deck,
 *            /interview/ and its questions, /search/, the offline page and the offline file list
 *   pages    every other page and data file: cached when a reader opens it (network first), and all
 *            of them by "Save the whole guide"
 *   search   the Pagefind bundle and index: cached when first fetched, and by "Save the whole guide"
 *   runner   Pyodide and the wheels: cached after the first Run
 *   skip     the service worker's own files, 404.html, robots.txt, Pagefind's unused UI bundles
 */

import type { OfflineFile, OfflineList } from '../../lib/offline/saving.ts';

export type { OfflineFile, OfflineList };

export type Group = 'shell' | 'pages' | 'search' | 'runner' | 'skip';

/** Site paths (relative to dist/, with '/') of shell pages and data. */
const SHELL_FILES = new Set([
  'index.html',
  'questions/index.html',
  'practice/index.html',
  'practice/cards.json',
  'practice/topic-map.json',
  'interview/index.html',
  'interview/questions.json',
  'search/index.html',
  'offline/index.html',
  'favicon.svg',
]);

/** Where the service worker integration writes its own files, under the base. */
export const SW_FILE = 'sw.js';
export const OFFLINE_LIST = 'offline/files.json';
export const OFFLINE_PAGE = 'offline/';

export function classify(path: string): Group {
  if (path === SW_FILE || /^workbox-[\w-]+\.js$/.test(path) || /^sw-[\w.-]+\.js$/.test(path) || path.endsWith('.map')) return 'skip';
  if (path === OFFLINE_LIST || SHELL_FILES.has(path) || /^topics\/[a-z0-9-]+\/index\.html$/.test(path)) return 'shell';
  if (path.startsWith('_astro/')) return /\.(js|css)$/.test(path) ? 'shell' : 'pages';
  if (path.startsWith('pyodide/')) return 'runner';
  if (path.startsWith('pagefind/')) return /^pagefind\/pagefind-(?:[\w-]*ui|highlight)\b/.test(path) ? 'skip' : 'search';
  if (path === '404.html' || path === 'robots.txt' || path === '.nojekyll') return 'skip';
  return 'pages';
}

/** The URL a reader uses for a file: `questions/cors/index.html` → `/api-guide/questions/cors/`. */
export function urlOf(path: string, base: string): string {
  return `${base}${path === 'index.html' ? '' : path.replace(/(^|\/)index\.html$/, '$1')}`;
}

export interface CacheNames {
  /** Prefix of every cache of this site under this base: caches are per origin, and one origin can host several sites. */
  prefix: string;
  pages: string;
  search: string;
  runner: string;
}

/**
 * Runtime cache names, derived from the build: `site` is a hash of everything but the runner, so any
 * change to a page, asset or the index gives new pages and search caches (a page cached from one
 * build never meets CSS from another); `runner` is a hash of the Pyodide files alone, so a deploy
 * that keeps the same Pyodide keeps its 12 MB cache.
 */
export function cacheNames(base: string, versions: { site: string; runner: string }): CacheNames {
  const prefix = `api-interview-guide:${base}:`;
  return {
    prefix,
    pages: `${prefix}pages:${versions.site}`,
    search: `${prefix}search:${versions.site}`,
    runner: `${prefix}runner:${versions.runner}`,
  };
}

/** What "Save the whole guide" fetches, written to `offline/files.json` (titles let the offline page list saved pages). */
export function offlineList(version: string, names: CacheNames, files: OfflineFile[]): OfflineList {
  const sorted = [...files].sort((a, b) => a.url.localeCompare(b.url, 'en'));
  return { version, caches: { pages: names.pages, search: names.search }, bytes: sorted.reduce((sum, f) => sum + f.bytes, 0), files: sorted };
}

/** The title of an HTML page without the site name after it. */
export function pageTitle(html: string, siteName: string): string | undefined {
  const raw = html.match(/<title>([^<]*)<\/title>/)?.[1]?.trim();
  if (!raw) return undefined;
  const decoded = raw.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return decoded.endsWith(` | ${siteName}`) ? decoded.slice(0, -` | ${siteName}`.length) : decoded;
}

/**
 * A script the service worker imports: when a new worker takes over, it deletes this site's caches
 * from other builds (Workbox cleans up its own precache; the runtime caches are ours).
 */
export function cleanupScript(names: CacheNames): string {
  const keep = [names.pages, names.search, names.runner];
  return `// Written by the build (src/integrations/service-worker): deletes this site's caches from other builds.
self.addEventListener('activate', (event) => {
  const prefix = ${JSON.stringify(names.prefix)};
  const keep = ${JSON.stringify(keep)};
  event.waitUntil(
    caches.keys().then((names) => Promise.all(names.filter((name) => name.startsWith(prefix) && !keep.includes(name)).map((name) => caches.delete(name)))),
  );
});
`;
}
