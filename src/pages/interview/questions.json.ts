import type { APIRoute } from 'astro';
import { getStudyRecords } from '../../data/study-records.ts';
import type { InterviewQuestion } from '../../lib/interview/session.ts';

/** The mock interview's questions, fetched only by /interview/ (and cached for offline use). */
export const GET: APIRoute = async () => {
  const questions: InterviewQuestion[] = (await getStudyRecords()).map(({ slug, title, topic, difficulty, url, shortAnswer, checking, followUps }) => ({
    slug,
    title,
    topic,
    difficulty,
    url,
    answer: shortAnswer,
    checking,
    followUps,
  }));
  return new Response(JSON.stringify({ questions }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
