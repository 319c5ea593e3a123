import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aliasFields } from './aliases.ts';

test('aliases are grouped by how many meaningful words they have', () => {
  assert.deepEqual(aliasFields(['cors', 'cors error', 'what is an api', 'X-API-Key', 'too many requests', 'blocked by cors']), [
    { field: 'aliases-1', text: 'cors; what is an api; X-API-Key' },
    { field: 'aliases-2', text: 'cors error; blocked by cors' },
    { field: 'aliases-3', text: 'too many requests' },
  ]);
});

test('no aliases, no fields; an alias of filler words counts all its words', () => {
  assert.deepEqual(aliasFields([]), []);
  assert.deepEqual(aliasFields(['who you are']), [{ field: 'aliases-3', text: 'who you are' }]);
});
