/** Rules a question folder must satisfy beyond its frontmatter schema. Pure: callers pass file lists in. */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** 'idempotency/index.mdx' -> 'idempotency'; 'idempotency.mdx' -> 'idempotency' (a duplicate in waiting). */
export function questionIdFromPath(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').replace(/\/index\.mdx$/, '').replace(/\.mdx$/, '');
}

export interface SampleTag {
  file: string;
  /** The reason a sample cannot run in the browser, when the tag gives one. */
  localOnly?: string;
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`).exec(tag)?.slice(1).find((value) => value !== undefined);

/** Every <Sample .../> in an MDX body with a `file` attribute, in order of appearance. */
export function sampleTagsIn(body: string): SampleTag[] {
  const tags: SampleTag[] = [];
  for (const [tag] of body.matchAll(/<Sample\b[^>]*?\/?>/g)) {
    const file = attribute(tag, 'file');
    const localOnly = attribute(tag, 'localOnly');
    if (file) tags.push(localOnly === undefined ? { file } : { file, localOnly });
  }
  return tags;
}

/** The `file` attribute of every <Sample .../> in an MDX body, in order of appearance. */
export function sampleFilesIn(body: string): string[] {
  return sampleTagsIn(body).map((tag) => tag.file);
}

/**
 * Problems with a page's samples: a shown sample that is missing or has no recorded output,
 * a name that is not a plain .py file in the page's folder, and a .py in the folder that the page never shows.
 */
export function sampleProblems(page: string, shown: readonly string[], folderFiles: readonly string[]): string[] {
  const problems: string[] = [];
  const present = new Set(folderFiles);
  for (const file of new Set(shown)) {
    if (!/^[A-Za-z0-9_]+\.py$/.test(file)) {
      problems.push(`${page}: <Sample file="${file}"> must name a .py file in the page's own folder (letters, digits, _).`);
      continue;
    }
    if (!present.has(file)) problems.push(`${page}: <Sample file="${file}"> refers to a file that does not exist.`);
    else if (!present.has(file.replace(/\.py$/, '.out'))) {
      problems.push(`${page}: sample ${file} has no recorded output ${file.replace(/\.py$/, '.out')} (run \`npm run samples:update\`).`);
    }
  }
  for (const file of folderFiles) {
    if (file.endsWith('.py') && !shown.includes(file)) {
      problems.push(`${page}: ${file} sits beside the page but the page never shows it with <Sample file="${file}" />.`);
    }
  }
  return problems;
}

export interface RelatedRef {
  id: string;
  file: string;
  related: readonly string[];
}

/** Every `related` slug must name an existing question other than the page itself. */
export function relatedProblems(pages: readonly RelatedRef[]): string[] {
  const ids = new Set(pages.map((p) => p.id));
  const problems: string[] = [];
  for (const page of pages) {
    for (const slug of page.related) {
      if (slug === page.id) problems.push(`${page.file}: field "related" lists the page itself ("${slug}").`);
      else if (!ids.has(slug)) problems.push(`${page.file}: field "related" names "${slug}", but no question has that slug.`);
    }
  }
  return problems;
}

export interface LinkingPage {
  id: string;
  file: string;
  related: readonly string[];
  body: string;
}

/** Question slugs a page links to: its `related` list and relative links such as `(../cors/)` or `(../cors/#preflight)`. */
export function linkedQuestions(page: Pick<LinkingPage, 'id' | 'related' | 'body'>): Set<string> {
  const targets = new Set(page.related);
  for (const match of page.body.matchAll(/\]\(\.\.\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:#[^)]*)?\)/g)) targets.add(match[1]!);
  targets.delete(page.id);
  return targets;
}

export const MIN_INBOUND_LINKS = 2;

/** Every page is reachable from at least two other question pages (CONTENT.md, cross-links). */
export function inboundProblems(pages: readonly LinkingPage[]): string[] {
  const inbound = new Map(pages.map((p) => [p.id, new Set<string>()]));
  for (const page of pages) for (const target of linkedQuestions(page)) inbound.get(target)?.add(page.id);
  return pages
    .filter((p) => inbound.get(p.id)!.size < MIN_INBOUND_LINKS)
    .map((p) => {
      const from = [...inbound.get(p.id)!];
      return `${p.file}: rule "inbound links": ${from.length === 0 ? 'no other page links here' : `only ${from.join(', ')} links here`}; link it from at least ${MIN_INBOUND_LINKS} other pages where they touch its subject.`;
    });
}
