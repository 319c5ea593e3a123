#!/usr/bin/env node
// Checks question pages against the writing rules the build enforces (src/lib/editorial-rules.ts),
// without building the site: `npm run lint:content` for every page, or `-- <slug> ...` for some.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { editorialProblems, summaryProblems } from '../src/lib/editorial-rules.ts';

const questionsDir = join(import.meta.dirname, '..', 'content', 'questions');
const slugs = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(questionsDir);
let problems = 0;
for (const slug of slugs) {
  const file = join('content', 'questions', slug, 'index.mdx');
  const text = readFileSync(join(questionsDir, slug, 'index.mdx'), 'utf8');
  const [, frontmatter = '', ...rest] = text.split(/^---\s*$/m);
  const data = parse(frontmatter) ?? {};
  const found = [...summaryProblems(file, data.summary), ...editorialProblems(file, rest.join('---'), data.sources ?? [])];
  problems += found.length;
  for (const problem of found) console.log(problem);
}
console.log(`${slugs.length} page${slugs.length === 1 ? '' : 's'} checked, ${problems} problem${problems === 1 ? '' : 's'}.`);
process.exit(problems ? 1 : 0);
