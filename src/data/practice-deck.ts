import { getQuestions } from './catalog.ts';
import { href, questionHref } from '../lib/href.ts';
import { renderShortAnswer } from '../lib/practice/short-answer.ts';
import type { DeckCard } from '../lib/practice/session.ts';

/** Every question as a flashcard: title on the front, the rendered short answer on the back. */
export async function getDeck(): Promise<DeckCard[]> {
  const questions = await getQuestions();
  return questions.map((q) => {
    const answer = renderShortAnswer(q.entry.body ?? '', `questions/${q.slug}/`, href);
    if (answer === null) {
      throw new Error(`${q.entry.filePath}: practice cards need a "## Short answer" section with text in it.`);
    }
    return { slug: q.slug, title: q.title, topic: q.topic, difficulty: q.difficulty, url: questionHref(q.slug), answer };
  });
}
