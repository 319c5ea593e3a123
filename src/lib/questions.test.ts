import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareQuestions, groupByDifficulty, rankRelated, relatedness, topicNeighbours, type QuestionMeta } from './questions.ts';

const q = (slug: string, topic: string, tags: string[] = [], difficulty: QuestionMeta['difficulty'] = 'mid', related?: string[]): QuestionMeta => ({
  slug, title: slug.replace(/-/g, ' '), topic, tags, difficulty, related,
});

const all = [
  q('idempotency', 'http', ['reliability'], 'mid', ['put-vs-patch']),
  q('put-vs-patch', 'http', ['rest-design'], 'mid'),
  q('status-codes', 'http', ['reliability'], 'junior'),
  q('http-methods', 'http', ['rest-design'], 'junior'),
  q('idempotency-keys', 'reliability', ['http'], 'senior'),
  q('cors', 'security', [], 'mid'),
  q('rate-limiting', 'reliability', [], 'mid'),
];

test('relatedness rewards shared topic, cross tags and shared tags', () => {
  assert.equal(relatedness(all[0]!, all[2]!), 4 + 1);
  assert.equal(relatedness(all[0]!, all[4]!), 2 + 2);
  assert.equal(relatedness(all[0]!, all[5]!), 0);
});

test('rankRelated puts explicit related first, never the page itself, and is deterministic', () => {
  const ranked = rankRelated(all[0]!, all).map((x) => x.slug);
  assert.equal(ranked[0], 'put-vs-patch');
  assert.ok(!ranked.includes('idempotency'));
  assert.ok(!ranked.includes('cors'), 'unrelated pages are not padded in');
  assert.deepEqual(ranked, ['put-vs-patch', 'status-codes', 'http-methods', 'idempotency-keys', 'rate-limiting']);
  assert.deepEqual(rankRelated(all[0]!, [...all].reverse()).map((x) => x.slug), ranked);
});

test('rankRelated respects the limit but keeps every explicit link', () => {
  const many = q('x', 'http', [], 'mid', ['put-vs-patch', 'status-codes', 'cors']);
  assert.deepEqual(rankRelated(many, [...all, many], 2).map((x) => x.slug), ['put-vs-patch', 'status-codes', 'cors']);
  assert.equal(rankRelated(all[0]!, all, 1).length, 1);
});

test('rankRelated ignores explicit slugs that do not exist', () => {
  const broken = q('y', 'security', [], 'mid', ['missing-page']);
  assert.deepEqual(rankRelated(broken, [...all, broken]).map((x) => x.slug), ['cors']);
});

test('reading order is difficulty then title', () => {
  const sorted = all.filter((x) => x.topic === 'http').sort(compareQuestions).map((x) => x.slug);
  assert.deepEqual(sorted, ['http-methods', 'status-codes', 'idempotency', 'put-vs-patch']);
});

test('topicNeighbours walks the topic in reading order', () => {
  assert.deepEqual(
    Object.fromEntries(Object.entries(topicNeighbours(all[0]!, all)).map(([k, v]) => [k, v?.slug])),
    { previous: 'status-codes', next: 'put-vs-patch' },
  );
  assert.equal(topicNeighbours(all[3]!, all).previous, undefined);
  assert.equal(topicNeighbours(all[1]!, all).next, undefined);
});

test('groupByDifficulty drops empty levels', () => {
  const groups = groupByDifficulty(all.filter((x) => x.topic === 'http'));
  assert.deepEqual(groups.map((g) => [g.difficulty, g.questions.length]), [['junior', 2], ['mid', 2]]);
});
