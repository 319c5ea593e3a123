/**
 * The study record of one question: everything the study tools (practice cards, mock interview,
 * Anki deck, cheat sheets) take from a page, extracted once from its MDX body. Pure: the caller
 * passes the body, the page's site path and the link builder.
 */
import { firstQuestionLink, listItems, renderBlock, renderInline, sectionMarkdown, type ToHref } from './page-sections.ts';
import type { Difficulty } from './questions.ts';

export const SECTIONS = {
  shortAnswer: 'Short answer',
  checking: 'What the interviewer is checking',
  followUps: 'Follow-up questions',
} as const;

export interface FollowUp {
  /** The follow-up question as inline HTML (links under the base), without a trailing "See [page](…)." pointer. */
  html: string;
  /** The short answer the page gives in parentheses after the question, as inline HTML, or null. */
  hint: string | null;
  /** Slug of the question page that answers it, when the bullet links one. */
  answeredBy: string | null;
}

/** What the study tools show of a page, as HTML built from its own sections. */
export interface StudySections {
  /** The `## Short answer` section as block HTML. */
  shortAnswer: string;
  /** Each bullet of `## What the interviewer is checking`, as inline HTML. */
  checking: string[];
  /** Each bullet of `## Follow-up questions`. */
  followUps: FollowUp[];
}

export interface StudyRecord extends StudySections {
  slug: string;
  title: string;
  summary: string;
  topic: string;
  difficulty: Difficulty;
  /** The question page's URL under the base. */
  url: string;
}

/**
 * A follow-up bullet without its closing pointer to the answer ("… what is? See [CSRF versus CORS](../csrf-vs-cors/)."):
 * the tools show where it is answered separately, and an interviewer would not say it.
 */
export function withoutPointer(markdown: string): string {
  return markdown.replace(/(?<=[.?!)])\s+see\s+\[[^\]]*\]\([^)]*\)\s*\.?\s*$/i, '');
}

const balanced = (text: string, open: string, close: string): boolean => text.split(open).length === text.split(close).length;

/**
 * A follow-up bullet as the question alone and the short answer some pages give in parentheses after
 * it ("… a keyset cursor? (Flip the comparison …)"), so a mock interviewer can ask the question without
 * reading out its answer. A question that is itself a link, with parentheses in its text, is not split.
 */
export function splitFollowUp(markdown: string): { question: string; hint: string | null } {
  const bare = withoutPointer(markdown);
  const match = /^(.*?\?)\s+\((.+)\)\.?$/s.exec(bare);
  if (!match || !balanced(match[1]!, '[', ']') || !balanced(match[2]!, '(', ')')) return { question: bare, hint: null };
  return { question: match[1]!, hint: match[2]! };
}

export type Extracted = { ok: true; sections: StudySections } | { ok: false; problems: string[] };

/**
 * Extracts the study sections of the page at `pagePath` (e.g. 'questions/cors/').
 * Every section must be present: a short answer with text, and at least one bullet in each list;
 * otherwise the problems are returned, one line each, for the build to report.
 */
export function extractStudySections(body: string, pagePath: string, toHref: ToHref): Extracted {
  const problems: string[] = [];
  const shortAnswer = sectionMarkdown(body, SECTIONS.shortAnswer);
  if (shortAnswer === null) problems.push(`needs a "## ${SECTIONS.shortAnswer}" section with text in it`);

  const bullets = (heading: string): string[] => {
    const section = sectionMarkdown(body, heading);
    const items = section === null ? [] : listItems(section);
    if (items.length === 0) problems.push(`needs a "## ${heading}" section with a bulleted list`);
    return items;
  };
  const checking = bullets(SECTIONS.checking);
  const followUps = bullets(SECTIONS.followUps);
  if (problems.length > 0 || shortAnswer === null) return { ok: false, problems };

  return {
    ok: true,
    sections: {
      shortAnswer: renderBlock(shortAnswer, pagePath, toHref),
      checking: checking.map((item) => renderInline(item, pagePath, toHref)),
      followUps: followUps.map((item) => {
        const { question, hint } = splitFollowUp(item);
        return { html: renderInline(question, pagePath, toHref), hint: hint === null ? null : renderInline(hint, pagePath, toHref), answeredBy: firstQuestionLink(item, pagePath) };
      }),
    },
  };
}
