import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeResults, filterOptions, hasCriteria, stateFromParams, stateToQueryString } from './search-state.ts';

test('state round-trips through the query string', () => {
  const state = stateFromParams(new URLSearchParams('q=%20model_dump%20&topic=Pydantic+and+validation&difficulty=Mid-level'));
  assert.deepEqual(state, { query: 'model_dump', topic: 'Pydantic and validation', difficulty: 'Mid-level' });
  assert.equal(stateToQueryString(state), '?q=model_dump&topic=Pydantic+and+validation&difficulty=Mid-level');
  assert.deepEqual(stateFromParams(new URLSearchParams(stateToQueryString(state))), state);
});

test('empty fields are left out of the URL', () => {
  const state = stateFromParams(new URLSearchParams('q=429'));
  assert.equal(stateToQueryString(state), '?q=429');
  assert.equal(stateToQueryString({ query: ' ', topic: '', difficulty: '' }), '');
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

test('filterOptions lists every value in order, disabling those that would list nothing', () => {
  const levels = ['Junior', 'Mid-level', 'Senior'];
  assert.deepEqual(filterOptions(['Senior', 'Junior', 'Mid-level'], { Senior: 1, 'Mid-level': 9 }, '', levels), [
    { value: 'Junior', count: 0, disabled: true },
    { value: 'Mid-level', count: 9, disabled: false },
    { value: 'Senior', count: 1, disabled: false },
  ]);
  assert.deepEqual(filterOptions(['Testing', 'HTTP'], { HTTP: 2 }, '').map((o) => o.value), ['HTTP', 'Testing']);
  assert.deepEqual(filterOptions([], {}, ''), []);
});

test('the chosen value stays selectable even when it lists nothing, or is unknown', () => {
  assert.deepEqual(filterOptions(['Security'], { Security: 3 }, 'Testing'), [
    { value: 'Security', count: 3, disabled: false },
    { value: 'Testing', count: 0, disabled: false },
  ]);
});
