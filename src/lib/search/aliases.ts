/**
 * A page's search aliases as Pagefind metadata fields: aliases with the same number of meaningful
 * words share a field `aliases-<n>` (see merge.ts), so the search can tell a query that names a whole
 * alias ("cors error") from one that shares a word with it ("error"). Pure, for unit tests.
 */
import { queryTerms } from './query-terms.ts';
import { aliasField } from './merge.ts';

export interface AliasField {
  field: string;
  text: string;
}

/** Fields in order of word count; within a field, aliases keep their order, separated by "; ". */
export function aliasFields(aliases: readonly string[]): AliasField[] {
  const byCount = new Map<number, string[]>();
  for (const alias of aliases) {
    const words = queryTerms(alias).length;
    if (words === 0) continue;
    byCount.set(words, [...(byCount.get(words) ?? []), alias]);
  }
  return [...byCount.entries()].sort(([a], [b]) => a - b).map(([words, list]) => ({ field: aliasField(words), text: list.join('; ') }));
}
