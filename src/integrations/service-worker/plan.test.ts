import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheNames, classify, cleanupScript, offlineList, pageTitle, urlOf } from './plan.ts';

test('classify sorts the built files into what the service worker does with them', () => {
  const cases: Record<string, string> = {
    'index.html': 'shell',
    'questions/index.html': 'shell',
    'topics/http/index.html': 'shell',
    'practice/index.html': 'shell',
    'practice/cards.json': 'shell',
    'interview/questions.json': 'shell',
    'offline/index.html': 'shell',
    'offline/files.json': 'shell',
    '_astro/BaseLayout.ar_wWfqg.css': 'shell',
    '_astro/worker-CgjnLy4-.js': 'shell',
    'questions/cors/index.html': 'pages',
    'questions/cors/cors_allow_list.py': 'pages',
    'cheatsheets/http/index.html': 'pages',
    'practice/api-interview-guide-anki.txt': 'pages',
    'pagefind/pagefind.js': 'search',
    'pagefind/index/en_1.pf_index': 'search',
    'pagefind/pagefind-worker.js': 'search',
    'pagefind/pagefind-ui.js': 'skip',
    'pagefind/pagefind-component-ui.css': 'skip',
    'pagefind/pagefind-highlight.js': 'skip',
    'pyodide/pyodide.asm.wasm': 'runner',
    'pyodide/fastapi-0.165.0-py3-none-any.whl': 'runner',
    'sw.js': 'skip',
    'workbox-55a32c08.js': 'skip',
    'sw-cleanup.1c56eb69750f.js': 'skip',
    '404.html': 'skip',
    'robots.txt': 'skip',
  };
  for (const [path, group] of Object.entries(cases)) assert.equal(classify(path), group, path);
});

test('urlOf gives the URL readers use, under the base', () => {
  assert.equal(urlOf('index.html', '/api-guide/'), '/api-guide/');
  assert.equal(urlOf('questions/cors/index.html', '/api-guide/'), '/api-guide/questions/cors/');
  assert.equal(urlOf('practice/cards.json', '/'), '/practice/cards.json');
});

test('cache names carry the base and the build versions', () => {
  const names = cacheNames('/api-guide/', { site: 'abc123', runner: 'def456' });
  assert.deepEqual(names, {
    prefix: 'api-interview-guide:/api-guide/:',
    pages: 'api-interview-guide:/api-guide/:pages:abc123',
    search: 'api-interview-guide:/api-guide/:search:abc123',
    runner: 'api-interview-guide:/api-guide/:runner:def456',
  });
  assert.notEqual(cacheNames('/other/', { site: 'abc123', runner: 'def456' }).pages, names.pages, 'two sites on one origin never share a cache');
});

test('offlineList sorts the files and totals their size', () => {
  const names = cacheNames('/', { site: 's', runner: 'r' });
  const list = offlineList('s', names, [
    { url: '/questions/b/', bytes: 2, title: 'B' },
    { url: '/pagefind/pagefind.js', bytes: 3 },
  ]);
  assert.deepEqual(list, { version: 's', caches: { pages: names.pages, search: names.search }, bytes: 5, files: [{ url: '/pagefind/pagefind.js', bytes: 3 }, { url: '/questions/b/', bytes: 2, title: 'B' }] });
});

test('pageTitle reads the title without the site name', () => {
  assert.equal(pageTitle('<title>What do &#39;safe&#39; &amp; idempotent mean? | API Interview Guide</title>', 'API Interview Guide'), "What do 'safe' & idempotent mean?");
  assert.equal(pageTitle('<title>API Interview Guide</title>', 'API Interview Guide'), 'API Interview Guide');
  assert.equal(pageTitle('<p>no title</p>', 'X'), undefined);
});

test('the cleanup script deletes only this site\'s caches from other builds', async () => {
  const names = cacheNames('/api-guide/', { site: 'new', runner: 'r1' });
  const stored = new Set([
    names.pages,
    names.runner,
    'api-interview-guide:/api-guide/:pages:old',
    'api-interview-guide:/api-guide/:search:old',
    'api-interview-guide:/other-site/:pages:old',
    'api-interview-guide-precache-v2-https://x.github.io/api-guide/',
  ]);
  let activate: ((event: { waitUntil(p: Promise<unknown>): void }) => void) | undefined;
  const self = { addEventListener: (type: string, listener: typeof activate) => type === 'activate' && (activate = listener) };
  const caches = { keys: async () => [...stored], delete: async (name: string) => stored.delete(name) };
  new Function('self', 'caches', cleanupScript(names))(self, caches);
  let done: Promise<unknown> = Promise.resolve();
  activate!({ waitUntil: (p) => (done = p) });
  await done;
  assert.deepEqual([...stored].sort(), [names.pages, names.runner, 'api-interview-guide-precache-v2-https://x.github.io/api-guide/', 'api-interview-guide:/other-site/:pages:old'].sort());
});
