import { test } from 'node:test';
import assert from 'node:assert/strict';
import { externalUrls, verdictFor, withoutFragment } from './external-links.ts';

test('externalUrls finds frontmatter and body links once each, without trailing punctuation', () => {
  const page = [
    'sources:',
    '  - title: "RFC 9110"',
    '    url: https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20',
    '---',
    'See [the docs](https://fastapi.tiangolo.com/tutorial/). Also https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20.',
    'Code uses http://test/items and http://localhost:8000/ and https://example.com/x.',
  ].join('\n');
  assert.deepEqual(externalUrls(page), ['https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20', 'https://fastapi.tiangolo.com/tutorial/']);
});

test('verdictFor fails only statuses that mean the page is gone', () => {
  assert.equal(verdictFor(200), 'ok');
  assert.equal(verdictFor(404), 'broken');
  assert.equal(verdictFor(410), 'broken');
  assert.equal(verdictFor(400), 'broken');
  assert.equal(verdictFor(403), 'unknown');
  assert.equal(verdictFor(429), 'unknown');
  assert.equal(verdictFor(503), 'unknown');
});

test('withoutFragment drops the anchor only', () => {
  assert.equal(withoutFragment('https://a.dev/x?y=1#z'), 'https://a.dev/x?y=1');
  assert.equal(withoutFragment('https://a.dev/x'), 'https://a.dev/x');
});
