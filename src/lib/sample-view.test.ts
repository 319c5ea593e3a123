import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLineSet, parseRange, previewLineCount, splitLines } from './sample-view.ts';

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

const code = (n: number) => Array.from({ length: n }, (_, i) => `line_${i + 1} = ${i}`);
const options = { target: 10, slack: 3, leeway: 4 };

test('previewLineCount shows a short sample whole, slack included', () => {
  assert.equal(previewLineCount(code(10), options), null);
  assert.equal(previewLineCount(code(13), options), null);
  assert.equal(previewLineCount(code(14), options), 10);
});

test('previewLineCount never ends the preview on a blank line, nor peeks at one', () => {
  const lines = code(30);
  lines[9] = ''; // line 10 blank: ending on it, or on line 9 with it peeking out, both look final
  assert.equal(previewLineCount(lines, options), 8);
  const twoBlanks = code(30);
  twoBlanks[10] = ''; // line 11 blank would peek out under the fade
  twoBlanks[11] = '';
  assert.equal(previewLineCount(twoBlanks, options), 9);
});

test('previewLineCount settles for a non-blank last line when every cut peeks at a blank', () => {
  const alternating = code(30).map((line, i) => (i % 2 === 1 ? '   ' : line));
  const count = previewLineCount(alternating, options)!;
  assert.notEqual(alternating[count - 1]!.trim(), '');
  assert.ok(count <= 10 && count >= 6);
});

test('previewLineCount keeps the target when nothing near it holds code', () => {
  const blank = [...code(2), ...Array.from({ length: 20 }, () => ''), ...code(5)];
  assert.equal(previewLineCount(blank, options), 10);
});
