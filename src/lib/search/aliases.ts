/**
 * A page's search aliases as Pagefind metadata fields, one per alias, named `aliases-<n>-<k>` for an
 * alias of n meaningful words at position k (see merge.ts), so the search can tell a query that names
 * a whole alias ("cors error") from one that shares a word with it ("error") or takes one word from
 * each of two aliases. Pure, for unit tests.
 */
import { isIdentifier, queryTerms } from './query-terms.ts';
import { aliasField } from './merge.ts';
import { compact } from './term-match.ts';

export interface AliasField {
  field: string;
  text: string;
}

/**
 * An alias as it is indexed: in lower case, with identifiers written without their punctuation
 * ("X-Request-ID" becomes "xrequestid"), which is how Pagefind reads them in a query. Pagefind indexes
 * a word by its parts as well, split at hyphens, dots and changes of case, so "X-Request-ID" would
 * otherwise claim "request" and "id" for the page, "HTTP/2" would claim "http" and "SQLModel" "model",
 * in every query that uses those everyday words.
 */
export function indexedAlias(alias: string): string {
  return alias
    .split(/\s+/)
    .map((token) => (isIdentifier(token) ? compact(token) : token.toLowerCase()))
    .join(' ');
}

/** One field per alias, in the order declared; an alias with no words (empty) gets none. */
export function aliasFields(aliases: readonly string[]): AliasField[] {
  return aliases.flatMap((alias, position) => {
    const words = queryTerms(alias).length;
    return words === 0 ? [] : [{ field: aliasField(words, position), text: indexedAlias(alias) }];
  });
}
