#!/usr/bin/env node
// Every question page's first visit (HTML, stylesheets, module scripts and their static imports,
// each gzipped) must stay under the 25 kB budget however long the guide grows; `npm run bench`
// reports the same figure measured in a browser. Usage: node scripts/check-weight.mjs [dist]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_BUDGET_BYTES, pageAssets, staticImports } from '../src/lib/page-weight.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const base = (process.env.BASE_PATH ?? '/api-guide/').replace(/^\/*/, '/').replace(/\/*$/, '/');
const gzipped = new Map();
const size = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)).length);
  return gzipped.get(file);
};
const fileOf = (sitePath) => (sitePath.startsWith(base) ? join(dist, sitePath.slice(base.length)) : null);

function addModule(file, seen) {
  if (!file || seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  for (const spec of staticImports(readFileSync(file, 'utf8'))) addModule(spec.startsWith('/') ? fileOf(spec) : join(dirname(file), spec), seen);
}

const rows = [];
for (const slug of readdirSync(join(dist, 'questions'))) {
  const page = join(dist, 'questions', slug, 'index.html');
  if (!existsSync(page)) continue;
  const html = readFileSync(page, 'utf8');
  const { styles, scripts, inlineModules } = pageAssets(html);
  const modules = new Set();
  scripts.forEach((src) => addModule(fileOf(src), modules));
  inlineModules.forEach((code) => staticImports(code).forEach((spec) => addModule(fileOf(spec), modules)));
  const assets = [...styles.map(fileOf).filter((f) => f && existsSync(f)), ...modules];
  rows.push({ slug, bytes: size(page) + assets.reduce((sum, f) => sum + size(f), 0), html: size(page) });
}
rows.sort((a, b) => b.bytes - a.bytes);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const over = rows.filter((r) => r.bytes > PAGE_BUDGET_BYTES);
for (const r of over) console.error(`OVER  ${r.slug}: ${kb(r.bytes)} on first visit (HTML ${kb(r.html)}); the budget is ${kb(PAGE_BUDGET_BYTES)}. Trim the prose, or show part of a long sample with lines="…".`);
const [heaviest] = rows;
console.log(`weight: ${rows.length} question pages, heaviest ${heaviest?.slug} at ${kb(heaviest?.bytes ?? 0)}, median ${kb(rows[Math.floor(rows.length / 2)]?.bytes ?? 0)}; ${over.length} over ${kb(PAGE_BUDGET_BYTES)}`);
process.exit(over.length ? 1 : 0);
