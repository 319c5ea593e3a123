// Runs the built site's own Pagefind bundle (dist/pagefind/pagefind.js) in Node, so a script can query
// the real index with the site's query code without a browser. Pagefind fetches its index files with
// fetch(); Node's fetch cannot read file: URLs, so those are served from disk here. Pagefind picks its
// language (and stemmer) from <html lang>, so that is read from the built home page.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

let installed = false;

function installFileFetch() {
  if (installed) return;
  installed = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return networkFetch(input, init);
    try {
      return new Response(await readFile(url), { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

/** Pagefind's module API for the index in `distDir`, configured like the site (options are the site's). */
export async function loadDistPagefind(distDir, options = {}) {
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(readFileSync(join(distDir, 'index.html'), 'utf8'))?.[1] ?? 'unknown';
  globalThis.document ??= { currentScript: null, querySelector: (selector) => (selector === 'html' ? { getAttribute: () => lang } : null) };
  installFileFetch();
  const pagefind = await import(pathToFileURL(join(distDir, 'pagefind/pagefind.js')).href);
  await pagefind.options({ ...options, noWorker: true });
  await pagefind.init();
  return pagefind;
}
