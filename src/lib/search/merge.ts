/**
 * Ranking pages from one-term searches, so a question whose words never all appear on one page
 * still finds the page that has most of them. Pure, for unit tests.
 *
 * Each term's search scores pages with Pagefind's BM25 ranking, in which rare words weigh more. A
 * page's merged score adds its scores for the terms it matches and multiplies the sum by the share
 * of the query's terms it matches (the "coordination factor" of classic Lucene scoring), so a page
 * with most of the terms beats one that repeats a single word.
 *
 * Aliases: a page can declare words readers use for it (frontmatter `aliases`). Each alias is indexed
 * as its own metadata field, named `aliases-<n>-<k>`, where n is how many meaningful words it has and
 * k its position. When a page matches all n words of one alias, every term it matched there scores as
 * much again as the term's best page: the author said this page is the answer for those words. A
 * single word of a longer alias ("api" of "api security") earns nothing extra, and neither do words
 * of two different aliases ("rest" of "rest vs rpc" and "api" of "api styles"). An alias made of
 * compound identifiers (`aliases-<n>-<k>-code`, such as "model_dump") is named only by a term that is
 * one too: Pagefind matches a word against every indexed word it starts, so the term "model" also
 * matches "modeldump", and would otherwise count as naming it.
 */

import { isCompound } from './term-match.ts';

export interface ScoredPage {
  id: string;
  score: number;
  /** Metadata fields the term matched in ("title", "aliases-1-0", ...), as Pagefind reports them. */
  matchedMetaFields?: string[];
}

export interface TermResults<T extends ScoredPage = ScoredPage> {
  term: string;
  pages: T[];
}

const ALIAS_FIELD = /^aliases-(\d+)-\d+(-code)?$/;

/**
 * The metadata field for a page's alias at `position`, which has `words` meaningful words; `code`
 * when they are all compound identifiers.
 */
export function aliasField(words: number, position: number, code = false): string {
  return `aliases-${words}-${position}${code ? '-code' : ''}`;
}

/** Whether a term counts towards an alias field it matched in. */
function namesAlias(term: string, field: string): boolean {
  const match = ALIAS_FIELD.exec(field);
  return match !== null && (match[2] === undefined || isCompound(term));
}

/**
 * The terms to rank by, rarest first: terms found nowhere are dropped, and at most `limit` are kept
 * (the most common words go first) so a long question costs a bounded amount of work.
 */
export function strongestTerms<T extends ScoredPage>(results: TermResults<T>[], limit: number): TermResults<T>[] {
  return results
    .filter((result) => result.pages.length > 0)
    .sort((a, b) => a.pages.length - b.pages.length)
    .slice(0, limit);
}

export interface MergedPage<T extends ScoredPage = ScoredPage> {
  page: T;
  score: number;
  /** The share of the query's terms this page matches, 0 to 1 (1: every term). */
  coverage: number;
  /** The terms this page matched. */
  terms: string[];
  /** This page's result from each term's search, in term order. */
  matches: T[];
}

interface Entry<T> {
  page: T;
  sum: number;
  terms: string[];
  matches: T[];
  /** Per alias (one metadata field each): the terms that matched it, with the bonus each would earn. */
  aliasMatches: Map<string, number[]>;
  order: number;
}

/** Bonus for the aliases a page matched completely. */
function aliasBonus(matches: Map<string, number[]>): number {
  let bonus = 0;
  for (const [field, bonuses] of matches) {
    const words = Number(ALIAS_FIELD.exec(field)![1]);
    if (bonuses.length >= words) bonus += bonuses.reduce((sum, value) => sum + value, 0);
  }
  return bonus;
}

/** One list of pages from one-term searches, best first (ties keep the order pages were first seen). */
export function mergeTermResults<T extends ScoredPage>(results: TermResults<T>[]): MergedPage<T>[] {
  const merged = new Map<string, Entry<T>>();
  for (const result of results) {
    const best = Math.max(0, ...result.pages.map((page) => page.score));
    for (const page of result.pages) {
      let entry = merged.get(page.id);
      if (!entry) {
        entry = { page, sum: 0, terms: [], matches: [], aliasMatches: new Map(), order: merged.size };
        merged.set(page.id, entry);
      }
      entry.sum += page.score;
      entry.terms.push(result.term);
      entry.matches.push(page);
      for (const field of page.matchedMetaFields ?? []) {
        if (namesAlias(result.term, field)) entry.aliasMatches.set(field, [...(entry.aliasMatches.get(field) ?? []), best]);
      }
    }
  }
  const termCount = results.length;
  return [...merged.values()]
    .map((entry) => {
      const coverage = termCount > 0 ? entry.terms.length / termCount : 1;
      return { page: entry.page, score: (entry.sum + aliasBonus(entry.aliasMatches)) * coverage, coverage, terms: entry.terms, matches: entry.matches, order: entry.order };
    })
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ page, score, coverage, terms, matches }) => ({ page, score, coverage, terms, matches }));
}
