/**
 * Whether the search query table (tests/search/queries.ts) covers every question page with queries
 * of every kind, and what to add when it does not: `npm run test:search` prints these messages, so a
 * writer who adds a page learns exactly which entry to write. Pure, for unit tests.
 */

export const QUERY_KINDS = ['keyword', 'everyday', 'question'] as const;

export type QueryKind = (typeof QUERY_KINDS)[number];

export type QueryTable = Record<string, Partial<Record<QueryKind, readonly string[]>>>;

export const QUERY_TABLE_FILE = 'tests/search/queries.ts';

/** What each kind holds, as the table's header describes it. */
export const KIND_HINTS: Record<QueryKind, string> = {
  keyword: 'identifiers, headers, status codes, acronyms',
  everyday: "the problem in a reader's own words",
  question: 'a whole interview question, as interviewers ask it',
};

function entryLines(slug: string, kinds: readonly QueryKind[]): string[] {
  return [`  '${slug}': {`, ...kinds.map((kind) => `    ${kind}: ['…'], // ${KIND_HINTS[kind]}`), '  },'];
}

/** The message for a page with no entry, or an entry missing some kinds; undefined when covered. */
export function missingQueriesMessage(slug: string, entry: QueryTable[string] | undefined): string | undefined {
  const missing = QUERY_KINDS.filter((kind) => !entry?.[kind]?.length);
  if (missing.length === 0) return undefined;
  const write = 'written before you run them (see the header of that file), and add one or two more, never used for tuning, to HELD_OUT';
  if (!entry) {
    return [
      `content/questions/${slug}/ has no queries. Add this entry to QUERY_TABLE in ${QUERY_TABLE_FILE}, at least one query of each kind ${write}:`,
      ...entryLines(slug, QUERY_KINDS),
    ].join('\n');
  }
  return [`content/questions/${slug}/ has no ${missing.join(' or ')} queries. Add to its entry '${slug}' in ${QUERY_TABLE_FILE}, ${write}:`, ...entryLines(slug, missing).slice(1, -1)].join('\n');
}

/** Every coverage problem: pages without queries of some kind, and entries for pages that do not exist. */
export function coverageProblems(slugs: readonly string[], table: QueryTable): string[] {
  const problems = slugs.map((slug) => missingQueriesMessage(slug, table[slug])).filter((message) => message !== undefined);
  const pages = new Set(slugs);
  for (const slug of Object.keys(table)) {
    if (!pages.has(slug)) problems.push(`${QUERY_TABLE_FILE} has an entry '${slug}', but content/questions/${slug}/ does not exist: rename or remove it.`);
  }
  return problems;
}
