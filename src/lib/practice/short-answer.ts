/**
 * The back of a flashcard: a page's `## Short answer` section, rendered to HTML at build time.
 * Links in it are written relative to the question page (`../etags-conditional-requests/`), so
 * they are resolved against that page and turned into site paths under the base.
 */
import { Marked, type Tokens } from 'marked';

/** The markdown between `## Short answer` and the next `##` heading, outside code fences. */
export function shortAnswerSection(body: string): string | null {
  const lines = body.split(/\r?\n/);
  let inFence = false;
  let start = -1;
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || !/^##\s/.test(line)) continue;
    if (start === -1) {
      if (/^##\s+Short answer\s*$/i.test(line)) start = i + 1;
    } else {
      end = i;
      break;
    }
  }
  if (start === -1) return null;
  const section = lines.slice(start, end).join('\n').trim();
  return section === '' ? null : section;
}

/**
 * Resolves a link found on the page at `pagePath` (a site path such as 'questions/cors/').
 * Returns the site path for an internal link, or null for an absolute URL to leave alone.
 */
export function resolveSitePath(link: string, pagePath: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) return null;
  const origin = 'https://site.invalid';
  const resolved = new URL(link, `${origin}/${pagePath.replace(/^\/+/, '')}`);
  return `${resolved.pathname.slice(1)}${resolved.search}${resolved.hash}`;
}

/**
 * Renders the short answer of the page at `pagePath` to HTML, with internal links made absolute
 * by `toHref` (the site's base-aware `href`). Returns null when the page has no short answer.
 */
export function renderShortAnswer(body: string, pagePath: string, toHref: (sitePath: string) => string): string | null {
  const section = shortAnswerSection(body);
  if (section === null) return null;
  const marked = new Marked({
    gfm: true,
    async: false,
    walkTokens(token) {
      if (token.type !== 'link' && token.type !== 'image') return;
      const link = token as Tokens.Link | Tokens.Image;
      const sitePath = resolveSitePath(link.href, pagePath);
      if (sitePath !== null) link.href = toHref(sitePath);
    },
  });
  return (marked.parse(section) as string).trim();
}
