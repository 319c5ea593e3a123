// The sample suite itself, run on fixture questions: a mismatch shows a diff, a hang is stopped and
// named, an undeclared import fails as in the browser, and a local-only mark that is stale or
// unexplained fails while one that holds passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const suite = new URL('samples.test.mjs', import.meta.url).pathname;
const fixtures = new URL('fixtures/questions/', import.meta.url).pathname;

test('the suite reports each kind of failure by sample, with what went wrong', () => {
  const env = { ...process.env, QUESTIONS_DIR: fixtures, SAMPLES_HANG_AFTER_MS: '3000', NO_COLOR: '1' };
  delete env.NODE_TEST_CONTEXT; // run as a suite of its own, not as a child of this one
  delete env.SAMPLES_ONLY;
  const run = spawnSync(process.execPath, ['--test-reporter=spec', suite], { env, encoding: 'utf8', timeout: 120_000 });
  const out = run.stdout + run.stderr;
  const verdict = (mark, name) => assert.match(out, new RegExp(`^\\s*${mark} suite-reports/${name}`, 'm'), `${mark} ${name} in:\n${out}`);

  assert.equal(run.status, 1, out);
  verdict('✔', 'prints_recorded.py prints its recorded output');
  verdict('✔', 'needs_threads.py is local-only and fails here for its reason');

  verdict('✖', 'prints_other.py prints its recorded output');
  assert.match(out, /prints_other\.py printed something else than prints_other\.out \(- recorded, \+ this run\):\n\s+ {2}first line\n\s+\+ second line, changed\n\s+- second line\n/);

  verdict('✖', 'never_ends.py prints its recorded output');
  assert.match(out, /never_ends\.py was still running after 3 s and was stopped/);

  verdict('✖', 'undeclared_import.py prints its recorded output');
  assert.match(out, /httpx comes with the package "httpx", which this program does not load/);

  verdict('✖', 'stale_mark.py is local-only and fails here for its reason');
  assert.match(out, /it runs in the browser's Python without an error: remove localOnly/);

  verdict('✖', 'other_failure.py is local-only and fails here for its reason');
  assert.match(out, /it fails with "ZeroDivisionError: division by zero", which its reason \(threads\) does not explain/);
});
