// Runs the search query table (tests/search/queries.ts) against the built index in dist/, with the
// same query code the site runs in the browser (src/lib/search/), and reports recall@3 per kind.
// Fails when a page has no queries of some kind, when any kind's recall@3 is below 95%, when a
// nonsense query finds anything, or when a query with a fixed first result ranks another page first.
// The held-out set is reported, not gated. Needs a build first (npm run build:pages-test).
// Usage: npm run test:search [-- --misses] [-- --raw]
//   --misses  list every query whose page is not in the top three
//   --raw     plain Pagefind search of the text as typed, without the site's query handling (a baseline)
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDistPagefind } from './pagefind-node.mjs';
import { findPages } from '../src/lib/search/find-pages.ts';
import { PAGEFIND_OPTIONS } from '../src/lib/search/pagefind-options.ts';
import { QUERY_KINDS as KINDS, coverageProblems } from '../src/lib/search/query-table-coverage.ts';
import { HELD_OUT, NONSENSE_QUERIES, QUERY_TABLE, RANKED_FIRST } from '../tests/search/queries.ts';

const MIN_RECALL = 0.95;
const root = new URL('..', import.meta.url).pathname;
const raw = process.argv.includes('--raw');
const showMisses = process.argv.includes('--misses');

if (!existsSync(join(root, 'dist/pagefind/pagefind.js'))) {
  console.error('No search index in dist/: run `npm run build:pages-test` first.');
  process.exit(1);
}
const pagefind = await loadDistPagefind(join(root, 'dist'), { ...PAGEFIND_OPTIONS, baseUrl: '/' });

/** The slugs of the first `count` results for a query. */
async function topSlugs(query, count = 3) {
  const pages = raw ? (await pagefind.search(query)).results : (await findPages(pagefind, query)).pages;
  const data = await Promise.all(pages.slice(0, count).map((page) => page.data()));
  return data.map((page) => /\/questions\/([^/]+)\//.exec(page.url)?.[1] ?? page.url);
}

/** Recall@3 and first-place rate per kind for rows of [slug, kind, query]. */
async function measure(rows) {
  const tally = Object.fromEntries(KINDS.map((kind) => [kind, { hits: 0, first: 0, total: 0 }]));
  const misses = [];
  for (const [slug, kind, query] of rows) {
    const top = await topSlugs(query);
    tally[kind].total++;
    if (top[0] === slug) tally[kind].first++;
    if (top.includes(slug)) tally[kind].hits++;
    else misses.push(`  ${kind.padEnd(8)} ${JSON.stringify(query)} → ${top.join(', ') || 'nothing'} (want ${slug})`);
  }
  return { tally, misses };
}

function printTally(tally) {
  console.log('  kind       queries  recall@3  ranked first');
  for (const kind of KINDS) {
    const { hits, first, total } = tally[kind];
    if (total) console.log(`  ${kind.padEnd(10)} ${String(total).padStart(7)}  ${((hits / total) * 100).toFixed(1).padStart(7)}%  ${((first / total) * 100).toFixed(1).padStart(11)}%`);
  }
}

const slugs = readdirSync(join(root, 'content/questions'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const failures = coverageProblems(slugs, QUERY_TABLE);

const started = performance.now();
const tableRows = Object.entries(QUERY_TABLE).flatMap(([slug, kinds]) => KINDS.flatMap((kind) => (kinds[kind] ?? []).map((query) => [slug, kind, query])));
const table = await measure(tableRows);
const heldOut = await measure(HELD_OUT);
const seconds = (performance.now() - started) / 1000;

console.log(`Search query table${raw ? ' (raw Pagefind, no query handling)' : ''}: ${tableRows.length} queries for ${Object.keys(QUERY_TABLE).length} pages (${seconds.toFixed(1)} s with the held-out set)`);
printTally(table.tally);
for (const kind of KINDS) {
  const { hits, total } = table.tally[kind];
  if (hits / total < MIN_RECALL) failures.push(`${kind} recall@3 is ${((hits / total) * 100).toFixed(1)}%, below ${MIN_RECALL * 100}%`);
}
if (table.misses.length && (showMisses || failures.length)) console.log(`Misses (page not in the top three):\n${table.misses.join('\n')}`);

console.log(`Held-out set, reported only: ${HELD_OUT.length} queries`);
printTally(heldOut.tally);
if (heldOut.misses.length && showMisses) console.log(`Held-out misses:\n${heldOut.misses.join('\n')}`);

for (const query of NONSENSE_QUERIES) {
  const top = await topSlugs(query);
  if (top.length) failures.push(`the nonsense query ${JSON.stringify(query)} found ${top.join(', ')}`);
}
for (const { query, first } of RANKED_FIRST) {
  const top = await topSlugs(query, first.length);
  if ([...top].sort().join() !== [...first].sort().join()) failures.push(`${JSON.stringify(query)} ranks ${top.join(', ')} first; want ${first.join(', ')}`);
}

if (failures.length) {
  console.error(`\nFAILED:\n${failures.map((f) => `  ${f.replaceAll('\n', '\n  ')}`).join('\n')}`);
  process.exit(1);
}
console.log(`Nonsense queries find nothing; ${RANKED_FIRST.map((r) => `"${r.query}"`).join(' and ')} rank their pages first.`);
