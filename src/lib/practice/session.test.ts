import { test } from 'node:test';
import assert from 'node:assert/strict';
import { advance, countChoices, pickCards, startRound, type DeckCard, type RoundChoice } from './session.ts';
import { DAY_MS, newCard, review } from './scheduler.ts';

const now = new Date('2026-11-22T09:00:00.000Z');
const card = (slug: string, topic: string, difficulty: DeckCard['difficulty']): DeckCard => ({ slug, title: slug, topic, difficulty, url: `/q/${slug}/`, answer: '<p>…</p>' });
const deck = [card('a', 'http', 'junior'), card('b', 'http', 'mid'), card('c', 'security', 'mid'), card('d', 'http', 'senior'), card('e', 'security', 'junior')];
const all: RoundChoice = { topics: ['http', 'security'], difficulties: ['junior', 'mid', 'senior'], mode: 'due', limit: 0 };
const twoDaysAgo = new Date(now.getTime() - 2 * DAY_MS);
const cards = {
  a: review(undefined, 'good', new Date(now.getTime() - DAY_MS)), // due exactly now
  b: review(undefined, 'good', now), // due tomorrow
  c: review(undefined, 'good', twoDaysAgo), // due yesterday
  e: newCard(now), // added, due now
};

test('due cards come most overdue first; new cards are the ones never added or rated', () => {
  assert.deepEqual(pickCards(deck, cards, all, now).map((c) => c.slug), ['c', 'a', 'e']);
  assert.deepEqual(pickCards(deck, cards, { ...all, mode: 'new' }, now).map((c) => c.slug), ['d']);
  assert.deepEqual(pickCards(deck, {}, { ...all, mode: 'new' }, now).map((c) => c.slug), ['a', 'b', 'c', 'd', 'e']);
});

test('topics, difficulties and the limit narrow the round', () => {
  assert.deepEqual(pickCards(deck, cards, { ...all, topics: ['http'] }, now).map((c) => c.slug), ['a']);
  assert.deepEqual(pickCards(deck, cards, { ...all, difficulties: ['junior'] }, now).map((c) => c.slug), ['a', 'e']);
  assert.deepEqual(pickCards(deck, {}, { ...all, mode: 'new', limit: 2 }, now).map((c) => c.slug), ['a', 'b']);
  assert.deepEqual(pickCards(deck, cards, { ...all, topics: [] }, now), []);
});

test('countChoices counts due and new cards in scope', () => {
  assert.deepEqual(countChoices(deck, cards, all, now), { due: 3, new: 1 });
  assert.deepEqual(countChoices(deck, cards, { topics: ['http'], difficulties: ['mid', 'senior'] }, now), { due: 0, new: 1 });
  assert.deepEqual(countChoices(deck, cards, all, new Date(now.getTime() + DAY_MS)), { due: 4, new: 1 });
});

test('a round moves through its queue; Again sends the card to the back', () => {
  let round = startRound(['a', 'b', 'c']);
  round = advance(round, 'good');
  assert.deepEqual(round.queue, ['b', 'c']);
  round = advance(round, 'again');
  assert.deepEqual(round.queue, ['c', 'b']);
  round = advance(round, 'easy');
  round = advance(round, 'hard');
  assert.deepEqual(round.queue, []);
  assert.equal(round.rated, 4);
  assert.deepEqual(round.tally, { again: 1, hard: 1, good: 1, easy: 1 });
  assert.equal(advance(round, 'good'), round, 'an empty round stays as it is');
});
