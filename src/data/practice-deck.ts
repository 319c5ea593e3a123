import { getStudyRecords } from './study-records.ts';
import type { DeckCard } from '../lib/practice/session.ts';
import type { StudyRecord } from '../lib/study-record.ts';

/** A question as a flashcard: title on the front, the rendered short answer on the back. */
export function deckCard({ slug, title, topic, difficulty, url, shortAnswer }: StudyRecord): DeckCard {
  return { slug, title, topic, difficulty, url, answer: shortAnswer };
}

/** Every question as a flashcard. */
export async function getDeck(): Promise<DeckCard[]> {
  return (await getStudyRecords()).map(deckCard);
}
