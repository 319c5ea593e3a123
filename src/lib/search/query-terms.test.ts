import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FILLER_WORDS, exactQuery, isIdentifier, pagefindTerm, queryTerms } from './query-terms.ts';

const texts = (query: string) => queryTerms(query).map((term) => term.text);

test('a whole interview question keeps only the words that carry its meaning', () => {
  assert.deepEqual(texts('Walk me through how you would paginate a large collection'), ['paginate', 'large', 'collection']);
  assert.deepEqual(texts("What's the point of an ETag?"), ['ETag']);
  assert.deepEqual(texts('Can you describe how you’d stop clients hammering an endpoint?'), ['clients', 'hammering', 'endpoint']);
  assert.deepEqual(texts('How do you prevent two clients from overwriting changes?'), ['two', 'clients', 'overwriting', 'changes']);
  assert.deepEqual(texts('What is the difference between PUT and PATCH?'), ['PUT', 'PATCH']);
  assert.deepEqual(texts('What are the best practices for naming endpoints?'), ['naming', 'endpoints']);
});

test('identifiers, headers and status codes stay intact', () => {
  assert.deepEqual(texts('How does app.dependency_overrides work?'), ['app.dependency_overrides']);
  assert.deepEqual(texts('When do you send Retry-After with a 429?'), ['send', 'Retry-After', '429']);
  assert.deepEqual(texts('/v1/ or Accept: application/vnd.api+json'), ['/v1/', 'Accept', 'application/vnd.api+json']);
  assert.deepEqual(
    queryTerms('RequestValidationError N+1').map((term) => term.kind),
    ['identifier', 'identifier'],
  );
});

test('methods in capitals are kept while the same words in lower case are filler', () => {
  assert.deepEqual(texts('GET vs POST'), ['GET', 'POST']);
  assert.deepEqual(texts('how do I get the current user'), ['current', 'user']);
});

test('quoted phrases stay together, in straight or curly quotes', () => {
  assert.deepEqual(queryTerms('"token bucket" or “leaky bucket” algorithm'), [
    { text: 'token bucket', kind: 'phrase' },
    { text: 'leaky bucket', kind: 'phrase' },
    { text: 'algorithm', kind: 'word' },
  ]);
  assert.deepEqual(queryTerms('"lifespan"'), [{ text: 'lifespan', kind: 'word' }]);
});

test('hyphenated everyday words are split, hyphenated headers are not', () => {
  assert.deepEqual(texts('cookie-based third-party auth'), ['cookie', 'based', 'third', 'party', 'auth']);
  assert.deepEqual(texts('If-None-Match'), ['If-None-Match']);
});

test('acronym plurals become singular, so they also find the singular', () => {
  assert.deepEqual(texts('JWTs and APIs'), ['JWT', 'API']);
  assert.deepEqual(texts('ETags'), ['ETags']); // the stemmer handles words with vowels
});

test('contractions count as filler with or without the apostrophe', () => {
  assert.deepEqual(texts("why can't my frontend call it"), ['frontend', 'call']);
  assert.deepEqual(texts('why cant my frontend call it'), ['frontend', 'call']);
});

test('"REST" naming the kind of API is dropped when the question is about something else', () => {
  assert.deepEqual(texts('Which HTTP status codes should a REST API use?'), ['HTTP', 'status', 'codes', 'API']);
  assert.deepEqual(texts('naming RESTful endpoints'), ['naming', 'endpoints']);
  assert.deepEqual(texts('What is a REST API?'), ['REST', 'API']);
  assert.deepEqual(texts('REST services'), ['REST', 'services']);
  assert.deepEqual(texts('What are the constraints of REST?'), ['constraints', 'REST']);
  assert.deepEqual(texts('REST vs SOAP'), ['REST', 'SOAP']);
  assert.deepEqual(texts('rest api design'), ['api', 'design']);
});

test('a query of only filler words is searched as typed', () => {
  assert.deepEqual(texts('what is it'), ['what', 'is', 'it']);
  assert.deepEqual(texts('   '), []);
});

test('repeated words are searched once, whatever their case', () => {
  assert.deepEqual(texts('async def or def'), ['async', 'def']);
  assert.deepEqual(texts('CORS cors'), ['CORS']);
});

test('the filler list holds lower-case words only and no subject words', () => {
  for (const word of FILLER_WORDS) assert.equal(word, word.toLowerCase().trim(), word);
  // 'interview' is scaffolding in most questions, but preparing for one is a page of this guide
  for (const subject of ['api', 'rest', 'error', 'not', 'too', 'many', 'problem', 'design', 'test', 'token', 'cache', 'security', 'server', 'client', 'interview'])
    assert.equal(FILLER_WORDS.has(subject), false, subject);
});

test('isIdentifier tells code from prose', () => {
  for (const token of ['model_dump', 'httpx.AsyncClient', 'OAuth2', '422', 'CORS', 'WWW-Authenticate', 'problem+json', 'camelCase']) assert.ok(isIdentifier(token), token);
  for (const token of ['pagination', 'Pagination', 'third-party', 'OAuth']) assert.equal(isIdentifier(token), false, token);
});

test('terms are spelled for Pagefind: symbols its indexer drops are dropped', () => {
  const [nPlusOne] = queryTerms('N+1');
  assert.equal(pagefindTerm(nPlusOne!), 'N1');
  assert.equal(exactQuery(nPlusOne!), '"N1"');
  const [phrase] = queryTerms('"token bucket"');
  assert.equal(pagefindTerm(phrase!), 'token bucket');
  assert.equal(exactQuery(phrase!), '"token bucket"');
});
