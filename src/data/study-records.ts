import { getQuestions } from './catalog.ts';
import { href, questionHref } from '../lib/href.ts';
import { extractStudySections, type StudyRecord } from '../lib/study-record.ts';

let records: Promise<StudyRecord[]> | undefined;

async function build(): Promise<StudyRecord[]> {
  const questions = await getQuestions();
  return questions.map((q) => {
    const extracted = extractStudySections(q.entry.body ?? '', `questions/${q.slug}/`, href);
    if (!extracted.ok) {
      throw new Error(`${q.entry.filePath}: the study tools (practice, mock interview, Anki deck, cheat sheets) read this page, and it ${extracted.problems.join('; it ')}.`);
    }
    const { slug, title, summary, topic, difficulty } = q;
    return { slug, title, summary, topic, difficulty, url: questionHref(slug), ...extracted.sections };
  });
}

/**
 * One study record per question, in reading order: the single place where the practice deck, the
 * mock interview, the Anki deck and the cheat sheets get a page's short answer, the points the
 * interviewer is checking and its follow-up questions. Built once per build; in `astro dev` on every
 * call, so an edited page shows at once.
 */
export function getStudyRecords(): Promise<StudyRecord[]> {
  if (import.meta.env.DEV) return build();
  records ??= build();
  return records;
}
