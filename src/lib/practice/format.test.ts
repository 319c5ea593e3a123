import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeDue, describeInterval, describeTally, plural } from './format.ts';
import { DAY_MS, review } from './scheduler.ts';

test('describeInterval reads naturally from a round to years', () => {
  assert.equal(describeInterval(0), 'later in this round');
  assert.equal(describeInterval(1), 'tomorrow');
  assert.equal(describeInterval(6), 'in 6 days');
  assert.equal(describeInterval(30), 'in 30 days');
  assert.equal(describeInterval(31), 'in 1 month');
  assert.equal(describeInterval(95), 'in 3 months');
  assert.equal(describeInterval(400), 'in 1.1 years');
});

test('describeDue counts whole days ahead of the injected clock', () => {
  const now = new Date('2026-11-22T09:00:00.000Z');
  const card = review(undefined, 'good', now);
  assert.equal(describeDue(card, now), 'due tomorrow');
  assert.equal(describeDue(card, new Date(now.getTime() + DAY_MS)), 'due now');
  assert.equal(describeDue(review(undefined, 'again', now), now), 'due now');
});

test('describeTally and plural', () => {
  assert.equal(describeTally({ again: 2, hard: 0, good: 5, easy: 1 }), '2 Again, 5 Good, 1 Easy');
  assert.equal(plural(1, 'card'), '1 card');
  assert.equal(plural(0, 'card'), '0 cards');
});
