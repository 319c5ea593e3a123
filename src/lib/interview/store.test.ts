import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INTERVIEWS, INTERVIEW_BACKUP_PREFIX, INTERVIEW_KEY, addInterviewToPractice, loadInterviews, recordInterview } from './store.ts';
import { loadCards, rateCard, takeNotice, takeStoredNotice, type StorageLike } from '../practice/storage.ts';
import { review } from '../practice/scheduler.ts';
import type { InterviewRecord } from './history.ts';

/** Web Storage over a Map; `full` makes writes fail as a full quota does. */
class MemoryStorage implements StorageLike {
  readonly data = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

const now = new Date('2026-11-22T09:00:00.000Z');
const later = new Date('2026-11-23T10:00:00.000Z');

// Interview history goes through the practice storage functions: same versioning, same backups.

const interview = (startedAt: string, extra: Partial<InterviewRecord> = {}): InterviewRecord => ({
  startedAt,
  finishedAt: startedAt,
  secondsPerAnswer: 120,
  answers: [
    { slug: 'cors', rating: 'good', covered: 3, points: 4 },
    { slug: 'bola', rating: 'again', covered: 0, points: 3 },
  ],
  addedToPractice: false,
  ...extra,
});

test('interviews are kept under their own versioned key, beside practice progress', () => {
  const storage = new MemoryStorage();
  rateCard(storage, 'idempotency', 'good', now);
  assert.equal(recordInterview(storage, interview(now.toISOString()), now).saved, true);
  assert.deepEqual(JSON.parse(storage.getItem(INTERVIEW_KEY)!), { version: 1, interviews: [interview(now.toISOString())] });
  assert.deepEqual(Object.keys(loadCards(storage, now).cards), ['idempotency'], 'practice progress is untouched');
  assert.equal(loadInterviews(storage, now).value.length, 1);
});

test('damaged interview history is backed up and reported like practice progress, valid interviews kept', () => {
  const storage = new MemoryStorage();
  const raw = JSON.stringify({ version: 1, interviews: [interview(now.toISOString()), { startedAt: 'yesterday' }] });
  storage.setItem(INTERVIEW_KEY, raw);
  const loaded = loadInterviews(storage, now);
  assert.equal(loaded.value.length, 1);
  assert.equal(loaded.setAside?.backupKey, `${INTERVIEW_BACKUP_PREFIX}${now.getTime()}`);
  assert.match(loaded.setAside!.reason, /interview 2 has an invalid start or finish time/);
  assert.equal(storage.getItem(loaded.setAside!.backupKey), raw);
  assert.deepEqual(takeStoredNotice(storage, INTERVIEWS), loaded.setAside);
  assert.equal(takeNotice(storage), null, 'the practice notice is separate');

  storage.setItem(INTERVIEW_KEY, '{"version":3,"interviews":[]}');
  assert.equal(loadInterviews(storage, later).setAside?.reason, 'it had version 3, and this guide reads version 1');
});

test('an interview feeds the practice schedule once', () => {
  const storage = new MemoryStorage();
  const started = now.toISOString();
  recordInterview(storage, interview(started), now);
  assert.deepEqual(addInterviewToPractice(storage, started, later), { added: 2, saved: true });
  const { cards } = loadCards(storage, later);
  assert.deepEqual(cards.cors, review(undefined, 'good', later));
  assert.equal(cards.bola!.lapses, 1);
  assert.equal(loadInterviews(storage, later).value[0]!.addedToPractice, true);

  assert.deepEqual(addInterviewToPractice(storage, started, later), { added: 0, saved: true }, 'a second press adds nothing');
  assert.equal(loadCards(storage, later).cards.cors!.reviews, 1);
  assert.deepEqual(addInterviewToPractice(storage, 'not-an-interview', later), { added: 0, saved: true });
});

test('a refused practice write leaves the interview unmarked, so it can be tried again', () => {
  const storage = new MemoryStorage();
  const started = now.toISOString();
  recordInterview(storage, interview(started), now);
  storage.full = true;
  assert.deepEqual(addInterviewToPractice(storage, started, later), { added: 0, saved: false });
  storage.full = false;
  assert.equal(loadInterviews(storage, later).value[0]!.addedToPractice, false);
});
