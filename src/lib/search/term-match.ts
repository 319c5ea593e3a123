/**
 * Whether a page really contains a search term. Pagefind matches a word it does not know against the
 * longest indexed word that starts it, so "xylophone" finds pages with an "x" and "kittens" pages
 * with a "k". That rescues typos ("idempotnet" still finds "idempotent") but turns a nonsense word
 * into a random page. This module tells the two apart from the page's own words. Pure, for unit tests.
 */

/** Lower-case letters and digits only: "Retry-After" → "retryafter". */
export function compact(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Forms a page word can be found by: each tail of its parts, joined, so "app.dependency_overrides"
 * gives "appdependencyoverrides", "dependencyoverrides" and "overrides", and camelCase is split too.
 */
export function wordForms(word: string): string[] {
  const parts = word
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return parts.map((_, index) => parts.slice(index).join(''));
}

function sharedPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/**
 * How many leading characters a page word must share with a term: all of a short term, else at least
 * four and at least half, so a typo or another ending still counts ("paginating" and "pagination")
 * but a shared first letter or two does not.
 */
export function requiredPrefix(term: string): number {
  return term.length <= 4 ? term.length : Math.max(4, Math.ceil(term.length / 2));
}

/** Whether some word of the text is the term, starts with it, or shares a long enough start with it. */
export function textHasTerm(term: string, text: string): boolean {
  const key = compact(term);
  if (!key) return false;
  const needed = requiredPrefix(key);
  return text.split(/\s+/).some((word) => wordForms(word).some((form) => sharedPrefixLength(key, form) >= needed));
}

/**
 * Whether Pagefind also indexes a word by its parts: it has punctuation ("X-Request-ID", "model_dump",
 * "HTTP/2") or changes case inside ("SQLModel", "dependencyOverrides"). Its parts are everyday words
 * ("request", "model") that the whole word does not stand for.
 */
export function isCompound(word: string): boolean {
  return compact(word) !== word.toLowerCase() || /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u.test(word);
}
