/**
 * Mock-interview history in Web Storage, kept by the same versioned, corruption-safe functions as
 * practice progress (`../practice/storage.ts`). A module of its own so pages that only rate practice
 * cards (every question page) never load the interview code.
 */
import { PRACTICE, loadStored, updateStored, type Loaded, type StorageLike, type StoredKind } from '../practice/storage.ts';
import { migrate } from '../practice/progress.ts';
import { review } from '../practice/scheduler.ts';
import { HISTORY_VERSION, addInterview, checkInterviews, markAddedToPractice, type InterviewRecord } from './history.ts';

export const INTERVIEW_KEY = 'api-guide:interview:v1';
export const INTERVIEW_BACKUP_PREFIX = 'api-guide:interview:corrupt:';
export const INTERVIEW_NOTICE_KEY = 'api-guide:interview:notice';

export const INTERVIEWS: StoredKind<InterviewRecord[]> = {
  key: INTERVIEW_KEY,
  backupPrefix: INTERVIEW_BACKUP_PREFIX,
  noticeKey: INTERVIEW_NOTICE_KEY,
  version: HISTORY_VERSION,
  field: 'interviews',
  migrate: (data) => migrate(data, {}, HISTORY_VERSION),
  check: (value) => {
    const { interviews, problems } = checkInterviews(value);
    return { value: interviews, problems };
  },
  count: (interviews) => interviews.length,
  empty: () => [],
};

export function loadInterviews(storage: StorageLike, now: Date): Loaded<InterviewRecord[]> {
  return loadStored(storage, INTERVIEWS, now);
}

/** Saves a finished interview in the history. */
export function recordInterview(storage: StorageLike, record: InterviewRecord, now: Date): { value: InterviewRecord[]; saved: boolean } {
  return updateStored(storage, INTERVIEWS, now, (interviews) => addInterview(interviews, record));
}

/**
 * Adds an interview's grades to the practice schedule, once: each answer counts as a practice rating
 * given at `now`, and the interview is marked so a second press adds nothing. Returns how many
 * grades were added (0 when they already were, or when the interview is not in the history).
 */
export function addInterviewToPractice(storage: StorageLike, startedAt: string, now: Date): { added: number; saved: boolean } {
  const record = loadInterviews(storage, now).value.find((i) => i.startedAt === startedAt);
  if (!record || record.addedToPractice) return { added: 0, saved: true };
  const practice = updateStored(storage, PRACTICE, now, (cards) =>
    record.answers.reduce((next, answer) => ({ ...next, [answer.slug]: review(next[answer.slug], answer.rating, now) }), cards),
  );
  if (!practice.saved) return { added: 0, saved: false };
  const marked = updateStored(storage, INTERVIEWS, now, (interviews) => markAddedToPractice(interviews, startedAt));
  return { added: record.answers.length, saved: marked.saved };
}
