import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXPORT_FORMAT, MAX_IMPORT_BYTES, applyImport, buildExport, exportFileName, parseImport } from './transfer.ts';
import { newCard, review } from './scheduler.ts';

const now = new Date('2026-11-22T09:00:00.000Z');
const later = new Date('2026-11-24T09:00:00.000Z');
const good = review(undefined, 'good', now);
const cards = { cors: good, bola: newCard(now) };

test('an export is the documented JSON shape and reads back unchanged', () => {
  const file = buildExport(cards, now);
  assert.deepEqual(file, { format: EXPORT_FORMAT, version: 1, exportedAt: '2026-11-22T09:00:00.000Z', cards });
  assert.equal(file.format, 'api-interview-guide-progress');
  assert.deepEqual(parseImport(JSON.stringify(file)), { ok: true, cards });
  assert.equal(exportFileName(now), 'api-interview-guide-progress-2026-11-22.json');
});

test('bad files are rejected with a message that says what is wrong', () => {
  const valid = buildExport(cards, now);
  const cases: [string, RegExp][] = [
    ['', /not valid JSON/],
    ['{"format": "api-interview-guide-progress", "version": 1', /not valid JSON/],
    ['[]', /not an API Interview Guide progress export/],
    ['"hello"', /not an API Interview Guide progress export/],
    [JSON.stringify({ ...valid, format: 'anki' }), /"format" field is missing or different/],
    [JSON.stringify({ ...valid, version: undefined }), /no version number/],
    [JSON.stringify({ ...valid, version: 9 }), /version 9; this guide reads version 1 \(the file comes from a newer copy/],
    [JSON.stringify({ ...valid, version: 0 }), /version 0; this guide reads version 1\.$/],
    [JSON.stringify({ ...valid, cards: [] }), /"cards" is not an object/],
    [JSON.stringify({ ...valid, cards: { cors: { ...good, due: 'x' } } }), /card "cors" has no valid due date\.$/],
    [JSON.stringify({ ...valid, cards: { a: {}, b: {} } }), /card "a" .* \(and 1 more\)\.$/],
    [' '.repeat(MAX_IMPORT_BYTES + 1), /too large/],
  ];
  for (const [text, message] of cases) {
    const result = parseImport(text);
    assert.equal(result.ok, false, text.slice(0, 60));
    if (!result.ok) assert.match(result.error, message);
  }
});

test('an export with no cards is valid and imports nothing', () => {
  const result = parseImport(JSON.stringify(buildExport({}, now)));
  assert.deepEqual(result, { ok: true, cards: {} });
});

test('merge keeps the newer state per slug; replace takes the file as it is', () => {
  const mine = { cors: review(undefined, 'again', later), jwt: good };
  const merged = applyImport(mine, cards, 'merge');
  assert.deepEqual(merged.cards, { cors: mine.cors, jwt: good, bola: cards.bola });
  assert.deepEqual([merged.added, merged.updated, merged.unchanged], [1, 0, 1]);
  const replaced = applyImport(mine, cards, 'replace');
  assert.deepEqual(replaced.cards, cards);
  assert.equal(replaced.added, 2);
});
