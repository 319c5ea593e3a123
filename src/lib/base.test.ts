import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinBase, normalizeBase } from './base.ts';

test('normalizeBase accepts the usual spellings', () => {
  assert.equal(normalizeBase(undefined), '/');
  assert.equal(normalizeBase(''), '/');
  assert.equal(normalizeBase('/'), '/');
  assert.equal(normalizeBase('api-guide'), '/api-guide/');
  assert.equal(normalizeBase('/api-guide'), '/api-guide/');
  assert.equal(normalizeBase('/api-guide/'), '/api-guide/');
  assert.equal(normalizeBase('/a/b/'), '/a/b/');
});

test('normalizeBase rejects values that are not paths', () => {
  assert.throws(() => normalizeBase('/has space/'), /BASE_PATH/);
  assert.throws(() => normalizeBase('https://example.com/x'), /BASE_PATH/);
});

test('joinBase puts pages under the base with a trailing slash', () => {
  assert.equal(joinBase('/', ''), '/');
  assert.equal(joinBase('/api-guide/', ''), '/api-guide/');
  assert.equal(joinBase('/api-guide/', 'questions/cors'), '/api-guide/questions/cors/');
  assert.equal(joinBase('/api-guide/', '/topics/http/'), '/api-guide/topics/http/');
  assert.equal(joinBase('/api-guide', 'search'), '/api-guide/search/');
});

test('joinBase keeps file names, queries and fragments intact', () => {
  assert.equal(joinBase('/api-guide/', 'favicon.svg'), '/api-guide/favicon.svg');
  assert.equal(joinBase('/api-guide/', 'pagefind/pagefind.js'), '/api-guide/pagefind/pagefind.js');
  assert.equal(joinBase('/', 'search?q=429'), '/search/?q=429');
  assert.equal(joinBase('/g/', 'questions/cors/#preflight'), '/g/questions/cors/#preflight');
  assert.equal(joinBase('/g/', 'questions/cors#preflight'), '/g/questions/cors/#preflight');
});
