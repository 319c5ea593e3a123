import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeResults, filterOptions, hasCriteria, pagefindFilters, stateFromParams, stateToQueryString } from './search-state.ts';

test('state round-trips through the query string', () => {
  const state = stateFromParams(new URLSearchParams('q=%20model_dump%20&topic=Pydantic+and+validation&difficulty=Mid-level'));
  assert.deepEqual(state, { query: 'model_dump', topic: 'Pydantic and validation', difficulty: 'Mid-level' });
  assert.equal(stateToQueryString(state), '?q=model_dump&topic=Pydantic+and+validation&difficulty=Mid-level');
  assert.deepEqual(stateFromParams(new URLSearchParams(stateToQueryString(state))), state);
});

test('empty fields are left out of the URL and the filters', () => {
  const state = stateFromParams(new URLSearchParams('q=429'));
  assert.equal(stateToQueryString(state), '?q=429');
  assert.deepEqual(pagefindFilters(state), {});
  assert.equal(stateToQueryString({ query: ' ', topic: '', difficulty: '' }), '');
  assert.deepEqual(pagefindFilters({ query: '', topic: 'Security', difficulty: 'Senior' }), { topic: 'Security', difficulty: 'Senior' });
});

test('hasCriteria is true for words or any filter', () => {
  assert.equal(hasCriteria({ query: '  ', topic: '', difficulty: '' }), false);
  assert.equal(hasCriteria({ query: '', topic: '', difficulty: 'Junior' }), true);
});

test('very long queries are cut', () => {
  assert.equal(stateFromParams(new URLSearchParams(`q=${'a'.repeat(500)}`)).query.length, 200);
});

test('describeResults reads naturally', () => {
  assert.equal(describeResults(1, { query: 'cors', topic: '', difficulty: '' }), '1 result for “cors”');
  assert.equal(describeResults(0, { query: '', topic: 'Security', difficulty: 'Senior' }), '0 results in Security at Senior level');
});

test('filterOptions orders by the given order and keeps the selected value', () => {
  assert.deepEqual(filterOptions({ Senior: 1, Junior: 4, 'Mid-level': 9 }, '', ['Junior', 'Mid-level', 'Senior']).map((o) => o.value), ['Junior', 'Mid-level', 'Senior']);
  assert.deepEqual(filterOptions({ Security: 3 }, 'Testing'), [{ value: 'Security', count: 3 }, { value: 'Testing', count: 0 }]);
  assert.deepEqual(filterOptions(undefined, ''), []);
});
