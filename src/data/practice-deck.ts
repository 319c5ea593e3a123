import { getStudyRecords } from './study-records.ts';
import type { DeckCard } from '../lib/practice/session.ts';

/** Every question as a flashcard: title on the front, the rendered short answer on the back. */
export async function getDeck(): Promise<DeckCard[]> {
  const records = await getStudyRecords();
  return records.map(({ slug, title, topic, difficulty, url, shortAnswer }) => ({ slug, title, topic, difficulty, url, answer: shortAnswer }));
}
