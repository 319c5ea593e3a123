#!/usr/bin/env node
// Checks question pages against the writing rules the build enforces (src/lib/editorial-rules.ts,
// and the cross-page inbound-link rule in src/lib/content-rules.ts), without building the site:
// `npm run lint:content` for every page, or `-- <slug> ...` for some (the inbound-link rule then
// reports only those pages, still counting links from every page).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { editorialProblems, summaryProblems } from '../src/lib/editorial-rules.ts';
import { inboundProblems } from '../src/lib/content-rules.ts';

const questionsDir = join(import.meta.dirname, '..', 'content', 'questions');
const chosen = process.argv.slice(2);
const pages = readdirSync(questionsDir).map((slug) => {
  const file = join('content', 'questions', slug, 'index.mdx');
  const [, frontmatter = '', ...rest] = readFileSync(join(questionsDir, slug, 'index.mdx'), 'utf8').split(/^---\s*$/m);
  const data = parse(frontmatter) ?? {};
  return { id: slug, file, data, body: rest.join('---'), related: data.related ?? [] };
});
const checked = chosen.length ? pages.filter((p) => chosen.includes(p.id)) : pages;
const problems = [
  ...checked.flatMap((p) => [...summaryProblems(p.file, p.data.summary), ...editorialProblems(p.file, p.body, p.data.sources ?? [])]),
  ...inboundProblems(pages).filter((problem) => checked.some((p) => problem.startsWith(`${p.file}:`))),
];
for (const problem of problems) console.log(problem);
console.log(`${checked.length} page${checked.length === 1 ? '' : 's'} checked, ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
process.exit(problems.length ? 1 : 0);
