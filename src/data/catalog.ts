import { getCollection, type CollectionEntry } from 'astro:content';
import { compareQuestions, type QuestionMeta } from '../lib/questions.ts';

export type QuestionEntry = CollectionEntry<'questions'>;
export type Topic = CollectionEntry<'topics'>['data'];

export interface Question extends QuestionMeta {
  summary: string;
  entry: QuestionEntry;
}

/** Every question as plain metadata plus its entry, in reading order. */
export async function getQuestions(): Promise<Question[]> {
  const entries = await getCollection('questions');
  return entries
    .map((entry) => ({
      slug: entry.id,
      title: entry.data.title,
      summary: entry.data.summary,
      topic: entry.data.topic,
      tags: entry.data.tags,
      difficulty: entry.data.difficulty,
      related: entry.data.related,
      entry,
    }))
    .sort(compareQuestions);
}

/** The 14 topics in their configured order. */
export async function getTopics(): Promise<Topic[]> {
  const topics = await getCollection('topics');
  return topics.map((t) => t.data).sort((a, b) => a.order - b.order);
}

export async function getTopicNames(): Promise<Map<string, string>> {
  return new Map((await getTopics()).map((t) => [t.id, t.name]));
}

/** Topics that have questions, in order, with how many questions name each as their primary topic. */
export async function getTopicTotals(): Promise<{ id: string; name: string; total: number }[]> {
  const questions = await getQuestions();
  return (await getTopics())
    .map((t) => ({ id: t.id, name: t.name, total: questions.filter((q) => q.topic === t.id).length }))
    .filter((t) => t.total > 0);
}
