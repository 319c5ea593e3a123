import type { APIRoute } from 'astro';
import { deckCard } from '../../data/practice-deck.ts';
import { getStudyRecords } from '../../data/study-records.ts';
import type { InterviewQuestion } from '../../lib/interview/session.ts';

/** The mock interview's questions, fetched only by /interview/ (and cached for offline use). */
export const GET: APIRoute = async () => {
  const questions: InterviewQuestion[] = (await getStudyRecords()).map((record) => ({
    ...deckCard(record),
    checking: record.checking,
    followUps: record.followUps,
  }));
  return new Response(JSON.stringify({ questions }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
