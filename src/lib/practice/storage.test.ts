import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKUP_PREFIX, NOTICE_KEY, STORAGE_KEY, addCard, loadCards, rateCard, resetCards, saveCards, takeNotice, type StorageLike } from './storage.ts';
import { review } from './scheduler.ts';

/** Web Storage over a Map; `full` and `refuseNewKeys` make writes fail as a full quota does. */
class MemoryStorage implements StorageLike {
  readonly data = new Map<string, string>();
  full = false;
  refuseNewKeys = false;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full || (this.refuseNewKeys && !this.data.has(key))) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

const now = new Date('2026-11-22T09:00:00.000Z');
const later = new Date('2026-11-23T10:00:00.000Z');
const good = review(undefined, 'good', now);

test('an empty browser loads no cards and no notice', () => {
  const storage = new MemoryStorage();
  assert.deepEqual(loadCards(storage, now), { cards: {} });
  assert.equal(takeNotice(storage), null);
  assert.equal(storage.data.size, 0);
});

test('every rating is written at once under the versioned key, keyed by slug', () => {
  const storage = new MemoryStorage();
  const result = rateCard(storage, 'idempotency', 'good', now);
  assert.equal(result.saved, true);
  assert.deepEqual(JSON.parse(storage.getItem(STORAGE_KEY)!), { version: 1, cards: { idempotency: good } });
  rateCard(storage, 'cors', 'again', now);
  rateCard(storage, 'idempotency', 'good', later);
  const { cards } = loadCards(storage, later);
  assert.deepEqual(Object.keys(cards).sort(), ['cors', 'idempotency']);
  assert.equal(cards.idempotency!.interval, 6);
  assert.equal(cards.cors!.lapses, 1);
});

test('a write re-reads storage first, so ratings from another tab are kept', () => {
  const storage = new MemoryStorage();
  rateCard(storage, 'cors', 'good', now);
  saveCards(storage, { ...loadCards(storage, now).cards, bola: good }); // the other tab
  rateCard(storage, 'idempotency', 'easy', now);
  assert.deepEqual(Object.keys(loadCards(storage, now).cards).sort(), ['bola', 'cors', 'idempotency']);
});

test('addCard puts a question in review once and never resets its schedule', () => {
  const storage = new MemoryStorage();
  addCard(storage, 'cors', now);
  assert.equal(loadCards(storage, now).cards.cors!.lastReview, null);
  rateCard(storage, 'cors', 'good', now);
  addCard(storage, 'cors', later);
  assert.deepEqual(loadCards(storage, later).cards.cors, good);
});

test('a value that is not JSON is set aside under a backup key, with a one-time notice', () => {
  const storage = new MemoryStorage();
  storage.setItem(STORAGE_KEY, '{not json');
  const result = loadCards(storage, now);
  const backupKey = `${BACKUP_PREFIX}${now.getTime()}`;
  assert.deepEqual(result.cards, {});
  assert.deepEqual(result.setAside, { backupKey, reason: 'it was not readable JSON', kept: 0 });
  assert.equal(storage.getItem(backupKey), '{not json');
  assert.equal(storage.getItem(STORAGE_KEY), null);

  assert.deepEqual(takeNotice(storage), result.setAside);
  assert.equal(takeNotice(storage), null, 'the reader is told once');
  assert.equal(loadCards(storage, later).setAside, undefined, 'the next load is clean');

  rateCard(storage, 'cors', 'good', later);
  assert.equal(Object.keys(loadCards(storage, later).cards).length, 1, 'practice goes on');
  assert.equal(storage.getItem(backupKey), '{not json', 'the backup is untouched');
});

test('an unknown or missing version is set aside, not guessed at', () => {
  for (const [raw, reason] of [
    ['{"version":2,"cards":{}}', 'it had version 2, and this guide reads version 1'],
    ['{"version":0,"cards":{}}', 'it had version 0, and this guide reads version 1'],
    ['{"cards":{}}', 'it had no version, and this guide reads version 1'],
    ['[1,2,3]', 'it had no version, and this guide reads version 1'],
    ['null', 'it had no version, and this guide reads version 1'],
  ] as const) {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, raw);
    const result = loadCards(storage, now);
    assert.equal(result.setAside?.reason, reason, raw);
    assert.equal(storage.getItem(result.setAside!.backupKey), raw);
    assert.equal(storage.getItem(STORAGE_KEY), null);
  }
});

test('invalid entries are set aside with the whole value, and the valid cards are kept', () => {
  const storage = new MemoryStorage();
  const raw = JSON.stringify({ version: 1, cards: { cors: good, bola: { ease: 'high' }, 'Not A Slug': good } });
  storage.setItem(STORAGE_KEY, raw);
  const result = loadCards(storage, now);
  assert.deepEqual(result.cards, { cors: good });
  assert.equal(result.setAside?.kept, 1);
  assert.match(result.setAside!.reason, /"bola" has an ease outside/);
  assert.match(result.setAside!.reason, /"Not A Slug" is not a question slug/);
  assert.equal(storage.getItem(result.setAside!.backupKey), raw);
  assert.deepEqual(JSON.parse(storage.getItem(STORAGE_KEY)!), { version: 1, cards: { cors: good } });
});

test('when the backup cannot be written, the original is left in place and never overwritten', () => {
  const storage = new MemoryStorage();
  storage.setItem(STORAGE_KEY, '{not json');
  storage.refuseNewKeys = true; // nearly full: overwriting fits, a new key does not
  assert.deepEqual(loadCards(storage, now), { cards: {}, stuck: 'it was not readable JSON' });
  assert.equal(storage.getItem(NOTICE_KEY), null);
  assert.equal(rateCard(storage, 'cors', 'good', now).saved, false);
  assert.equal(storage.getItem(STORAGE_KEY), '{not json');
});

test('a refused write is reported, not thrown', () => {
  const storage = new MemoryStorage();
  storage.full = true;
  assert.equal(rateCard(storage, 'cors', 'good', now).saved, false);
});

test('a damaged notice is dropped quietly', () => {
  const storage = new MemoryStorage();
  storage.setItem(NOTICE_KEY, '{oops');
  assert.equal(takeNotice(storage), null);
  assert.equal(storage.getItem(NOTICE_KEY), null);
});

test('reset deletes progress but keeps backups of set-aside data', () => {
  const storage = new MemoryStorage();
  storage.setItem(STORAGE_KEY, '{not json');
  const { setAside } = loadCards(storage, now);
  rateCard(storage, 'cors', 'good', now);
  resetCards(storage);
  assert.deepEqual(loadCards(storage, now).cards, {});
  assert.equal(storage.getItem(setAside!.backupKey), '{not json');
});

