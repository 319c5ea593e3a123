import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cardProblem, checkCards, mergeCards, migrate, progressByTopic, type Migrations } from './progress.ts';
import { newCard, review } from './scheduler.ts';

const monday = new Date('2026-11-23T09:00:00.000Z');
const friday = new Date('2026-11-27T09:00:00.000Z');
const good = review(undefined, 'good', monday);

test('cardProblem accepts real states and names what is wrong with others', () => {
  assert.equal(cardProblem(good), null);
  assert.equal(cardProblem(newCard(monday)), null);
  assert.equal(cardProblem('x'), 'is not an object');
  assert.equal(cardProblem({ ...good, ease: 1.2 }), 'has an ease outside 1.3–10');
  assert.equal(cardProblem({ ...good, ease: Number.NaN }), 'has an ease outside 1.3–10');
  assert.equal(cardProblem({ ...good, interval: -1 }), 'has an invalid interval (not a whole number of 0 or more)');
  assert.equal(cardProblem({ ...good, reps: 1.5 }), 'has an invalid reps (not a whole number of 0 or more)');
  assert.equal(cardProblem({ ...good, due: 'soon' }), 'has no valid due date');
  assert.equal(cardProblem({ ...good, lastReview: 42 }), 'has an invalid lastReview date');
});

test('checkCards keeps valid entries, strips unknown fields and lists the rest', () => {
  const { cards, problems } = checkCards({ cors: { ...good, extra: 'dropped' }, bola: { ease: 2 }, '../x': good });
  assert.deepEqual(cards, { cors: good });
  assert.deepEqual(problems, ['"bola" has an invalid interval (not a whole number of 0 or more)', '"../x" is not a question slug']);
  assert.deepEqual(checkCards([good]).problems, ['"cards" is not an object keyed by question slug']);
});

test('migrate passes the current version through and refuses unknown ones', () => {
  const current = { version: 1, cards: {} };
  assert.equal(migrate(current), current);
  assert.equal(migrate({ version: 2, cards: {} }), null);
  assert.equal(migrate({ version: 0, cards: {} }), null);
  assert.equal(migrate({ version: '1', cards: {} }), null);
  assert.equal(migrate('1'), null);
});

test('migrate applies each step in order up to the target version', () => {
  // A made-up history: v1 kept a list of slugs, v2 a map with a boolean, v3 the map of states.
  const migrations: Migrations = {
    1: (d) => ({ version: 2, cards: Object.fromEntries((d.slugs as string[]).map((s) => [s, true])) }),
    2: (d) => ({ version: 3, cards: Object.fromEntries(Object.keys(d.cards as object).map((s) => [s, newCard(monday)])) }),
  };
  assert.deepEqual(migrate({ version: 1, slugs: ['cors'] }, migrations, 3), { version: 3, cards: { cors: newCard(monday) } });
  assert.deepEqual(migrate({ version: 2, cards: { bola: true } }, migrations, 3), { version: 3, cards: { bola: newCard(monday) } });
  assert.equal(migrate({ version: 1, slugs: [] }, { 1: migrations[1]! }, 3), null, 'no step from 2 to 3');
});

test('mergeCards keeps the more recently reviewed state of each slug', () => {
  const older = review(undefined, 'good', monday);
  const newer = review(undefined, 'again', friday);
  const added = newCard(friday);
  const result = mergeCards({ cors: older, bola: newer, jwt: older }, { cors: newer, bola: older, oauth2: older, jwt: added });
  assert.deepEqual(result.cards, { cors: newer, bola: newer, jwt: older, oauth2: older });
  assert.deepEqual({ added: result.added, updated: result.updated, unchanged: result.unchanged }, { added: 1, updated: 1, unchanged: 2 });
});

test('on equal review times the current state stays', () => {
  const mine = review(undefined, 'good', monday);
  const theirs = review(undefined, 'easy', monday);
  assert.deepEqual(mergeCards({ cors: mine }, { cors: theirs }).cards, { cors: mine });
});

test('progressByTopic counts seen, due and mastered cards per topic', () => {
  let mastered = review(undefined, 'good', monday);
  for (let i = 0; i < 3; i++) mastered = review(mastered, 'good', monday);
  const cards = { cors: good, bola: newCard(monday), idempotency: mastered, gone: good };
  const topicOf = { cors: 'security', bola: 'security', idempotency: 'http' };
  const totals = progressByTopic(cards, topicOf, friday);
  assert.deepEqual(Object.fromEntries(totals), {
    security: { seen: 2, due: 2, mastered: 0 },
    http: { seen: 1, due: 0, mastered: 1 },
  });
  assert.deepEqual(progressByTopic(cards, topicOf, monday).get('security'), { seen: 2, due: 1, mastered: 0 });
});
