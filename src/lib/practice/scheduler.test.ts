import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY_MS, isDue, isMastered, newCard, review, type CardState, type Rating } from './scheduler.ts';

const start = new Date('2026-11-22T09:00:00.000Z');

/** Rates a new card with each rating in turn, each review on the day the card falls due. */
function run(ratings: Rating[]): CardState[] {
  const states: CardState[] = [];
  let card: CardState | undefined;
  let now = start;
  for (const rating of ratings) {
    card = review(card, rating, now);
    states.push(card);
    now = new Date(card.due);
  }
  return states;
}

const intervals = (states: CardState[]) => states.map((s) => s.interval);
const eases = (states: CardState[]) => states.map((s) => s.ease);

test('Good every time gives the classic SM-2 intervals: 1, 6, then times 2.5', () => {
  const states = run(['good', 'good', 'good', 'good', 'good']);
  assert.deepEqual(intervals(states), [1, 6, 15, 38, 95]);
  assert.deepEqual(eases(states), [2.5, 2.5, 2.5, 2.5, 2.5]);
  assert.deepEqual(states.map((s) => s.reps), [1, 2, 3, 4, 5]);
});

test('Easy raises the ease by 0.1 each time, so intervals grow faster', () => {
  const states = run(['easy', 'easy', 'easy', 'easy']);
  assert.deepEqual(intervals(states), [1, 6, 16, 45]);
  assert.deepEqual(eases(states), [2.6, 2.7, 2.8, 2.9]);
});

test('Hard passes but lowers the ease by 0.14 each time', () => {
  const states = run(['hard', 'hard', 'hard', 'hard']);
  assert.deepEqual(intervals(states), [1, 6, 13, 27]);
  assert.deepEqual(eases(states), [2.36, 2.22, 2.08, 1.94]);
});

test('Again makes the card due at once, restarts the run and counts a lapse', () => {
  const states = run(['good', 'good', 'good', 'again', 'good', 'good', 'good']);
  assert.deepEqual(intervals(states), [1, 6, 15, 0, 1, 6, 13]);
  assert.deepEqual(eases(states), [2.5, 2.5, 2.5, 2.18, 2.18, 2.18, 2.18]);
  assert.deepEqual(states.map((s) => s.lapses), [0, 0, 0, 1, 1, 1, 1]);
  assert.deepEqual(states.map((s) => s.reviews), [1, 2, 3, 4, 5, 6, 7]);
});

test('the ease never drops below 1.3', () => {
  const states = run(['again', 'again', 'again', 'again', 'again', 'good', 'good', 'good']);
  assert.deepEqual(eases(states), [2.18, 1.86, 1.54, 1.3, 1.3, 1.3, 1.3, 1.3]);
  assert.deepEqual(intervals(states), [0, 0, 0, 0, 0, 1, 6, 8]);
});

test('due dates are the review time plus the interval in whole days', () => {
  const first = review(undefined, 'good', start);
  assert.equal(first.lastReview, '2026-11-22T09:00:00.000Z');
  assert.equal(first.due, '2026-11-23T09:00:00.000Z');
  const late = new Date('2026-11-25T18:30:00.000Z'); // reviewed two and a half days late
  const second = review(first, 'good', late);
  assert.equal(second.due, new Date(late.getTime() + 6 * DAY_MS).toISOString());
  const failed = review(second, 'again', late);
  assert.equal(failed.due, late.toISOString());
});

test('isDue follows the injected clock to the millisecond', () => {
  const card = review(undefined, 'good', start);
  assert.equal(isDue(card, new Date(start.getTime() + DAY_MS - 1)), false);
  assert.equal(isDue(card, new Date(start.getTime() + DAY_MS)), true);
  assert.equal(isDue(card, new Date(start.getTime() + 30 * DAY_MS)), true);
});

test('a card added to review is due now and has never been rated', () => {
  const card = newCard(start);
  assert.deepEqual(card, { ease: 2.5, interval: 0, reps: 0, lapses: 0, reviews: 0, due: start.toISOString(), lastReview: null });
  assert.equal(isDue(card, start), true);
  assert.deepEqual(review(card, 'good', start), review(undefined, 'good', start));
});

test('a card is mastered once its interval reaches 21 days', () => {
  const states = run(['good', 'good', 'good', 'good']);
  assert.deepEqual(states.map(isMastered), [false, false, false, true]);
  assert.equal(isMastered(run(['good', 'good', 'good', 'good', 'again'])[4]!), false);
});
