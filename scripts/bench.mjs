// Benchmarks for the built site (numbers, not pass/fail): build time, page weight of a question
// page's first visit (gzipped HTML+CSS+JS), what search costs and when, and the in-browser runner's
// cold and warm run times. With --corpus N it also builds a synthetic guide of N questions to show
// how build time and page weight grow. Then it times every step of `npm test`
// (scripts/test-steps.mjs; --no-tests skips that).
// Usage: npm run bench [-- --corpus 1000] [-- --no-tests]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './browser.mjs';
import { serveDist } from './serve-dist.mjs';

const BASE = '/api-guide/';
const PORT = Number(process.env.BENCH_PORT ?? 4399);
const root = new URL('..', import.meta.url).pathname;
const corpusArg = process.argv.indexOf('--corpus');
const corpusSize = corpusArg > 0 ? Number(process.argv[corpusArg + 1]) : 0;

function build(env = {}) {
  const started = performance.now();
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, BASE_PATH: BASE, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  return (performance.now() - started) / 1000;
}

function dirSize(dir) {
  return readdirSync(dir, { recursive: true }).reduce((sum, name) => {
    const stat = statSync(join(dir, name));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

async function withPreview(fn) {
  const server = await serveDist(PORT, BASE);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    return await fn(browser, server.url);
  } finally {
    await browser.close();
    server.close();
  }
}

/** Records every response of a page as { url, type, raw, gzip } and returns a summary function. */
function recorder(page) {
  const seen = [];
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      seen.push({ url: response.url(), type: response.request().resourceType(), raw: body.length, gzip: gzipSync(body).length });
    } catch {}
  });
  return {
    seen,
    total: (filter = () => true) => seen.filter(filter).reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, count: sum.count + 1 }), { raw: 0, gzip: 0, count: 0 }),
    reset: () => seen.splice(0),
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

async function pageWeight(browser, url, path) {
  const page = await browser.newPage();
  const rec = recorder(page);
  await page.goto(url + path, { waitUntil: 'networkidle' });
  const weight = rec.total((r) => ['document', 'stylesheet', 'script'].includes(r.type));
  await page.close();
  return weight;
}

const report = {};
console.log('Building the site…');
report.buildSeconds = build();
report.pages = readdirSync(join(root, 'dist'), { recursive: true }).filter((f) => f.endsWith('.html')).length;
report.searchIndexBytes = dirSize(join(root, 'dist/pagefind'));
console.log(`build: ${report.buildSeconds.toFixed(1)} s for ${report.pages} HTML pages; search bundle and index ${kb(report.searchIndexBytes)}`);

await withPreview(async (browser, url) => {
  for (const path of ['questions/idempotency/', 'questions/cors/', 'topics/http/', '']) {
    const w = await pageWeight(browser, url, path);
    console.log(`first visit ${('/' + path).padEnd(26)} HTML+CSS+JS ${kb(w.gzip)} gzipped (${kb(w.raw)} raw, ${w.count} files)`);
    report[`weight:${path || 'home'}`] = w;
  }

  const page = await browser.newPage();
  const rec = recorder(page);
  await page.goto(url + 'questions/cors/', { waitUntil: 'networkidle' });
  const before = rec.total();
  rec.reset();
  await page.keyboard.press('/');
  await page.locator('.search-dialog .search-status').filter({ hasText: /Type a word/ }).waitFor();
  const opened = rec.total();
  rec.reset();
  await page.keyboard.type('idempotent');
  await page.locator('.search-dialog .search-status').filter({ hasText: /results? for/ }).waitFor();
  await page.waitForLoadState('networkidle');
  const query = rec.total();
  console.log(`search: page load ${kb(before.gzip)} gzipped with no search code; opening search fetches ${kb(opened.gzip)} gzipped (${opened.count} files); the first query fetches ${kb(query.gzip)} gzipped (${query.count} files)`);
  report.search = { pageLoad: before, open: opened, firstQuery: query };
  await page.close();

  const runPage = await browser.newPage();
  const runRec = recorder(runPage);
  await runPage.goto(url + 'questions/idempotency/', { waitUntil: 'networkidle' });
  runRec.reset();
  const figure = runPage.locator('.sample[data-runnable]').first();
  const status = figure.locator('[data-run-status]');
  let started = performance.now();
  await figure.getByRole('button', { name: 'Run' }).click();
  await figure.locator('[data-run-output] span').first().waitFor({ timeout: 120_000 });
  const firstOutputMs = performance.now() - started;
  const beforeOutput = runRec.total();
  await status.filter({ hasText: /^Finished/ }).waitFor({ timeout: 120_000 });
  const coldMs = performance.now() - started;
  await status.evaluate((el) => (el.textContent = '')); // a warm run can finish before "Running…" is seen
  started = performance.now();
  await figure.getByRole('button', { name: 'Run' }).click();
  await status.filter({ hasText: /^Finished/ }).waitFor({ timeout: 60_000 });
  const warmMs = performance.now() - started;
  console.log(`runner (FastAPI sample): ${kb(beforeOutput.raw)} transferred before the first output (${kb(beforeOutput.gzip)} if served gzipped, ${beforeOutput.count} files); first output after ${(firstOutputMs / 1000).toFixed(1)} s; cold run ${(coldMs / 1000).toFixed(1)} s; warm run ${(warmMs / 1000).toFixed(2)} s`);
  report.runner = { bytesBeforeFirstOutput: beforeOutput, firstOutputMs, coldMs, warmMs };
});

if (corpusSize > 0) {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  const seeds = readdirSync(join(root, 'content/questions'));
  for (let i = 0; i < corpusSize; i++) {
    const seed = seeds[i % seeds.length];
    const target = join(dir, `${seed}-${i}`);
    mkdirSync(target);
    cpSync(join(root, 'content/questions', seed), target, { recursive: true });
    const mdx = join(target, 'index.mdx');
    writeFileSync(mdx, readFileSync(mdx, 'utf8').replace(/^related:.*(\n {2}- .*)*$/m, 'related: []').replace(/^title: "?/m, (m) => `${m}[${i}] `));
  }
  console.log(`Building a synthetic corpus of ${corpusSize} questions…`);
  const seconds = build({ QUESTIONS_DIR: dir });
  await withPreview(async (browser, url) => {
    const slug = `${seeds[0]}-0`;
    const w = await pageWeight(browser, url, `questions/${slug}/`);
    console.log(`corpus ${corpusSize}: build ${seconds.toFixed(1)} s; question page first visit ${kb(w.gzip)} gzipped; search bundle and index ${kb(dirSize(join(root, 'dist/pagefind')))}`);
    report.corpus = { size: corpusSize, buildSeconds: seconds, questionPage: w };
  });
  rmSync(dir, { recursive: true, force: true });
  console.log('Rebuilding the real site…');
  build();
}

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/latest.json'), JSON.stringify(report, null, 2));
console.log('wrote bench-results/latest.json');

if (!process.argv.includes('--no-tests')) {
  console.log('\nTiming the steps of npm test…');
  execFileSync(process.execPath, [join(root, 'scripts/test-steps.mjs')], { cwd: root, stdio: 'inherit' });
}
