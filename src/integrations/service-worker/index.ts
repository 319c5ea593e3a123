/**
 * Offline reading: after `astro build` (and after the Pagefind integration has written the index),
 * lists every file of dist/, writes the list "Save the whole guide" fetches (offline/files.json), and
 * generates the service worker with Workbox's generateSW: a precache of the shell plus runtime
 * caches whose names come from hashes of the build (see ./plan.ts). Nothing runs in `astro dev`:
 * there is no build there, and the page script registers no worker in dev.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { OFFLINE_LIST, OFFLINE_PAGE, SW_FILE, cacheNames, classify, cleanupScript, offlineList, pageTitle, urlOf, type Group, type OfflineFile } from './plan.ts';

interface SiteFile {
  path: string;
  group: Group;
  bytes: number;
  hash: string;
}

function listFiles(root: string): SiteFile[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((name) => join(root, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => {
      const path = relative(root, file).split(sep).join('/');
      const content = readFileSync(file);
      return { path, group: classify(path), bytes: content.length, hash: createHash('sha256').update(content).digest('hex') };
    });
}

/** A short hash of a set of files (paths and contents), stable for identical builds. */
function versionOf(files: SiteFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) hash.update(`${file.path}\0${file.hash}\n`);
  return hash.digest('hex').slice(0, 12);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Cache entries keyed without query string or fragment: the site is static, and Pagefind asks for
 * `pagefind-entry.json?ts=<now>`, which would otherwise never be found again offline.
 * (Workbox writes this function's source into the worker, so it must use nothing from outside.)
 */
const keyWithoutQuery = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    url.search = '';
    url.hash = '';
    return url.href;
  },
};

export function serviceWorker({ siteName }: { siteName: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'api-guide:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = listFiles(root).filter((f) => f.group !== 'skip');
        const versions = {
          site: versionOf(files.filter((f) => f.group !== 'runner')),
          runner: versionOf(files.filter((f) => f.group === 'runner')),
        };
        const names = cacheNames(base, versions);

        const saved: OfflineFile[] = files
          .filter((f) => f.group === 'pages' || f.group === 'search')
          .map((f) => {
            const title = f.path.endsWith('.html') ? pageTitle(readFileSync(join(root, f.path), 'utf8'), siteName) : undefined;
            return { url: urlOf(f.path, base), bytes: f.bytes, ...(title ? { title } : {}) };
          });
        const list = offlineList(versions.site, names, saved);
        writeFileSync(join(root, OFFLINE_LIST), JSON.stringify(list));

        const cleanupFile = `sw-cleanup.${versions.site}.js`;
        writeFileSync(join(root, cleanupFile), cleanupScript(names));

        const b = escapeRegExp(base);
        const { count, size, warnings } = await generateSW({
          swDest: join(root, SW_FILE),
          globDirectory: root,
          globPatterns: ['**/*'],
          globIgnores: ['pyodide/**', 'pagefind/**'],
          // Keep only the shell, at the URLs readers use (`/api-guide/questions/`, not `questions/index.html`).
          manifestTransforms: [
            (entries) => ({
              manifest: entries.filter((e) => classify(e.url) === 'shell').map((e) => ({ ...e, url: urlOf(e.url, base) })),
              warnings: [],
            }),
          ],
          // Astro puts a content hash in every _astro/ file name, so those need no revision.
          dontCacheBustURLsMatching: /^_astro\//,
          cacheId: 'api-interview-guide',
          // Static pages ignore query strings (`/search/?q=…`, `/practice/?topic=…`), so the precache does too.
          ignoreURLParametersMatching: [/./],
          importScripts: [`${base}${cleanupFile}`],
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          // A new worker waits until the reader accepts the "updated: reload" notice.
          skipWaiting: false,
          sourcemap: false,
          runtimeCaching: [
            {
              urlPattern: new RegExp(`^[^?#]*${b}pyodide/`),
              handler: 'CacheFirst',
              options: { cacheName: names.runner, cacheableResponse: { statuses: [200] }, plugins: [keyWithoutQuery] },
            },
            {
              urlPattern: new RegExp(`^[^?#]*${b}pagefind/`),
              handler: 'CacheFirst',
              options: { cacheName: names.search, cacheableResponse: { statuses: [200] }, plugins: [keyWithoutQuery] },
            },
            {
              // Pages: the network when it answers within 5 s, else the cached copy, else the offline page.
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: {
                cacheName: names.pages,
                networkTimeoutSeconds: 5,
                cacheableResponse: { statuses: [200] },
                precacheFallback: { fallbackURL: `${base}${OFFLINE_PAGE}` },
                plugins: [keyWithoutQuery],
              },
            },
            {
              // Everything else of this site: samples, data files, and pages fetched by "Save the whole guide".
              urlPattern: ({ url }) => url.origin === self.location.origin,
              handler: 'NetworkFirst',
              options: { cacheName: names.pages, networkTimeoutSeconds: 5, cacheableResponse: { statuses: [200] }, plugins: [keyWithoutQuery] },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(
          `Service worker: ${count} shell files precached (${(size / 1024).toFixed(1)} kB); ` +
            `"Save the whole guide" lists ${list.files.length} files (${(list.bytes / 1024).toFixed(1)} kB); caches ${names.pages}, ${names.search}, ${names.runner}`,
        );
      },
    },
  };
}
