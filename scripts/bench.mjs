// Benchmarks for the built site (numbers, not pass/fail): build time, page weight of a question
// page's first visit (gzipped HTML+CSS+JS), what search costs and when, and the in-browser runner's
// cold and warm run times. With --corpus N (or N,M,...) it also builds synthetic guides of N questions
// to show how build time, page weight and search bytes grow.
// Search bytes: every response from pressing "/" on a question page until the first results are on
// screen, each body gzipped (Pagefind's index files are gzipped already and count at about their size).
// Then it times every step of `npm test` (scripts/test-steps.mjs; --no-tests skips that).
// Usage: npm run bench [-- --corpus 100,1000] [-- --no-tests]
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
const corpusSizes = corpusArg > 0 ? process.argv[corpusArg + 1].split(',').map(Number) : [];
/** Starlight's default search UI (also Pagefind) opening plus a first query, gzipped (issue 15). */
const STARLIGHT_SEARCH_KB = { 100: 132, 1000: 137 };
const SEARCH_QUERIES = { keyword: 'idempotent', question: 'How would you stop a client from creating the same order twice when it retries?' };

function build(env = {}) {
  // Astro's content cache keeps an entry whose id and text are unchanged, with its old file path; the
  // synthetic corpora reuse ids from temporary folders, so start every build from an empty cache.
  rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
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

/** Bytes fetched to open the search dialog on a page, then to show the first results of a query. */
async function searchCost(browser, url, path, query) {
  // No service worker: on a first visit it fetches the page again and precaches the shell, and those
  // requests would land in the search window although search does not cause them.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const rec = recorder(page);
  await page.goto(url + path, { waitUntil: 'networkidle' });
  rec.reset();
  await page.keyboard.press('/');
  await page.locator('.search-dialog .search-status').filter({ hasText: /Type a word/ }).waitFor();
  await page.waitForLoadState('networkidle');
  const open = rec.total();
  rec.reset();
  await page.locator('.search-dialog .search-input').fill(query); // one input event: no searches for partial words
  await page.locator('.search-dialog .search-status').filter({ hasText: /results? for/ }).waitFor();
  await page.waitForLoadState('networkidle');
  const found = rec.total();
  await context.close();
  return { open, query: found, total: open.gzip + found.gzip };
}

/**
 * The same query through plain Pagefind, as Starlight's default UI runs it underneath (every word
 * searched as typed, data for the first five results), on the same corpus: the like-for-like baseline
 * for a whole question, since the 132/137 kB figures were taken with one short query. Pagefind's own
 * UI script and styles are not counted, so the real baseline is somewhat larger.
 */
async function plainPagefindCost(browser, url, query) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const rec = recorder(page);
  await page.goto(url + '404.html', { waitUntil: 'networkidle' });
  rec.reset();
  await page.evaluate(
    async ([base, text]) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      await pagefind.options({ baseUrl: base });
      const { results } = await pagefind.search(text);
      await Promise.all(results.slice(0, 5).map((result) => result.data()));
    },
    [BASE, query],
  );
  await page.waitForLoadState('networkidle');
  const total = rec.total();
  await context.close();
  return total;
}

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

/** Sizes of the study tools' files: the service worker's precache, "save the whole guide", the Anki deck, cheat sheets. */
function studyToolSizes() {
  const dist = join(root, 'dist');
  const file = (path) => readFileSync(join(dist, path));
  const sizes = (buffer) => ({ raw: buffer.length, gzip: gzipSync(buffer).length });
  const sw = file('sw.js').toString();
  const manifest = new Function(`return ${sw.match(/precacheAndRoute\((\[.*?\])/s)[1]}`)();
  const precache = manifest.reduce(
    (sum, entry) => {
      const path = entry.url.slice(BASE.length).replace(/(^|\/)$/, '$1index.html');
      const size = sizes(file(path));
      return { raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip, count: sum.count + 1 };
    },
    { raw: 0, gzip: 0, count: 0 },
  );
  const runtime = readdirSync(dist).filter((name) => /^(sw\.js|workbox-.*\.js|sw-cleanup\..*\.js)$/.test(name));
  const worker = runtime.reduce((sum, name) => sum + sizes(file(name)).gzip, 0);
  const saveAll = JSON.parse(file('offline/files.json'));
  const questionPage = file('questions/cors/index.html').toString();
  const registration = [...questionPage.matchAll(/<script type="module">[\s\S]*?<\/script>/g)].map((m) => m[0]).find((script) => script.includes('serviceWorker')) ?? '';
  return {
    precache,
    workerScriptsGzip: worker,
    saveWholeGuide: { files: saveAll.files.length, raw: saveAll.bytes },
    ankiDeck: sizes(file('practice/api-interview-guide-anki.txt')),
    cheatSheetAll: sizes(file('cheatsheets/index.html')),
    cheatSheetHttp: sizes(file('cheatsheets/http/index.html')),
    interviewQuestions: sizes(file('interview/questions.json')),
    registrationScript: { raw: registration.length, gzipAdded: gzipSync(questionPage).length - gzipSync(questionPage.replace(registration, '')).length },
  };
}

