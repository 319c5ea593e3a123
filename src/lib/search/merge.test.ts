import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aliasField, mergeTermResults, strongestTerms, type ScoredPage, type TermResults } from './merge.ts';

const page = (id: string, score: number, matchedMetaFields?: string[]): ScoredPage => ({ id, score, matchedMetaFields });
const ids = (results: TermResults[]) => mergeTermResults(results).map((entry) => entry.page.id);

test('a page with more of the terms beats a page that scores high on one', () => {
  const merged = mergeTermResults([
    { term: 'paginate', pages: [page('offset', 10), page('cursor', 5)] },
    { term: 'large', pages: [page('cursor', 5)] },
  ]);
  assert.deepEqual(merged.map((entry) => [entry.page.id, entry.score, entry.coverage]), [
    ['cursor', 10, 1],
    ['offset', 5, 0.5],
  ]);
  assert.deepEqual(merged[0]!.terms, ['paginate', 'large']);
});

test('one term keeps its own order, and ties keep the order pages were first seen', () => {
  assert.deepEqual(ids([{ term: 'cors', pages: [page('a', 3), page('b', 3), page('c', 1)] }]), ['a', 'b', 'c']);
  assert.deepEqual(ids([]), []);
});

test('a page that declares a term as an alias ranks with the best page for it', () => {
  const single = [page('testing', 0.6, ['title']), page('intro', 0.5, [aliasField(1, 0)])];
  assert.deepEqual(ids([{ term: 'fastapi', pages: single }]), ['intro', 'testing']);
  const merged = mergeTermResults([{ term: 'fastapi', pages: single }]);
  assert.equal(merged[0]!.score, 0.5 + 0.6);
});

test('an alias counts only when the query has all of its words', () => {
  const results = (bothWords: boolean): TermResults[] => [
    { term: 'cors', pages: [page('cors', 5, [aliasField(2, 0)]), page('csrf', 6)] },
    { term: 'error', pages: [page('cors', 1, bothWords ? [aliasField(2, 0)] : []), page('csrf', 1)] },
  ];
  assert.deepEqual(ids(results(true)), ['cors', 'csrf']); // "cors error" is an alias of the cors page
  assert.deepEqual(ids(results(false)), ['csrf', 'cors']); // only "cors" of it matched
});

test('words of two different aliases do not make a whole alias', () => {
  // "rest api" against a page with the aliases "rest vs rpc" and "api styles", and one that says both
  const merged = mergeTermResults([
    { term: 'rest', pages: [page('styles', 4, [aliasField(2, 0)]), page('principles', 5)] },
    { term: 'api', pages: [page('styles', 1, [aliasField(2, 1)]), page('principles', 1)] },
  ]);
  assert.deepEqual(merged.map((entry) => [entry.page.id, entry.score]), [
    ['principles', 6],
    ['styles', 5],
  ]);
});

test('a code alias is named only by a compound term, not by a word it starts with', () => {
  // "model" matches the alias "model_dump" (indexed "modeldump") only because Pagefind matches prefixes
  const results = (term: string): TermResults[] => [{ term, pages: [page('basics', 1, [aliasField(1, 0, true)]), page('models', 2)] }];
  assert.deepEqual(ids(results('model')), ['models', 'basics']);
  assert.deepEqual(ids(results('model_dump')), ['basics', 'models']);
});

test('the strongest terms are the rarest ones found at all, up to a limit', () => {
  const results: TermResults[] = [
    { term: 'api', pages: [page('a', 1), page('b', 1), page('c', 1)] },
    { term: 'xylophone', pages: [] },
    { term: 'etag', pages: [page('a', 4)] },
    { term: 'cache', pages: [page('a', 2), page('b', 2)] },
  ];
  assert.deepEqual(strongestTerms(results, 2).map((result) => result.term), ['etag', 'cache']);
  assert.deepEqual(strongestTerms(results, 10).map((result) => result.term), ['etag', 'cache', 'api']);
});
