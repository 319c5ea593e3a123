import { test } from 'node:test';
import assert from 'node:assert/strict';
import { finalError, finalErrorLine, localOnlyProblem } from './local-only.ts';

const failed = (lastLine: string) => ({ ok: false, stderr: `Traceback (most recent call last):\n  File "x.py", line 3, in <module>\n    go()\n${lastLine}\n` });

test('finalErrorLine is the exception line at the end of a traceback', () => {
  assert.equal(finalErrorLine(failed("RuntimeError: can't start new thread").stderr), "RuntimeError: can't start new thread");
  assert.equal(finalErrorLine(''), '');
});

test('a local-only sample that fails for the reason it gives passes', () => {
  assert.equal(localOnlyProblem('TestClient starts a thread; Pyodide has no threads.', failed("RuntimeError: can't start new thread")), undefined);
  assert.equal(localOnlyProblem('It uses hashlib.scrypt, which Pyodide lacks.', failed("AttributeError: module 'hashlib' has no attribute 'scrypt'")), undefined);
  assert.equal(localOnlyProblem('Needs threads.', failed('AssertionError: /def-time-sleep: handler on the event loop thread')), undefined);
});

test('a local-only sample that fails for another reason is reported with its error', () => {
  const problem = localOnlyProblem('Pyodide has no threads.', failed('ZeroDivisionError: division by zero'));
  assert.match(problem!, /fails with "ZeroDivisionError: division by zero", which its reason \(threads\) does not explain/);
  assert.match(localOnlyProblem('Uses hashlib.scrypt.', failed("RuntimeError: can't start new thread"))!, /does not explain/);
});

test('a local-only sample that runs, or hangs, is stale', () => {
  assert.match(localOnlyProblem('Needs threads.', { ok: true, stdout: 'fine\n', stderr: '' })!, /remove localOnly/);
  assert.match(localOnlyProblem('Needs threads.', { timedOut: true })!, /time limit/);
});

test('a reason that names no known limit is refused, so every mark stays checkable', () => {
  assert.match(localOnlyProblem('It is slow in the browser.', failed('MemoryError'))!, /names none of the limits the suite knows \(threads, processes, hashlib\.scrypt, files beside the sample, ssl connections, tzdata\)/);
});

test('finalError keeps the notes Python prints after the exception', () => {
  const stderr = "Traceback (most recent call last):\n  File \"t.py\", line 1, in <module>\nModuleNotFoundError: No module named 'books_api'\nbooks_api does not run here.\n  uv run t.py\n";
  assert.equal(finalError(stderr), "ModuleNotFoundError: No module named 'books_api'\nbooks_api does not run here.\n  uv run t.py");
});

test('processes, KDFs and sibling files are limits a reason can name', () => {
  assert.equal(localOnlyProblem('Needs a process pool.', failed('NotImplementedError: This Python build lacks multiprocessing.synchronize')), undefined);
  assert.equal(localOnlyProblem('Its hashlib has neither scrypt nor pbkdf2_hmac.', failed("AttributeError: module 'hashlib' has no attribute 'scrypt'")), undefined);
  const sibling = { ok: false, stderr: "Traceback:\nModuleNotFoundError: No module named 'books_api'\nbooks_api does not run here.\n  uv run t.py\n" };
  assert.equal(localOnlyProblem('It imports books_api.py from the same folder.', sibling), undefined);
  assert.match(localOnlyProblem('It imports books_api.py from the same folder.', failed("RuntimeError: can't start new thread"))!, /does not explain/);
});

test('ssl connections and the time zone database are limits a reason can name', () => {
  const ssl = failed('NotImplementedError: SSL is not supported in Pyodide');
  assert.equal(localOnlyProblem("It runs a TLS handshake with Python's ssl module.", ssl), undefined);
  assert.match(localOnlyProblem("It uses Python's ssl module.", failed("RuntimeError: can't start new thread"))!, /does not explain/);
  const zone = failed('zoneinfo._common.ZoneInfoNotFoundError: "No time zone found with key Europe/Berlin."');
  assert.equal(localOnlyProblem('zoneinfo needs the tzdata package, which the site does not serve.', zone), undefined);
  assert.match(localOnlyProblem('Needs the IANA time zone database.', failed('ZeroDivisionError: division by zero'))!, /does not explain/);
});
