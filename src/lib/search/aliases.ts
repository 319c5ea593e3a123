/**
 * A page's search aliases as Pagefind metadata fields, one per alias, named `aliases-<n>-<k>` for an
 * alias of n meaningful words at position k, and `aliases-<n>-<k>-code` when every word of it is a
 * compound identifier such as `model_dump` (see merge.ts). So the search can tell a query that names
 * a whole alias ("cors error") from one that shares a word with it ("error"), takes one word from each
 * of two aliases, or types a word that an identifier merely starts with ("model"). Pure, for unit tests.
 */
import { queryTerms } from './query-terms.ts';
import { aliasField } from './merge.ts';
import { isCompound } from './term-match.ts';

export interface AliasField {
  field: string;
  text: string;
}

/**
 * An alias as it is indexed: its meaningful words (as a query would search them) in lower case, with
 * identifiers written without their punctuation ("X-Request-ID" becomes "xrequestid"; "model_dump"
 * keeps its underscore), which is how Pagefind reads them in a query. Pagefind indexes a word by its parts as well, split at hyphens, dots
 * and changes of case, so "X-Request-ID" would otherwise claim "request" and "id" for the page,
 * "HTTP/2" would claim "http" and "SQLModel" "model", in every query that uses those everyday words;
 * and filler such as "vs" would be matched by queries made only of filler ("who you are vs what you do").
 */
export function indexedAlias(alias: string): string {
  return queryTerms(alias)
    .map((term) => (term.kind === 'identifier' ? asPagefindReadsIt(term.text) : term.text.toLowerCase()))
    .join(' ');
}

/** An identifier as Pagefind's query parser reads it: lower case, punctuation dropped except "_". */
function asPagefindReadsIt(identifier: string): string {
  return identifier.toLowerCase().replace(/[^\p{L}\p{N}_]/gu, '');
}

/** One field per alias, in the order declared; an alias with no words (empty) gets none. */
export function aliasFields(aliases: readonly string[]): AliasField[] {
  return aliases.flatMap((alias, position) => {
    const terms = queryTerms(alias);
    if (terms.length === 0) return [];
    const code = terms.every((term) => term.kind === 'identifier' && isCompound(term.text));
    return [{ field: aliasField(terms.length, position, code), text: indexedAlias(alias) }];
  });
}
