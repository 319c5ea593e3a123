/** Which questions a cheat sheet holds and in what order. Pure. */
import { compareQuestions, type QuestionMeta } from './questions.ts';

export interface SheetTopic {
  id: string;
  name: string;
}

export interface SheetSection<T> {
  topic: SheetTopic;
  questions: T[];
}

/**
 * The sections of a cheat sheet: one per topic (in the given topic order) with that topic's primary
 * questions in reading order. Topics without questions are left out, so no sheet has an empty heading.
 */
export function sheetSections<T extends Pick<QuestionMeta, 'topic' | 'difficulty' | 'title' | 'slug'>>(topics: readonly SheetTopic[], questions: readonly T[]): SheetSection<T>[] {
  return topics
    .map((topic) => ({ topic, questions: questions.filter((q) => q.topic === topic.id).sort(compareQuestions) }))
    .filter((section) => section.questions.length > 0);
}

/** Site path of a topic's cheat sheet, or of the one for every topic. */
export const cheatSheetPath = (topic?: string): string => (topic ? `cheatsheets/${topic}/` : 'cheatsheets/');
