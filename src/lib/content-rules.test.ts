import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inboundProblems, linkedQuestions, questionIdFromPath, relatedProblems, sampleFilesIn, sampleProblems, sampleTagsIn, SLUG_PATTERN } from './content-rules.ts';

test('ids come from the folder name, so a stray flat file collides with its folder', () => {
  assert.equal(questionIdFromPath('cors/index.mdx'), 'cors');
  assert.equal(questionIdFromPath('cors.mdx'), 'cors');
  assert.ok(SLUG_PATTERN.test('401-vs-403'));
  assert.ok(!SLUG_PATTERN.test('Put_vs_Patch'));
  assert.ok(!SLUG_PATTERN.test('a/b'));
});

test('sampleFilesIn finds every Sample tag with its file attribute', () => {
  const body = 'Text\n<Sample file="a.py" />\n\n<Sample lines="1-3" file=\'b.py\' highlight="2"/>\n<Samples file="no.py" />';
  assert.deepEqual(sampleFilesIn(body), ['a.py', 'b.py']);
});

test('sampleTagsIn keeps the localOnly reason, whichever quotes it uses', () => {
  const body = '<Sample file="a.py" />\n<Sample file="b.py" localOnly="It needs threads; Pyodide has none." />\n<Sample localOnly=\'Uses "hashlib.scrypt".\' file="c.py"/>';
  assert.deepEqual(sampleTagsIn(body), [
    { file: 'a.py' },
    { file: 'b.py', localOnly: 'It needs threads; Pyodide has none.' },
    { file: 'c.py', localOnly: 'Uses "hashlib.scrypt".' },
  ]);
});

test('sampleProblems reports missing files, missing outputs and unshown samples', () => {
  assert.deepEqual(sampleProblems('p.mdx', ['a.py'], ['index.mdx', 'a.py', 'a.out']), []);
  const problems = sampleProblems('p.mdx', ['a.py', 'b.py', '../x.py'], ['index.mdx', 'a.py', 'c.py', 'c.out', 'b.out']);
  assert.equal(problems.length, 4);
  assert.match(problems[0]!, /a\.out/);
  assert.match(problems[1]!, /b\.py.*does not exist/);
  assert.match(problems[2]!, /\.\.\/x\.py.*own folder/);
  assert.match(problems[3]!, /c\.py sits beside the page/);
});

test('relatedProblems names the file, the field and the bad slug', () => {
  const pages = [
    { id: 'a', file: 'content/questions/a/index.mdx', related: ['b', 'nope'] },
    { id: 'b', file: 'content/questions/b/index.mdx', related: ['b'] },
  ];
  assert.deepEqual(relatedProblems(pages), [
    'content/questions/a/index.mdx: field "related" names "nope", but no question has that slug.',
    'content/questions/b/index.mdx: field "related" lists the page itself ("b").',
  ]);
});

test('linkedQuestions reads related slugs and relative question links, not itself or other sites', () => {
  const body = 'See [CORS](../cors/), [its preflight](../cors/#preflight), [hub](../../topics/http/) and [me](../self/). [x](https://e.com/a/).';
  assert.deepEqual([...linkedQuestions({ id: 'self', related: ['etags'], body })].sort(), ['cors', 'etags']);
});

test('inboundProblems names pages fewer than two others link to', () => {
  const pages = [
    { id: 'a', file: 'a.mdx', related: ['b'], body: '[c](../c/)' },
    { id: 'b', file: 'b.mdx', related: [], body: '[c](../c/) [a](../a/)' },
    { id: 'c', file: 'c.mdx', related: [], body: '' },
  ];
  const problems = inboundProblems(pages);
  assert.equal(problems.length, 2);
  assert.match(problems[0]!, /^a\.mdx: rule "inbound links": only b links here/);
  assert.match(problems[1]!, /^b\.mdx: rule "inbound links": only a links here/);
});
