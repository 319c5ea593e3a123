import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aliasFields, indexedAlias } from './aliases.ts';

test('each alias is its own field, named by its meaningful words and position', () => {
  assert.deepEqual(aliasFields(['cors', 'cors error', 'what is an api', 'X-API-Key', 'too many requests', 'blocked by cors']), [
    { field: 'aliases-1-0', text: 'cors' },
    { field: 'aliases-2-1', text: 'cors error' },
    { field: 'aliases-1-2', text: 'api' },
    { field: 'aliases-1-3-code', text: 'xapikey' },
    { field: 'aliases-3-4', text: 'too many requests' },
    { field: 'aliases-2-5', text: 'blocked cors' },
  ]);
});

test('no aliases, no fields; an alias of filler words counts all its words', () => {
  assert.deepEqual(aliasFields([]), []);
  assert.deepEqual(aliasFields(['who you are']), [{ field: 'aliases-3-0', text: 'who you are' }]);
});

test('identifiers are indexed whole, so their parts do not claim everyday words', () => {
  assert.equal(indexedAlias('X-Request-ID'), 'xrequestid');
  assert.equal(indexedAlias('HTTP/2'), 'http2');
  assert.equal(indexedAlias('169.254.169.254'), '169254169254');
  assert.equal(indexedAlias('N+1 problem'), 'n1 problem');
  assert.equal(indexedAlias('207 Multi-Status'), '207 multistatus');
  assert.equal(indexedAlias('asyncio.gather'), 'asynciogather');
  assert.equal(indexedAlias('dependency_overrides'), 'dependency_overrides'); // Pagefind keeps "_" in a query
  assert.equal(indexedAlias('multi-tenant saas'), 'multi tenant saas');
  assert.equal(indexedAlias('what is an api'), 'api');
  assert.equal(indexedAlias('api key vs jwt'), 'api key jwt');
  assert.equal(indexedAlias('SQLModel'), 'sqlmodel');
  assert.equal(indexedAlias('Django REST framework'), 'django rest framework');
});

test('an identifier alias keeps its word count, and is marked as code when all its words are compound', () => {
  assert.deepEqual(aliasFields(['Access-Control-Allow-Origin', 'CORS error', 'Cache-Control header']), [
    { field: 'aliases-1-0-code', text: 'accesscontrolalloworigin' },
    { field: 'aliases-2-1', text: 'cors error' },
    { field: 'aliases-2-2', text: 'cachecontrol header' },
  ]);
});

test('acronyms and plain words are not code, compound identifiers are', () => {
  assert.deepEqual(aliasFields(['SSRF', 'Depends', 'model_dump', 'UserCreate UserRead', 'N+1 problem', 'OAuth']).map((field) => field.field), [
    'aliases-1-0',
    'aliases-1-1',
    'aliases-1-2-code',
    'aliases-2-3-code',
    'aliases-2-4',
    'aliases-1-5', // a word in lower case is indexed whole, so only words that start with it match it
  ]);
});
