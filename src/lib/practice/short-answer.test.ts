import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderShortAnswer, resolveSitePath, shortAnswerSection } from './short-answer.ts';
import { joinBase } from '../base.ts';

const body = `
## Short answer

PUT replaces; see [PATCH](../put-vs-patch/) and [codes](../status-codes/#2xx), the [hub](../../topics/http/),
[below](#explanation) and [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110). Use \`If-Match\`.

## What the interviewer is checking

- not on the card

\`\`\`md
## Short answer
\`\`\`
`;

test('shortAnswerSection takes the text up to the next ## heading', () => {
  assert.match(shortAnswerSection(body)!, /^PUT replaces;/);
  assert.doesNotMatch(shortAnswerSection(body)!, /not on the card/);
  assert.equal(shortAnswerSection('## Explanation\n\ntext'), null);
  assert.equal(shortAnswerSection('## Short answer\n\n## Next'), null);
  assert.equal(shortAnswerSection('```\n## Short answer\n```\n'), null, 'headings inside code fences do not count');
  assert.equal(shortAnswerSection('## Short answer\nLast section.'), 'Last section.');
});

test('resolveSitePath resolves links against the question page', () => {
  assert.equal(resolveSitePath('../put-vs-patch/', 'questions/idempotency/'), 'questions/put-vs-patch/');
  assert.equal(resolveSitePath('../../topics/http/', 'questions/idempotency/'), 'topics/http/');
  assert.equal(resolveSitePath('#explanation', 'questions/idempotency/'), 'questions/idempotency/#explanation');
  assert.equal(resolveSitePath('https://example.com/x', 'questions/idempotency/'), null);
  assert.equal(resolveSitePath('mailto:a@b.c', 'questions/idempotency/'), null);
});

test('renderShortAnswer renders markdown with links under the base', () => {
  const html = renderShortAnswer(body, 'questions/idempotency/', (path) => joinBase('/api-guide/', path))!;
  assert.match(html, /^<p>PUT replaces;/);
  assert.match(html, /href="\/api-guide\/questions\/put-vs-patch\/"/);
  assert.match(html, /href="\/api-guide\/questions\/status-codes\/#2xx"/);
  assert.match(html, /href="\/api-guide\/topics\/http\/"/);
  assert.match(html, /href="\/api-guide\/questions\/idempotency\/#explanation"/);
  assert.match(html, /href="https:\/\/www\.rfc-editor\.org\/rfc\/rfc9110"/);
  assert.match(html, /<code>If-Match<\/code>/);
  assert.doesNotMatch(html, /interviewer/);
  assert.equal(renderShortAnswer('no sections', 'questions/x/', (p) => p), null);
});
