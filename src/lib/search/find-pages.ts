/**
 * The guide's search: from what a reader typed to a ranked list of pages, over any engine with
 * Pagefind's `search()` (the site's bundle in the browser, or the same bundle in Node for the query
 * table), so both run exactly this code.
 *
 * 1. The query becomes terms (query-terms.ts): filler dropped, identifiers and quoted phrases kept.
 * 2. Each term is searched on its own. A term no page really contains is set aside (term-match.ts),
 *    so a nonsense word finds nothing instead of a page that shares its first letter.
 * 3. The terms' results are merged by score (merge.ts), so the pages with most of the terms come
 *    first and one word the answer never uses ("hammering") cannot empty the list or push the answer
 *    down. Every page with all the terms is a result; a page without some of them is one only while
 *    it has at least half of them and a tenth of the best page's score, so a question's common words
 *    ("clients", "endpoint") do not list the whole guide. If no page has half, all pages found are.
 *
 * Only ids and scores are read here, plus one page's text when a term has no exact match in the
 * index (to tell a typo from nonsense); the caller loads data only for the results it shows.
 */
import { exactQuery, pagefindTerm, queryTerms, type QueryTerm } from './query-terms.ts';
import { textHasTerm } from './term-match.ts';
import { mergeTermResults, strongestTerms, type TermResults } from './merge.ts';

export interface PageData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: { title: string; url: string; excerpt: string }[];
}

export interface EngineResult {
  id: string;
  score: number;
  matchedMetaFields?: string[];
  data: () => Promise<PageData>;
}

export interface SearchEngine {
  search: (query: string | null) => Promise<{ results: EngineResult[] }>;
}

/** A page without every term is a result when it has at least this share of the terms... */
export const MIN_COVERAGE = 0.5;
/** ...and scores at least this share of the best page's score (a page with every term always is). */
export const MIN_PARTIAL_SCORE = 0.1;
/** At most this many terms (the rarest) rank the results of a long question. */
export const MAX_TERMS = 10;

export interface FoundPages {
  /** The terms searched for, as the reader typed them. */
  terms: QueryTerm[];
  /** Terms no page contains; they are left out of the search. */
  unknown: QueryTerm[];
  /** True when no page contains every known term, so the best partial matches are shown. */
  partial: boolean;
  /** Best first. */
  pages: EngineResult[];
}

/** Searchable text of a result: its content and its metadata (title, summary, aliases). */
function pageText(data: PageData): string {
  return [data.content, ...Object.values(data.meta)].join(' ');
}

/** The pages that contain one term, or undefined when no page really does. */
async function termResults(engine: SearchEngine, term: QueryTerm): Promise<TermResults<EngineResult> | undefined> {
  const exact = (await engine.search(exactQuery(term))).results;
  if (term.kind === 'phrase') {
    if (exact.length === 0) return undefined;
    const phrasePages = new Set(exact.map((page) => page.id));
    const scored = (await engine.search(term.text)).results; // the same pages, ranked by their words
    return { term: term.text, pages: scored.filter((page) => phrasePages.has(page.id)) };
  }
  const loose = (await engine.search(pagefindTerm(term))).results;
  if (loose.length === 0) return undefined;
  if (exact.length === 0 && !textHasTerm(term.text, pageText(await loose[0]!.data()))) return undefined;
  return { term: term.text, pages: loose };
}

/** How many words an excerpt highlights. */
export function markCount(excerpt: string): number {
  return excerpt.match(/<mark>/g)?.length ?? 0;
}

/**
 * A page's data with the excerpt and section links of the term that highlights most: each term's
 * search gives the page its own excerpt. Pagefind loads a page's data file once and returns the same
 * object from every result, rewriting its excerpt each time, so each one is copied before the next.
 */
async function richestData(matches: EngineResult[]): Promise<PageData> {
  let best: PageData | undefined;
  for (const match of matches) {
    const data = await match.data();
    if (!best || markCount(data.excerpt) > markCount(best.excerpt)) best = { ...data, sub_results: [...data.sub_results] };
  }
  return best!;
}

/** Ranked pages for a query. */
export async function findPages(engine: SearchEngine, query: string, { minCoverage = MIN_COVERAGE, maxTerms = MAX_TERMS } = {}): Promise<FoundPages> {
  const terms = queryTerms(query);
  const perTerm = await Promise.all(terms.map((term) => termResults(engine, term)));
  const found = perTerm.filter((result) => result !== undefined);
  const unknown = terms.filter((_, index) => perTerm[index] === undefined);
  const merged = mergeTermResults(strongestTerms(found, maxTerms));
  const top = merged[0]?.score ?? 0;
  const enough = merged.filter((entry) => entry.coverage > 1 - 1e-9 || (entry.coverage >= minCoverage - 1e-9 && entry.score >= MIN_PARTIAL_SCORE * top));
  const shown = enough.length > 0 ? enough : merged;
  const pages = shown.map(({ page, score, matches }) => ({ id: page.id, score, data: () => richestData(matches) }));
  return { terms, unknown, partial: shown.length > 0 && shown[0]!.coverage < 1 - 1e-9, pages };
}
