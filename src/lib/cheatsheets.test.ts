import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cheatSheetPath, sheetSections } from './cheatsheets.ts';
import type { QuestionMeta } from './questions.ts';

const q = (slug: string, topic: string, difficulty: QuestionMeta['difficulty'], tags: string[] = []): QuestionMeta => ({ slug, title: slug, topic, tags, difficulty });

test('sheetSections groups primary questions by topic, in topic order then reading order, and skips empty topics', () => {
  const topics = [
    { id: 'http', name: 'HTTP' },
    { id: 'auth', name: 'Auth' },
    { id: 'security', name: 'Security' },
  ];
  const sections = sheetSections(topics, [q('z-senior', 'http', 'senior'), q('cors', 'security', 'mid', ['http']), q('a-junior', 'http', 'junior')]);
  assert.deepEqual(
    sections.map((s) => [s.topic.id, s.questions.map((x) => x.slug)]),
    [
      ['http', ['a-junior', 'z-senior']],
      ['security', ['cors']],
    ],
  );
});

test('cheatSheetPath', () => {
  assert.equal(cheatSheetPath('http'), 'cheatsheets/http/');
  assert.equal(cheatSheetPath(), 'cheatsheets/');
});