report.studyTools = studyToolSizes();
{
  const t = report.studyTools;
  console.log(`service worker: precache ${t.precache.count} files, ${kb(t.precache.raw)} (${kb(t.precache.gzip)} gzipped), worker scripts ${kb(t.workerScriptsGzip)} gzipped; its registration adds ${t.registrationScript.gzipAdded} B gzipped to each page`);
  console.log(`"save the whole guide": ${t.saveWholeGuide.files} files, ${kb(t.saveWholeGuide.raw)}; Anki deck ${kb(t.ankiDeck.raw)} (${kb(t.ankiDeck.gzip)} gzipped); cheat sheet, all topics ${kb(t.cheatSheetAll.raw)} (${kb(t.cheatSheetAll.gzip)} gzipped), HTTP ${kb(t.cheatSheetHttp.gzip)} gzipped; interview questions ${kb(t.interviewQuestions.gzip)} gzipped`);
}

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
  const searchFiles = rec.seen.filter((r) => /pagefind|panel|dialog/.test(r.url)).length;
  await page.close();
  console.log(`search: a page load fetches ${searchFiles} search files (${kb(before.gzip)} gzipped in all); Starlight's default UI, opening plus a first query: about 132 kB at 100 synthetic pages, 137 kB at 1,000`);
  report.search = { pageLoad: before, searchFilesOnLoad: searchFiles };
  for (const [kind, query] of Object.entries(SEARCH_QUERIES)) {
    const cost = await searchCost(browser, url, 'questions/cors/', query);
    const plain = await plainPagefindCost(browser, url, query);
    console.log(`search, open + first ${kind} query: ${kb(cost.total)} gzipped (open ${kb(cost.open.gzip)} in ${cost.open.count} files, query ${kb(cost.query.gzip)} in ${cost.query.count} files) for "${query}"; plain Pagefind, same query: ${kb(plain.gzip)} in ${plain.count} files`);
    report.search[kind] = { ...cost, plainPagefind: plain };
  }

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

if (corpusSizes.length > 0) {
  report.corpus = [];
  const seeds = readdirSync(join(root, 'content/questions'));
  for (const corpusSize of corpusSizes) {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
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
      const path = `questions/${seeds[0]}-0/`;
      const w = await pageWeight(browser, url, path);
      console.log(`corpus ${corpusSize}: build ${seconds.toFixed(1)} s; question page first visit ${kb(w.gzip)} gzipped; search bundle and index ${kb(dirSize(join(root, 'dist/pagefind')))}`);
      const entry = { size: corpusSize, buildSeconds: seconds, questionPage: w, search: {} };
      for (const [kind, query] of Object.entries(SEARCH_QUERIES)) {
        const cost = await searchCost(browser, url, path, query);
        const plain = await plainPagefindCost(browser, url, query);
        entry.search[kind] = { ...cost, plainPagefind: plain };
        const starlight = STARLIGHT_SEARCH_KB[corpusSize] ? `; Starlight's default UI: about ${STARLIGHT_SEARCH_KB[corpusSize]} kB` : '';
        console.log(`corpus ${corpusSize}, open + first ${kind} query: ${kb(cost.total)} gzipped (open ${kb(cost.open.gzip)}, query ${kb(cost.query.gzip)}); plain Pagefind, same query: ${kb(plain.gzip)}${starlight}`);
      }
      report.corpus.push(entry);
    });
    rmSync(dir, { recursive: true, force: true });
  }
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
