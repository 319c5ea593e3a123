import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanTraceback } from './traceback.ts';

test("cleanTraceback drops Pyodide's own frames and keeps the reader's", () => {
  const raw = [
    'Traceback (most recent call last):',
    '  File "/lib/python314.zip/_pyodide/_base.py", line 597, in eval_code_async',
    '    await CodeRunner(',
    '    ...<9 lines>...',
    '  File "/lib/python314.zip/_pyodide/_base.py", line 411, in run_async',
    '    coroutine = eval(self.code, globals, locals)',
    '  File "sample.py", line 3, in <module>',
    '    1 / 0',
    '    ~~^~~',
    'ZeroDivisionError: division by zero',
    '',
  ].join('\n');
  assert.equal(
    cleanTraceback(raw),
    ['Traceback (most recent call last):', '  File "sample.py", line 3, in <module>', '    1 / 0', '    ~~^~~', 'ZeroDivisionError: division by zero', ''].join('\n'),
  );
});

test('cleanTraceback leaves plain messages alone', () => {
  assert.equal(cleanTraceback('ValueError: nope'), 'ValueError: nope\n');
});
