import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheKey, formatBytes, isOfflineList, questionPages, runQueue, saveState } from './saving.ts';

const origin = 'https://owner.github.io';
const files = [
  { url: '/api-guide/questions/cors/', bytes: 60_000, title: 'What is CORS?' },
  { url: '/api-guide/questions/bola/', bytes: 50_000, title: 'BOLA: what is it?' },
  { url: '/api-guide/questions/cors/cors_allow_list.py', bytes: 1_500 },
  { url: '/api-guide/pagefind/pagefind-entry.json', bytes: 172 },
  { url: '/api-guide/cheatsheets/', bytes: 120_000, title: 'Cheat sheet' },
];

test('formatBytes', () => {
  assert.equal(formatBytes(172), '1 kB');
  assert.equal(formatBytes(820_400), '820 kB');
  assert.equal(formatBytes(5_318_900), '5.3 MB');
});

test('cacheKey drops the query and fragment, as the service worker does', () => {
  assert.equal(cacheKey('/api-guide/pagefind/pagefind-entry.json?ts=123', origin), 'https://owner.github.io/api-guide/pagefind/pagefind-entry.json');
  assert.equal(cacheKey('https://owner.github.io/api-guide/questions/cors/#x', origin), 'https://owner.github.io/api-guide/questions/cors/');
});

test('saveState splits saved from missing files, with their sizes', () => {
  const cached = new Set([cacheKey('/api-guide/questions/cors/', origin), cacheKey('/api-guide/pagefind/pagefind-entry.json', origin)]);
  const state = saveState(files, cached, origin);
  assert.deepEqual(state.saved.map((f) => f.url), ['/api-guide/questions/cors/', '/api-guide/pagefind/pagefind-entry.json']);
  assert.equal(state.savedBytes, 60_172);
  assert.equal(state.missing.length, 3);
  assert.equal(state.missingBytes, 171_500);
});

test('questionPages keeps question pages only, by title', () => {
  assert.deepEqual(questionPages(files, '/api-guide/').map((f) => f.title), ['BOLA: what is it?', 'What is CORS?']);
  assert.deepEqual(questionPages(files, '/'), []);
});

test('isOfflineList accepts the build list and refuses anything else', () => {
  assert.ok(isOfflineList({ version: 'v', caches: { pages: 'p', search: 's' }, bytes: 1, files }));
  assert.ok(!isOfflineList({ version: 'v', caches: { pages: 'p' }, files }));
  assert.ok(!isOfflineList({ version: 'v', caches: { pages: 'p', search: 's' }, files: [{ url: 1 }] }));
  assert.ok(!isOfflineList(null));
});

test('runQueue runs every task with bounded concurrency and reports failures without stopping', async () => {
  let running = 0;
  let most = 0;
  const settled: string[] = [];
  const result = await runQueue(
    ['a', 'b', 'bad', 'c', 'd'],
    async (item) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      if (item === 'bad') throw new Error('offline');
    },
    2,
    (item, ok) => settled.push(`${item}:${ok}`),
  );
  assert.equal(most, 2);
  assert.deepEqual(result.failed, ['bad']);
  assert.deepEqual([...result.done].sort(), ['a', 'b', 'c', 'd']);
  assert.equal(settled.length, 5);
  assert.deepEqual(await runQueue([], async () => {}, 4, () => {}), { done: [], failed: [] });
});
