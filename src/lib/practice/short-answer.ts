/**
 * The back of a flashcard: a page's `## Short answer` section, rendered to HTML at build time.
 * The section reading and link handling live in `../page-sections.ts`, shared with the other
 * study tools (mock interview, Anki deck, cheat sheets).
 */
import { renderBlock, resolveSitePath, sectionMarkdown, type ToHref } from '../page-sections.ts';

export { resolveSitePath };

/** The markdown between `## Short answer` and the next `##` heading, outside code fences. */
export function shortAnswerSection(body: string): string | null {
  return sectionMarkdown(body, 'Short answer');
}

/**
 * Renders the short answer of the page at `pagePath` to HTML, with internal links made absolute
 * by `toHref` (the site's base-aware `href`). Returns null when the page has no short answer.
 */
export function renderShortAnswer(body: string, pagePath: string, toHref: ToHref): string | null {
  const section = shortAnswerSection(body);
  return section === null ? null : renderBlock(section, pagePath, toHref);
}
