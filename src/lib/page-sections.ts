/**
 * Reading the fixed sections of a question page's MDX body (`## Short answer`, `## What the
 * interviewer is checking`, `## Follow-up questions`, ...) and rendering them to HTML at build time.
 * Links in a page are written relative to it (`../etags-conditional-requests/`), so they are
 * resolved against the page and handed to `toHref` (the site's base-aware `href`).
 */
import { Marked, type Token, type Tokens } from 'marked';

/** Turns a site path ('questions/cors/#x') into the URL to print in the HTML. */
export type ToHref = (sitePath: string) => string;

/** The markdown between `## <heading>` and the next `##` heading, outside code fences; null when absent or empty. */
export function sectionMarkdown(body: string, heading: string): string | null {
  const lines = body.split(/\r?\n/);
  const wanted = heading.trim().toLowerCase();
  let inFence = false;
  let start = -1;
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || !/^##\s/.test(line)) continue;
    if (start === -1) {
      if (line.replace(/^##\s+/, '').trim().toLowerCase() === wanted) start = i + 1;
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

/** A markdown renderer whose internal links are resolved against `pagePath` and passed through `toHref`. */
function rendererFor(pagePath: string, toHref: ToHref): Marked {
  return new Marked({
    gfm: true,
    async: false,
    walkTokens(token) {
      if (token.type !== 'link' && token.type !== 'image') return;
      const link = token as Tokens.Link | Tokens.Image;
      const sitePath = resolveSitePath(link.href, pagePath);
      if (sitePath !== null) link.href = toHref(sitePath);
    },
  });
}

/** Block markdown (paragraphs, lists) to HTML. */
export function renderBlock(markdown: string, pagePath: string, toHref: ToHref): string {
  return (rendererFor(pagePath, toHref).parse(markdown) as string).trim();
}

/** One line of markdown to inline HTML (no wrapping paragraph). */
export function renderInline(markdown: string, pagePath: string, toHref: ToHref): string {
  return (rendererFor(pagePath, toHref).parseInline(markdown) as string).trim();
}

/** The markdown of each top-level bullet of the first list in `markdown`; empty when there is no list. */
export function listItems(markdown: string): string[] {
  const list = new Marked({ gfm: true }).lexer(markdown).find((token: Token): token is Tokens.List => token.type === 'list');
  return list ? list.items.map((item) => item.text.replace(/\s*\n\s*/g, ' ').trim()) : [];
}

/** Every link target in a line of markdown, in order. */
export function linkTargets(markdown: string): string[] {
  const targets: string[] = [];
  new Marked({ gfm: true }).lexer(markdown, {}).forEach(function visit(token: Token): void {
    if (token.type === 'link') targets.push((token as Tokens.Link).href);
    for (const child of (token as { tokens?: Token[] }).tokens ?? []) visit(child);
  });
  return targets;
}

/** The slug of the first other question page that a line of markdown on `pagePath` links to, if any. */
export function firstQuestionLink(markdown: string, pagePath: string): string | null {
  for (const target of linkTargets(markdown)) {
    const sitePath = resolveSitePath(target, pagePath);
    const slug = sitePath?.match(/^questions\/([a-z0-9-]+)\/(?:[?#].*)?$/)?.[1];
    if (slug && `questions/${slug}/` !== pagePath) return slug;
  }
  return null;
}
