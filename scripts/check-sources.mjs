#!/usr/bin/env node
// Fetches every external URL the question pages cite (sources and body links) and fails when one is
// gone (404, 410, other 4xx, or no answer after a retry). Needs the network, so it runs in the weekly
// currency workflow (.github/workflows/currency.yml), not in `npm test`.
// Usage: node scripts/check-sources.mjs [--json report.json]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { externalUrls, verdictFor, withoutFragment } from '../src/lib/external-links.ts';

const questionsDir = process.env.QUESTIONS_DIR ?? join(import.meta.dirname, '..', 'content', 'questions');
const citedBy = new Map();
for (const slug of readdirSync(questionsDir).sort()) {
  for (const url of externalUrls(readFileSync(join(questionsDir, slug, 'index.mdx'), 'utf8'))) {
    const key = withoutFragment(url);
    citedBy.set(key, [...(citedBy.get(key) ?? []), slug]);
  }
}

async function statusOf(url) {
  for (let attempt = 1; ; attempt++) {
    try {
      const options = { redirect: 'follow', signal: AbortSignal.timeout(20_000), headers: { 'user-agent': 'api-interview-guide-link-check' } };
      let response = await fetch(url, { ...options, method: 'HEAD' });
      if (response.status >= 400) response = await fetch(url, { ...options, method: 'GET' });
      return { status: response.status, verdict: verdictFor(response.status) };
    } catch (error) {
      if (attempt === 2) return { status: 0, verdict: 'broken', error: String(error?.cause?.code ?? error?.message ?? error) };
    }
  }
}

const urls = [...citedBy.keys()];
const results = [];
const workers = Array.from({ length: 8 }, async () => {
  while (urls.length) {
    const url = urls.shift();
    results.push({ url, pages: citedBy.get(url), ...(await statusOf(url)) });
  }
});
await Promise.all(workers);
results.sort((a, b) => a.url.localeCompare(b.url));

for (const r of results.filter((r) => r.verdict !== 'ok')) {
  console.log(`${r.verdict.toUpperCase().padEnd(7)} ${r.status || r.error} ${r.url}  (cited by ${r.pages.join(', ')})`);
}
const count = (v) => results.filter((r) => r.verdict === v).length;
console.log(`sources: ${results.length} URLs, ${count('ok')} OK, ${count('unknown')} unknown (401/403/429/5xx), ${count('broken')} broken`);
const jsonArg = process.argv.indexOf('--json');
if (jsonArg > 0) writeFileSync(process.argv[jsonArg + 1], JSON.stringify(results, null, 2));
process.exit(count('broken') > 0 ? 1 : 0);
