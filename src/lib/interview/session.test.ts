import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeDuration, formatClock, pickFollowUp, pickQuestions, reportByTopic, summarize, timeCue, weakestAnswers } from './session.ts';
import type { InterviewAnswer } from './history.ts';
import type { Difficulty } from '../questions.ts';

/** A repeatable stand-in for Math.random (a linear congruential generator). */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const q = (slug: string, topic: string, difficulty: Difficulty) => ({ slug, topic, difficulty });
const deck = [
  q('s1', 'http', 'senior'),
  q('j1', 'http', 'junior'),
  q('m1', 'auth', 'mid'),
  q('j2', 'auth', 'junior'),
  q('m2', 'http', 'mid'),
  q('x1', 'testing', 'junior'),
];

test('pickQuestions keeps to the chosen topics and levels, asks each once, junior first', () => {
  const picked = pickQuestions(deck, { topics: ['http', 'auth'], difficulties: ['junior', 'mid', 'senior'], count: 4 }, seeded(7));
  assert.equal(picked.length, 4);
  assert.equal(new Set(picked.map((p) => p.slug)).size, 4);
  assert.ok(picked.every((p) => p.topic !== 'testing'));
  const levels = picked.map((p) => ['junior', 'mid', 'senior'].indexOf(p.difficulty));
  assert.deepEqual(levels, [...levels].sort(), 'warm-up order');
  assert.deepEqual(pickQuestions(deck, { topics: ['auth'], difficulties: ['mid'], count: 5 }, seeded(1)).map((p) => p.slug), ['m1'], 'never more than exist');
  assert.deepEqual(pickQuestions(deck, { topics: [], difficulties: ['mid'], count: 5 }, seeded(1)), []);
});

test('pickQuestions draws different questions for different random sequences', () => {
  const draws = new Set<string>();
  for (let seed = 1; seed <= 20; seed++) {
    draws.add(pickQuestions(deck, { topics: ['http', 'auth', 'testing'], difficulties: ['junior', 'mid', 'senior'], count: 2 }, seeded(seed)).map((p) => p.slug).sort().join());
  }
  assert.ok(draws.size > 3, `only ${draws.size} distinct draws`);
});

test('pickFollowUp picks by the random number and copes with none', () => {
  const followUps = [0, 1, 2].map((n) => ({ html: `f${n}`, hint: null, answeredBy: null }));
  assert.equal(pickFollowUp(followUps, () => 0)!.html, 'f0');
  assert.equal(pickFollowUp(followUps, () => 0.5)!.html, 'f1');
  assert.equal(pickFollowUp(followUps, () => 0.9999)!.html, 'f2');
  assert.equal(pickFollowUp([], () => 0.5), null);
});

test('formatClock and describeDuration', () => {
  assert.equal(formatClock(120), '2:00');
  assert.equal(formatClock(9.2), '0:10', 'rounds up, so 0:00 means time is really up');
  assert.equal(formatClock(0), '0:00');
  assert.equal(formatClock(-3), '0:00');
  assert.equal(formatClock(750), '12:30');
  assert.equal(describeDuration(45), '45 seconds');
  assert.equal(describeDuration(60), '1 minute');
  assert.equal(describeDuration(150), '2 minutes 30 seconds');
  assert.equal(describeDuration(1), '1 second');
});

test('timeCue announces a few moments, not every second', () => {
  assert.equal(timeCue(61, 60, 120), '1 minute left.');
  assert.equal(timeCue(60, 59, 120), null);
  assert.equal(timeCue(30.4, 29.9, 120), '30 seconds left.');
  assert.equal(timeCue(10.2, 9.8, 120), '10 seconds left.');
  assert.equal(timeCue(0.5, 0, 120), 'Time is up.');
  assert.equal(timeCue(45, 44, 45), null, 'no "1 minute left" in a 45-second answer');
  assert.equal(timeCue(35, 5, 45), '10 seconds left.', 'a long jump (a sleeping tab) says only the latest cue');
  assert.equal(timeCue(70, 0, 120), 'Time is up.');
});

const answer = (slug: string, rating: InterviewAnswer['rating'], covered: number, points: number): InterviewAnswer => ({ slug, rating, covered, points });
const topicOf = (slug: string) => ({ s1: 'http', j1: 'http', m1: 'auth', j2: 'auth', m2: 'http' })[slug];

test('reportByTopic scores each topic and puts the weakest first', () => {
  const rows = reportByTopic([answer('j1', 'good', 3, 4), answer('m1', 'again', 1, 3), answer('s1', 'easy', 4, 4), answer('j2', 'hard', 2, 3), answer('gone', 'good', 1, 1)], topicOf);
  assert.deepEqual(rows, [
    { topic: 'auth', questions: 2, score: 1 / 6, covered: 3, points: 6 },
    { topic: 'http', questions: 2, score: 5 / 6, covered: 7, points: 8 },
  ]);
  const tie = reportByTopic([answer('j1', 'good', 4, 4), answer('m1', 'good', 1, 4)], topicOf);
  assert.deepEqual(tie.map((r) => r.topic), ['auth', 'http'], 'equal grades: fewer points covered is weaker');
});

test('weakestAnswers lists low grades and thin answers, weakest first', () => {
  const answers = [answer('j1', 'good', 1, 4), answer('m1', 'hard', 3, 3), answer('s1', 'easy', 4, 4), answer('j2', 'again', 2, 3), answer('m2', 'again', 0, 3)];
  assert.deepEqual(weakestAnswers(answers).map((a) => a.slug), ['m2', 'j2', 'm1', 'j1']);
  assert.deepEqual(weakestAnswers([answer('s1', 'good', 2, 4)]), [], 'half the points is enough');
});

test('summarize counts grades and points', () => {
  const summary = summarize([answer('j1', 'good', 3, 4), answer('m1', 'again', 1, 3), answer('s1', 'easy', 4, 4)]);
  assert.deepEqual(summary, { questions: 3, tally: { again: 1, hard: 0, good: 1, easy: 1 }, covered: 8, points: 11, score: 5 / 9 });
  assert.equal(summarize([]).score, 0);
});
