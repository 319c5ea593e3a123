import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import topics from '../content/topics.json';
import { DIFFICULTIES } from './lib/questions.ts';
import { questionsLoader } from './loaders/questions-loader.ts';
import { SUMMARY_MAX_CHARS, SUMMARY_MIN_CHARS } from './lib/editorial-rules.ts';

const topicIds = topics.map((topic) => topic.id) as [string, ...string[]];
const topicId = z.enum(topicIds, { error: `must be one of the topic ids in content/topics.json: ${topicIds.join(', ')}` });

const questions = defineCollection({
  loader: questionsLoader(),
  schema: z
    .object({
      title: z.string().min(10),
      summary: z.string().min(SUMMARY_MIN_CHARS).max(SUMMARY_MAX_CHARS),
      /** Words readers type for this page that its text may not use: everyday phrasings, abbreviations. Search only. */
      aliases: z.array(z.string().trim().min(2).max(60)).max(12).default([]),
      topic: topicId,
      tags: z.array(topicId).default([]),
      difficulty: z.enum(DIFFICULTIES),
      related: z.array(z.string()).default([]),
      sources: z.array(z.object({ title: z.string().min(3), url: z.url() })).min(1),
      updated: z.coerce.date(),
    })
    .strict(),
});

const topicsCollection = defineCollection({
  loader: file('content/topics.json'),
  schema: z.object({
    id: z.string(),
    order: z.number().int(),
    name: z.string(),
    description: z.string().min(40),
  }),
});

export const collections = { questions, topics: topicsCollection };
