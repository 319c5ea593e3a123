/**
 * A mock interview: which questions are asked, the countdown's wording, and the report at the end.
 * Pure: randomness and time come in as arguments, so tests fix them.
 */
import { DIFFICULTIES, type Difficulty } from '../questions.ts';
import { RATINGS, type Rating } from '../practice/scheduler.ts';
import type { DeckCard } from '../practice/session.ts';
import type { FollowUp } from '../study-record.ts';
import type { InterviewAnswer } from './history.ts';

/** One question as the interview page receives it: a practice card plus what the interviewer asks next. */
export interface InterviewQuestion extends DeckCard {
  /** "What the interviewer is checking", one HTML line per point. */
  checking: string[];
  followUps: FollowUp[];
}

export interface InterviewChoice {
  topics: readonly string[];
  difficulties: readonly Difficulty[];
  count: number;
}

/** A number in [0, 1), like Math.random. */
export type Random = () => number;

/** The questions in scope, shuffled, cut to `count`, then asked from junior to senior like a real interview warms up. */
export function pickQuestions<T extends Pick<InterviewQuestion, 'topic' | 'difficulty'>>(deck: readonly T[], choice: InterviewChoice, random: Random): T[] {
  const scoped = deck.filter((q) => choice.topics.includes(q.topic) && choice.difficulties.includes(q.difficulty));
  for (let i = scoped.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [scoped[i], scoped[j]] = [scoped[j]!, scoped[i]!];
  }
  return scoped.slice(0, Math.max(0, choice.count)).sort((a, b) => DIFFICULTIES.indexOf(a.difficulty) - DIFFICULTIES.indexOf(b.difficulty));
}

/** The interviewer's next question: one of the page's follow-ups, picked at random. */
export function pickFollowUp(followUps: readonly FollowUp[], random: Random): FollowUp | null {
  if (followUps.length === 0) return null;
  return followUps[Math.min(followUps.length - 1, Math.floor(random() * followUps.length))]!;
}

/** '2:00', '0:09', '12:30'. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** '45 seconds', '1 minute', '2 minutes 30 seconds'. */
export function describeDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [];
  if (minutes > 0) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  if (rest > 0 || minutes === 0) parts.push(`${rest} second${rest === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/** Moments a screen reader hears about (never every second), from the largest. */
const CUES = [60, 30, 10, 0];

/**
 * What to announce when the countdown moves from `before` to `after` seconds left, for an answer of
 * `total` seconds: '1 minute left', '30 seconds left', '10 seconds left', 'Time is up.', or null.
 * A cue is said only if the answer was longer than it (a 45-second answer never hears '1 minute left').
 */
export function timeCue(before: number, after: number, total: number): string | null {
  const crossed = CUES.filter((cue) => cue < total && before > cue && after <= cue);
  if (crossed.length === 0) return null;
  const cue = Math.min(...crossed);
  return cue === 0 ? 'Time is up.' : `${describeDuration(cue)} left.`;
}

/** How a grade counts in the report: Again 0, Hard 1, Good 2, Easy 3 (out of 3). */
export const GRADE_POINTS: Record<Rating, number> = { again: 0, hard: 1, good: 2, easy: 3 };
const MAX_POINTS = 3;

export interface TopicResult {
  topic: string;
  questions: number;
  /** Mean grade as a share of the best, 0 to 1. */
  score: number;
  /** Checking points ticked, and available. */
  covered: number;
  points: number;
}

const share = (covered: number, points: number): number => (points === 0 ? 1 : covered / points);

/** One row per topic asked, weakest first (lowest grade, then fewest points covered). */
export function reportByTopic(answers: readonly InterviewAnswer[], topicOf: (slug: string) => string | undefined): TopicResult[] {
  const rows = new Map<string, TopicResult & { sum: number }>();
  for (const answer of answers) {
    const topic = topicOf(answer.slug);
    if (!topic) continue;
    const row = rows.get(topic) ?? { topic, questions: 0, score: 0, covered: 0, points: 0, sum: 0 };
    row.questions++;
    row.sum += GRADE_POINTS[answer.rating];
    row.covered += answer.covered;
    row.points += answer.points;
    rows.set(topic, row);
  }
  return [...rows.values()]
    .map(({ sum, ...row }) => ({ ...row, score: sum / (row.questions * MAX_POINTS) }))
    .sort((a, b) => a.score - b.score || share(a.covered, a.points) - share(b.covered, b.points) || a.topic.localeCompare(b.topic));
}

/**
 * The answers to review first: graded Again or Hard, or with fewer than half the checking points
 * covered. Weakest first; the interview order breaks ties.
 */
export function weakestAnswers(answers: readonly InterviewAnswer[]): InterviewAnswer[] {
  return answers
    .map((answer, index) => ({ answer, index }))
    .filter(({ answer }) => GRADE_POINTS[answer.rating] <= GRADE_POINTS.hard || share(answer.covered, answer.points) < 0.5)
    .sort((a, b) => GRADE_POINTS[a.answer.rating] - GRADE_POINTS[b.answer.rating] || share(a.answer.covered, a.answer.points) - share(b.answer.covered, b.answer.points) || a.index - b.index)
    .map(({ answer }) => answer);
}

export interface InterviewSummary {
  questions: number;
  tally: Record<Rating, number>;
  covered: number;
  points: number;
  /** Mean grade as a share of the best, 0 to 1. */
  score: number;
}

export function summarize(answers: readonly InterviewAnswer[]): InterviewSummary {
  const tally = Object.fromEntries(RATINGS.map((r) => [r, 0])) as Record<Rating, number>;
  let covered = 0;
  let points = 0;
  let sum = 0;
  for (const answer of answers) {
    tally[answer.rating]++;
    covered += answer.covered;
    points += answer.points;
    sum += GRADE_POINTS[answer.rating];
  }
  return { questions: answers.length, tally, covered, points, score: answers.length === 0 ? 0 : sum / (answers.length * MAX_POINTS) };
}
