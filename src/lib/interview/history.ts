/**
 * Mock-interview history: the finished interviews a reader has done, as plain JSON, and how to check
 * one read from storage. Pure: no storage, no DOM, no clock. Stored by `../practice/storage.ts`
 * beside practice progress, with the same versioning and corruption handling.
 */
import { RATINGS, type Rating } from '../practice/scheduler.ts';

export const HISTORY_VERSION = 1;
/** Older interviews beyond this many are dropped, so the history never outgrows storage. */
export const MAX_INTERVIEWS = 50;

export interface InterviewAnswer {
  slug: string;
  /** The reader's self-grade, on the practice scale. */
  rating: Rating;
  /** Checking points the reader ticked, and how many the question has. */
  covered: number;
  points: number;
}

export interface InterviewRecord {
  /** When the interview started (ISO 8601); also its id. */
  startedAt: string;
  finishedAt: string;
  /** Time allowed per answer, or null for no limit. */
  secondsPerAnswer: number | null;
  answers: InterviewAnswer[];
  /** True once its grades were added to the practice schedule (so they are never added twice). */
  addedToPractice: boolean;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isInstant = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

function answerProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'an answer is not an object';
  if (typeof value.slug !== 'string' || !SLUG.test(value.slug)) return 'an answer has no question slug';
  if (!(RATINGS as readonly unknown[]).includes(value.rating)) return `the answer to "${value.slug}" has an unknown grade`;
  if (!isCount(value.covered) || !isCount(value.points) || value.covered > value.points) return `the answer to "${value.slug}" has invalid checking-point counts`;
  return null;
}

/** Why a stored interview is unusable, or null when it is fine. */
export function interviewProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'is not an object';
  if (!isInstant(value.startedAt) || !isInstant(value.finishedAt)) return 'has an invalid start or finish time';
  if (value.secondsPerAnswer !== null && !(isCount(value.secondsPerAnswer) && value.secondsPerAnswer > 0)) return 'has an invalid time per answer';
  if (typeof value.addedToPractice !== 'boolean') return 'does not say whether it was added to practice';
  if (!Array.isArray(value.answers) || value.answers.length === 0) return 'has no answers';
  for (const answer of value.answers) {
    const problem = answerProblem(answer);
    if (problem) return `has a bad answer (${problem})`;
  }
  return null;
}

function clean(record: InterviewRecord): InterviewRecord {
  const { startedAt, finishedAt, secondsPerAnswer, addedToPractice } = record;
  const answers = record.answers.map(({ slug, rating, covered, points }) => ({ slug, rating, covered, points }));
  return { startedAt, finishedAt, secondsPerAnswer, answers, addedToPractice };
}

export interface CheckedInterviews {
  interviews: InterviewRecord[];
  /** One line per interview that was left out. */
  problems: string[];
}

/** Splits an untrusted `interviews` array into the valid interviews and a description of the rest. */
export function checkInterviews(value: unknown): CheckedInterviews {
  if (!Array.isArray(value)) return { interviews: [], problems: ['"interviews" is not a list'] };
  const interviews: InterviewRecord[] = [];
  const problems: string[] = [];
  value.forEach((entry, index) => {
    const problem = interviewProblem(entry);
    if (problem) problems.push(`interview ${index + 1} ${problem}`);
    else interviews.push(clean(entry as InterviewRecord));
  });
  return { interviews, problems };
}

/** Adds a finished interview (replacing one with the same start time), keeping the newest `MAX_INTERVIEWS`. */
export function addInterview(interviews: readonly InterviewRecord[], record: InterviewRecord): InterviewRecord[] {
  const others = interviews.filter((i) => i.startedAt !== record.startedAt);
  return [...others, record].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt)).slice(-MAX_INTERVIEWS);
}

/** Marks the interview that started at `startedAt` as added to the practice schedule. */
export function markAddedToPractice(interviews: readonly InterviewRecord[], startedAt: string): InterviewRecord[] {
  return interviews.map((i) => (i.startedAt === startedAt ? { ...i, addedToPractice: true } : i));
}
