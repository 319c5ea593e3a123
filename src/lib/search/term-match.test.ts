import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compact, isCompound, requiredPrefix, textHasTerm, wordForms } from './term-match.ts';

test('compact keeps letters and digits only', () => {
  assert.equal(compact('Retry-After'), 'retryafter');
  assert.equal(compact('N+1'), 'n1');
});

test('a page word can be found by each tail of its parts', () => {
  assert.deepEqual(wordForms('app.dependency_overrides'), ['appdependencyoverrides', 'dependencyoverrides', 'overrides']);
  assert.deepEqual(wordForms('RequestValidationError,'), ['requestvalidationerror', 'validationerror', 'error']);
  assert.deepEqual(wordForms('“pagination”'), ['pagination']);
});

test('short terms must match in full, longer ones by at least half and four letters', () => {
  assert.equal(requiredPrefix('jwt'), 3);
  assert.equal(requiredPrefix('cors'), 4);
  assert.equal(requiredPrefix('kittens'), 4);
  assert.equal(requiredPrefix('authorisation'), 7);
});

test('real words, other endings and typos count as present', () => {
  const text = 'An idempotent request. Pagination with app.dependency_overrides and application/problem+json; authorization.';
  for (const term of ['idempotent', 'idempotnet', 'paginating', 'dependency_overrides', 'overrides', 'problem+json', 'authorisation', 'Pagination'])
    assert.ok(textHasTerm(term, text), term);
});

test('a term that only shares a letter or two with the page is absent', () => {
  const text = 'Send X-Request-Id and a k of 3; as before, b is bound.';
  for (const term of ['xylophone', 'kittens', 'asdfgh', 'banana', 'jws', '']) assert.equal(textHasTerm(term, text), false, term);
});

test('compound words are the ones Pagefind also indexes by their parts', () => {
  for (const word of ['model_dump', 'X-Request-ID', 'HTTP/2', 'SQLModel', 'dependencyOverrides', 'APIRouter', 'app.state', 'OAuth']) assert.ok(isCompound(word), word);
  for (const word of ['model', 'SSRF', 'Depends', 'Celery', '429', 'k6']) assert.equal(isCompound(word), false, word);
});
