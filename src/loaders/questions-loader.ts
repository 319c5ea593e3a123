import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { questionIdFromPath, relatedProblems, sampleFilesIn, sampleProblems, SLUG_PATTERN } from '../lib/content-rules.ts';
import { editorialProblems } from '../lib/editorial-rules.ts';

/** Where question folders live; tests point this at fixture folders to prove bad content fails the build. */
export const questionsDir = resolve(process.env.QUESTIONS_DIR ?? 'content/questions');

class ContentRuleError extends Error {
  constructor(problems: string[]) {
    super(`Invalid question content:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentRuleError';
  }
}

/**
 * Astro's glob loader plus the checks Astro does not make: slug format, duplicate slugs,
 * `related` slugs that exist, samples that match the files beside each page, and the editorial
 * rules (short answer length, a primary source, no retired documentation hosts, no unlinked
 * promise of another page, named table columns).
 */
export function questionsLoader(): Loader {
  const pathsById = new Map<string, string>();
  const problems: string[] = [];
  const inner = glob({
    pattern: '**/*.mdx',
    base: questionsDir,
    generateId: ({ entry }) => {
      const id = questionIdFromPath(entry);
      const file = join(relative(process.cwd(), questionsDir), entry);
      if (!SLUG_PATTERN.test(id) || !entry.endsWith('/index.mdx')) {
        problems.push(`${file}: a question must be <slug>/index.mdx with a lowercase-hyphenated slug; got "${entry}".`);
      }
      const previous = pathsById.get(id);
      if (previous && previous !== file) problems.push(`${file}: duplicate slug "${id}" (also ${previous}).`);
      pathsById.set(id, file);
      return id;
    },
  });
  return {
    name: 'questions-loader',
    load: async (context) => {
      problems.length = 0;
      await inner.load(context);
      const pages = [...context.store.values()].map((entry) => ({
        id: entry.id,
        file: entry.filePath ?? entry.id,
        related: (entry.data as { related?: string[] }).related ?? [],
        sources: (entry.data as { sources?: { title: string; url: string }[] }).sources ?? [],
        body: entry.body ?? '',
      }));
      problems.push(...relatedProblems(pages));
      for (const page of pages) {
        if (!SLUG_PATTERN.test(page.id)) continue;
        problems.push(...sampleProblems(page.file, sampleFilesIn(page.body), readdirSync(join(questionsDir, page.id))));
        problems.push(...editorialProblems(page.file, page.body, page.sources));
      }
      if (problems.length > 0) throw new ContentRuleError([...new Set(problems)]);
    },
  };
}
