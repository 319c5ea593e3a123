// The sample suite on the browser's own runtime: Pyodide from public/pyodide/ (the files the site
// serves), the wheels in src/runner/wheels-lock.json, and the session and bootstrap the Run
// button uses. Every sample a page shows with Run must print exactly its .out; every sample marked
// localOnly must fail here, for the reason its tag gives. Run with `npm run test:samples:pyodide`.
//   SAMPLES_ONLY=TEXT  runs only the samples whose "slug/file" contains TEXT
//   QUESTIONS_DIR=DIR  reads the questions from DIR instead of content/questions
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diff } from 'node:util';
import { sampleTagsIn } from '../../src/lib/content-rules.ts';
import { localOnlyProblem } from '../../src/lib/local-only.ts';
import { scriptDependencies, wheelsFor } from '../../src/lib/wheels.ts';
import { TIME_LIMIT_MS } from '../../src/runner/protocol.ts';
import { WorkerPool } from './worker-pool.mjs';

const root = new URL('../../', import.meta.url).pathname;
const questionsDir = process.env.QUESTIONS_DIR ?? join(root, 'content', 'questions');
const only = process.env.SAMPLES_ONLY ?? '';
const lock = JSON.parse(readFileSync(join(root, 'src/runner/wheels-lock.json'), 'utf8'));

if (!existsSync(join(root, 'public/pyodide/wheels'))) {
  throw new Error('public/pyodide/ is missing: run `node scripts/prepare-pyodide.mjs` first');
}

/** Top-level names of the served packages a sample does not declare, so importing one fails as it would in the browser. */
function refusedImports(code) {
  const declared = new Set(wheelsFor(scriptDependencies(code), lock));
  return Object.values(lock.packages).filter((pkg) => !declared.has(pkg.file)).flatMap((pkg) => pkg.imports);
}

const samples = readdirSync(questionsDir)
  .filter((slug) => existsSync(join(questionsDir, slug, 'index.mdx')))
  .sort()
  .flatMap((slug) => sampleTagsIn(readFileSync(join(questionsDir, slug, 'index.mdx'), 'utf8')).map((tag) => ({ slug, ...tag })))
  .filter(({ slug, file }) => `${slug}/${file}`.includes(only));

// The Run button stops a program after TIME_LIMIT_MS; here a sample fails when it uses more CPU
// time than that, which a busy machine does not inflate as it does wall-clock time. One that is
// still running after three times as long, wall-clock, is taken to hang and is stopped.
// (SAMPLES_HANG_AFTER_MS shortens that for the suite's own test.)
const HANG_AFTER_MS = Number(process.env.SAMPLES_HANG_AFTER_MS ?? 3 * TIME_LIMIT_MS);
const poolSize = Math.max(1, Math.min(2, availableParallelism(), samples.length));
const pool = new WorkerPool(poolSize, { root, jspi: true }, HANG_AFTER_MS);

/** Line by line: "-" as recorded, "+" as this run printed it. */
function lineDiff(recorded, printed) {
  const mark = { 0: ' ', 1: '+', [-1]: '-' };
  return diff(printed.split('\n'), recorded.split('\n')).map(([op, line]) => `${mark[op]} ${line}`).join('\n');
}

async function run(slug, file) {
  const code = readFileSync(join(questionsDir, slug, file), 'utf8');
  const result = await pool.run({ file, code, refusedImports: refusedImports(code) });
  assert.ok(!result.timedOut, `${file} was still running after ${HANG_AFTER_MS / 1000} s and was stopped (an endless loop, or a wait for a thread?)`);
  assert.ok(result.cpuMs < TIME_LIMIT_MS, `${file} took ${(result.cpuMs / 1000).toFixed(1)} s of CPU time; the Run button stops programs after ${TIME_LIMIT_MS / 1000} s`);
  return result;
}

describe(`samples on Pyodide in Node (${poolSize} worker${poolSize === 1 ? '' : 's'})`, { concurrency: poolSize }, () => {
  after(() => pool.close());
  it('finds samples', () => assert.ok(samples.length > 0, `no <Sample> tags under ${questionsDir}${only ? ` matching "${only}"` : ''}`));

  for (const { slug, file, localOnly } of samples) {
    if (localOnly === undefined) {
      it(`${slug}/${file} prints its recorded output`, async () => {
        const result = await run(slug, file);
        assert.ok(result.ok, `${file} failed:\n${result.stderr}`);
        const recorded = readFileSync(join(questionsDir, slug, file.replace(/\.py$/, '.out')), 'utf8');
        if (result.stdout !== recorded) {
          assert.fail(`${file} printed something else than ${file.replace(/\.py$/, '.out')} (- recorded, + this run):\n${lineDiff(recorded, result.stdout)}`);
        }
      });
    } else {
      it(`${slug}/${file} is local-only and fails here for its reason`, async () => {
        const result = await run(slug, file);
        const problem = localOnlyProblem(localOnly, result);
        assert.equal(problem, undefined, problem);
      });
    }
  }
});
