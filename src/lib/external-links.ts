/**
 * External references of the question pages, for the scheduled source-link check
 * (scripts/check-sources.mjs): which URLs a page cites, and what an HTTP answer means for a citation.
 */

/** Every distinct http(s) URL in a page's text (frontmatter sources and links in the body), in order. */
export function externalUrls(pageText: string): string[] {
  const found = new Set<string>();
  for (const match of pageText.matchAll(/https?:\/\/[^\s)"'<>\]`]+/g)) {
    const url = match[0].replace(/[.,;:]+$/, '');
    if (/^https?:\/\/(localhost|127\.0\.0\.1|test|example\.(com|org))([:/]|$)/.test(url)) continue;
    found.add(url);
  }
  return [...found];
}

export type LinkVerdict = 'ok' | 'broken' | 'unknown';

/**
 * What a final HTTP status (after redirects) says about a cited page: 2xx is fine; 404 and 410
 * mean the page is gone; 401, 403, 429 and 5xx say more about the host's mood than the page, so
 * they are reported but do not fail the check.
 */
export function verdictFor(status: number): LinkVerdict {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 404 || status === 410 || (status >= 400 && status < 500 && ![401, 403, 429].includes(status))) return 'broken';
  return 'unknown';
}

/** The same URL without its #fragment, so one fetch serves every anchor of a document. */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
