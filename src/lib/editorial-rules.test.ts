import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  editorialProblems,
  isPrimarySource,
  plainText,
  promiseProblems,
  retiredLinkProblems,
  sentences,
  shortAnswerProblems,
  sourceProblems,
  summaryProblems,
  tableHeaderProblems,
  wordCount,
} from './editorial-rules.ts';

test('sentences ignore full stops inside code, versions and common abbreviations', () => {
  const text = 'Since FastAPI 0.164, `app.max_body_size` is set per app, e.g. to 1 MB. Call `model_dump()`. Is it safe? Yes!';
  assert.deepEqual(sentences(text).length, 4);
  assert.equal(sentences('One. `def` endpoints run in a pool.').length, 2);
  assert.equal(sentences('See [the RFC](https://www.rfc-editor.org/rfc/rfc9110.html). Then stop.').length, 2);
});

test('plain text drops markdown syntax but keeps the words', () => {
  assert.equal(plainText('**Bold** and [a link](../x/) with `code.py`'), 'Bold and a link with code·py');
  assert.equal(wordCount('Use `httpx.AsyncClient` with [ASGITransport](../x/), not **TestClient**.'), 6);
});

const page = (answer: string) => `\n## Short answer\n\n${answer}\n\n## What the interviewer is checking\n\n- x\n`;

test('a short answer must be 2 to 5 sentences and at most 120 words', () => {
  assert.deepEqual(shortAnswerProblems('p.mdx', page('One sentence. Two sentences.')), []);
  assert.match(shortAnswerProblems('p.mdx', page('Only one sentence here.'))[0]!, /p\.mdx: rule "short answer": 1 sentence; write 2 to 5/);
  assert.match(shortAnswerProblems('p.mdx', page('A. B. C. D. E. F.'))[0]!, /6 sentences/);
  const long = `${'word '.repeat(60)}end. ${'word '.repeat(60)}end.`;
  assert.match(shortAnswerProblems('p.mdx', page(long))[0]!, /122 words; the limit is 120/);
  assert.match(shortAnswerProblems('p.mdx', '## Explanation\n\ntext')[0]!, /needs a "## Short answer" section/);
});

test('sources need one primary reference and no retired documentation host', () => {
  assert.ok(isPrimarySource('https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20'));
  assert.ok(isPrimarySource('https://fastapi.tiangolo.com/tutorial/'));
  assert.ok(!isPrimarySource('https://medium.com/some-post'));
  assert.ok(!isPrimarySource('https://notstarlette.dev.example.com/'));
  assert.deepEqual(sourceProblems('p.mdx', [{ title: 'RFC', url: 'https://www.rfc-editor.org/rfc/rfc9110' }]), []);
  assert.match(sourceProblems('p.mdx', [{ title: 'Blog', url: 'https://medium.com/x' }])[0]!, /rule "primary source"/);
  const retired = sourceProblems('p.mdx', [{ title: 'Starlette', url: 'https://www.starlette.io/middleware/' }]);
  assert.equal(retired.length, 2, 'retired and therefore no primary source either');
  assert.match(retired[1]!, /www\.starlette\.io, which moved to starlette\.dev/);
  assert.match(retiredLinkProblems('p.mdx', 'See [docs](https://www.starlette.io/lifespan/).')[0]!, /retired documentation/);
  assert.match(sourceProblems('p.mdx', [{ title: 'Pydantic', url: 'https://docs.pydantic.dev/latest/concepts/models/' }])[0]!, /docs\.pydantic\.dev, which moved to pydantic\.dev\/docs\/validation\/latest/);
  assert.match(retiredLinkProblems('p.mdx', 'See [settings](https://www.uvicorn.org/settings/).')[0]!, /www\.uvicorn\.org, which moved to uvicorn\.dev/);
  assert.ok(isPrimarySource('https://pydantic.dev/docs/validation/latest/api/pydantic/config/'));
  assert.ok(isPrimarySource('https://uvicorn.dev/settings/'));
});

test('a sentence that promises another page must link it', () => {
  assert.match(promiseProblems('p.mdx', 'Load testing has its own question in this guide.')[0]!, /rule "promised page"/);
  assert.match(promiseProblems('p.mdx', 'Storing keys is a question of its own.')[0]!, /a question of its own/);
  assert.deepEqual(promiseProblems('p.mdx', 'Load testing [has its own question](../load-testing/).'), []);
  assert.deepEqual(promiseProblems('p.mdx', 'The request side is covered in [validation errors](../validation-errors/).'), []);
  assert.deepEqual(promiseProblems('p.mdx', 'Each worker has its own counters.'), [], 'ordinary "its own" is not a promise');
  assert.deepEqual(promiseProblems('p.mdx', '```python\n# covered in the docs\n```\n'), [], 'code is skipped');
});

test('editorialProblems gathers every rule', () => {
  const problems = editorialProblems('p.mdx', page('Just one.') + '\nCORS is covered in another guide.', [{ title: 'Blog', url: 'https://medium.com/x' }]);
  assert.equal(problems.length, 3);
});

test('a table header row must name every column', () => {
  assert.match(tableHeaderProblems('p.mdx', '| | REST | SOAP |\n|---|---|---|\n| a | b | c |')[0]!, /rule "table header"/);
  assert.deepEqual(tableHeaderProblems('p.mdx', '| Aspect | REST |\n| --- | --- |\n| | empty body cells are fine |'), []);
  assert.deepEqual(tableHeaderProblems('p.mdx', '```\n| | x |\n|---|---|\n```'), [], 'code is skipped');
});

test('a summary is 20 to 300 characters', () => {
  assert.deepEqual(summaryProblems('p.mdx', 'A summary long enough to pass.'), []);
  assert.match(summaryProblems('p.mdx', 'x'.repeat(301))[0]!, /301 characters; write 20 to 300/);
  assert.match(summaryProblems('p.mdx', undefined)[0]!, /"summary" is missing/);
});
