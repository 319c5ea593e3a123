import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLineSet, parseRange, splitLines } from './sample-view.ts';

test('parseRange reads ranges and single lines', () => {
  assert.deepEqual(parseRange(undefined, 10), { start: 1, end: 10 });
  assert.deepEqual(parseRange('3-7', 10), { start: 3, end: 7 });
  assert.deepEqual(parseRange(' 4 ', 10), { start: 4, end: 4 });
});

test('parseRange rejects bad or out-of-file ranges with the offending value', () => {
  assert.throws(() => parseRange('7-3', 10), /lines="7-3"/);
  assert.throws(() => parseRange('1-11', 10), /10 lines/);
  assert.throws(() => parseRange('abc', 10), /not a range/);
});

test('parseLineSet expands lists of ranges', () => {
  assert.deepEqual([...parseLineSet('2,5-7')], [2, 5, 6, 7]);
  assert.equal(parseLineSet(undefined).size, 0);
});

test('splitLines drops one trailing newline and normalises CRLF', () => {
  assert.deepEqual(splitLines('a\r\nb\n'), ['a', 'b']);
  assert.deepEqual(splitLines('a\n\n'), ['a', '']);
});
