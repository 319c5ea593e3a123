import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesRecorded, RunOutput } from './run-output.ts';

test('RunOutput merges consecutive chunks of the same stream', () => {
  const out = new RunOutput();
  out.add('stdout', 'a\n');
  out.add('stdout', 'b\n');
  out.add('stderr', 'oops\n');
  out.add('stdout', 'c\n');
  assert.deepEqual(out.chunks.map((c) => c.stream), ['stdout', 'stderr', 'stdout']);
  assert.equal(out.stdout, 'a\nb\nc\n');
  assert.equal(out.hasStderr, true);
});

test('RunOutput stops at its limit and says so', () => {
  const out = new RunOutput(10);
  assert.equal(out.add('stdout', '12345678'), '12345678');
  assert.equal(out.overflowed, false);
  assert.equal(out.add('stdout', 'abcdef'), 'ab');
  assert.equal(out.overflowed, true);
  assert.equal(out.add('stdout', 'more'), '');
  assert.equal(out.stdout, '12345678ab');
});

test('matchesRecorded tolerates only trailing newlines and CRLF', () => {
  assert.equal(matchesRecorded('a\nb\n', 'a\nb\n'), true);
  assert.equal(matchesRecorded('a\nb', 'a\r\nb\n\n'), true);
  assert.equal(matchesRecorded('a\nb \n', 'a\nb\n'), false);
  assert.equal(matchesRecorded('', 'x'), false);
});
