import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPages, markCount, type EngineResult, type PageData, type SearchEngine } from './find-pages.ts';

/**
 * A small stand-in for Pagefind with the behaviour findPages relies on: words match by prefix, an
 * unknown word falls back to the longest start it shares with indexed words, all words of a query must
 * match, and a query in double quotes matches whole words (a phrase: consecutive words) only.
 */
function fakeEngine(pages: Record<string, string>) {
  const words = Object.fromEntries(Object.entries(pages).map(([id, text]) => [id, text.toLowerCase().split(/[^a-z0-9_]+/).filter(Boolean)]));
  const vocabulary = new Set(Object.values(words).flat());
  let dataCalls = 0;
  // Like Pagefind, one data object per page, whose excerpt each result rewrites with its own matches.
  const shared = new Map<string, PageData>();
  const result = (id: string, score: number, matches: (word: string) => boolean = () => false): EngineResult => ({
    id,
    score,
    data: async () => {
      dataCalls++;
      const data = shared.get(id) ?? { url: `/${id}/`, content: pages[id]!, excerpt: '', meta: { title: id }, sub_results: [] };
      shared.set(id, data);
      await new Promise((resolve) => setTimeout(resolve, 1));
      data.excerpt = words[id]!.map((word) => (matches(word) ? `<mark>${word}</mark>` : word)).join(' ');
      return data;
    },
  });
  const engine: SearchEngine = {
    async search(query) {
      if (query === null) return { results: Object.keys(pages).map((id) => result(id, 1)) };
      const exact = /^"(.*)"$/.exec(query);
      const terms = (exact ? exact[1]! : query).toLowerCase().split(' ').filter(Boolean);
      if (exact) {
        const hits = Object.keys(pages).filter((id) => words[id]!.some((_, i) => terms.every((term, k) => words[id]![i + k] === term)));
        return { results: hits.map((id) => result(id, 1)) };
      }
      const matchers = terms.map((term) => {
        if ([...vocabulary].some((word) => word.startsWith(term))) return (word: string) => word.startsWith(term);
        // Pagefind falls back to the longest indexed stem that starts the term: model it as the
        // longest start the term shares with any word ("idempot" for "idempotnet", "x" for "xylophone").
        const shared = (word: string) => [...term].findIndex((char, i) => word[i] !== char);
        const longest = Math.max(...[...vocabulary].map((word) => shared(word)));
        return (word: string) => longest > 0 && word.startsWith(term.slice(0, longest));
      });
      const matchesAny = (word: string) => matchers.some((matches) => matches(word));
      const hits = Object.keys(pages)
        .map((id) => ({ id, counts: matchers.map((matches) => words[id]!.filter(matches).length) }))
        .filter(({ counts }) => counts.every((count) => count > 0))
        .map(({ id, counts }) => result(id, counts.reduce((sum, count) => sum + count, 0), matchesAny))
        .sort((a, b) => b.score - a.score);
      return { results: hits };
    },
  };
  return { engine, dataCalls: () => dataCalls };
}

const GUIDE = {
  ratelimit: 'Rate limiting answers 429 when a client sends too many requests. Rate limiting protects capacity.',
  pagination: 'Pagination: paginate a large collection with limit and offset. Paginate every list.',
  cursor: 'Cursor pagination seeks past the last row of a large table, so a large collection pages fast.',
  retries: 'Retries against a flaky provider; stop hammering it with a circuit breaker. Let x be the delay.',
  idempotency: 'An idempotent method can be retried. Idempotent methods: PUT and DELETE. A token bucket is not idempotent.',
};

const slugs = async (engine: SearchEngine, query: string) => (await findPages(engine, query)).pages.map((page) => page.id);

test('a whole question finds the page with most of its words, best first', async () => {
  const { engine } = fakeEngine(GUIDE);
  const found = await findPages(engine, 'Walk me through how you would paginate a large collection');
  assert.deepEqual(found.terms.map((term) => term.text), ['paginate', 'large', 'collection']);
  assert.deepEqual(found.pages.map((page) => page.id).slice(0, 2), ['pagination', 'cursor']);
  assert.equal(found.partial, false);
});

test('a word no page uses is set aside instead of emptying the results', async () => {
  const { engine } = fakeEngine(GUIDE);
  const found = await findPages(engine, 'what about clients hammering and flooding a rate limit');
  assert.deepEqual(found.unknown.map((term) => term.text), ['flooding']);
  assert.equal(found.pages[0]!.id, 'ratelimit');
  assert.equal(found.partial, true);
});

test('a nonsense word finds nothing, though the engine falls back to a shorter word', async () => {
  const { engine } = fakeEngine(GUIDE);
  assert.deepEqual((await engine.search('xylophone')).results.map((page) => page.id), ['retries']); // "x"
  const found = await findPages(engine, 'xylophone');
  assert.deepEqual(found.pages, []);
  assert.deepEqual(found.unknown.map((term) => term.text), ['xylophone']);
});

test('a typo still finds its page, and only a typo costs a page load', async () => {
  const { engine, dataCalls } = fakeEngine(GUIDE);
  assert.deepEqual(await slugs(engine, 'idempotent retries'), ['idempotency', 'retries']);
  assert.equal(dataCalls(), 0);
  assert.deepEqual(await slugs(engine, 'idempotnet'), ['idempotency']);
  assert.equal(dataCalls(), 1);
});

test('a quoted phrase matches only where its words stand together', async () => {
  const { engine } = fakeEngine(GUIDE);
  assert.deepEqual(await slugs(engine, '"token bucket"'), ['idempotency']);
  assert.deepEqual(await slugs(engine, '"large table"'), ['cursor']);
  assert.deepEqual((await findPages(engine, '"bucket token"')).pages, []);
});

test('pages with fewer than half of the terms are left out while others have more', async () => {
  const { engine } = fakeEngine(GUIDE);
  assert.deepEqual(await slugs(engine, 'rate limiting 429 capacity protects pagination'), ['ratelimit']);
});

test('a page with every term is always a result; a weak partial match is not', async () => {
  const { engine } = fakeEngine({
    answer: `${'idempotency key '.repeat(20)} replay`,
    weak: 'idempotency once, and a key',
  });
  assert.deepEqual(await slugs(engine, 'idempotency key'), ['answer', 'weak']); // both have every term
  assert.deepEqual(await slugs(engine, 'idempotency key replay'), ['answer']); // weak: 2 of 3 terms, 3% of the score
});

test("a result's excerpt is the one that highlights most, though Pagefind shares one object per page", async () => {
  const { engine } = fakeEngine({ page: 'alpha alpha alpha beta', other: 'beta' });
  const [first] = (await findPages(engine, 'alpha beta')).pages; // "alpha" (rarer) is searched first
  const data = await first!.data();
  assert.equal(data.url, '/page/');
  assert.equal(data.excerpt, '<mark>alpha</mark> <mark>alpha</mark> <mark>alpha</mark> beta');
  assert.equal(markCount('a <mark>b</mark> <mark>c</mark>'), 2);
});

test('an empty query finds nothing', async () => {
  const { engine } = fakeEngine(GUIDE);
  assert.deepEqual(await findPages(engine, '  ?  '), { terms: [], unknown: [], partial: false, pages: [] });
});
