import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFilters, facetCounts, facetIndex } from './facets.ts';

const index = facetIndex([
  { dimension: 'topic', value: 'Security', ids: ['cors', 'bola'] },
  { dimension: 'topic', value: 'HTTP', ids: ['etag'] },
  { dimension: 'difficulty', value: 'Junior', ids: ['cors', 'etag'] },
  { dimension: 'difficulty', value: 'Senior', ids: ['bola'] },
]);
const pages = ['etag', 'cors', 'bola', 'unknown'].map((id) => ({ id }));
const none = { topic: '', difficulty: '' };

test('each page gets the value of every dimension it is listed under', () => {
  assert.deepEqual(index.get('cors'), { topic: 'Security', difficulty: 'Junior' });
  assert.equal(index.get('unknown'), undefined);
});

test('filters keep the order of the results and drop pages without the value', () => {
  assert.deepEqual(applyFilters(pages, index, none).map((p) => p.id), ['etag', 'cors', 'bola', 'unknown']);
  assert.deepEqual(applyFilters(pages, index, { topic: 'Security', difficulty: '' }).map((p) => p.id), ['cors', 'bola']);
  assert.deepEqual(applyFilters(pages, index, { topic: 'Security', difficulty: 'Junior' }).map((p) => p.id), ['cors']);
});

test("counts for a dimension ignore that dimension's own filter and apply the others", () => {
  const filters = { topic: 'Security', difficulty: 'Junior' };
  assert.deepEqual(facetCounts(pages, index, filters, 'topic'), { Security: 1, HTTP: 1 });
  assert.deepEqual(facetCounts(pages, index, filters, 'difficulty'), { Junior: 1, Senior: 1 });
  assert.deepEqual(facetCounts(pages, index, none, 'topic'), { HTTP: 1, Security: 2 });
});

test('the counts of a dimension add up to the filtered list when no value of it is chosen', () => {
  const filters = { topic: '', difficulty: 'Junior' };
  const total = Object.values(facetCounts(pages, index, filters, 'topic')).reduce((a, b) => a + b, 0);
  assert.equal(total, applyFilters(pages, index, filters).filter((p) => index.has(p.id)).length);
});
