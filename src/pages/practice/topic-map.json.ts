import type { APIRoute } from 'astro';
import { getQuestions } from '../../data/catalog.ts';

/**
 * Question slug → topic id, for the progress summaries on the home page and topic hubs.
 * Fetched only when the reader has practice progress, so new readers never download it.
 */
export const GET: APIRoute = async () => {
  const questions = await getQuestions();
  const topicOf = Object.fromEntries(questions.map((q) => [q.slug, q.topic]));
  return new Response(JSON.stringify(topicOf), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
