import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildToc } from './toc.ts';

test('buildToc nests h3 under the preceding h2 and drops other depths', () => {
  const toc = buildToc([
    { depth: 3, slug: 'orphan', text: 'Orphan' },
    { depth: 2, slug: 'short-answer', text: 'Short answer' },
    { depth: 2, slug: 'explanation', text: 'Explanation' },
    { depth: 3, slug: 'safe', text: 'Safe' },
    { depth: 4, slug: 'deep', text: 'Deep' },
    { depth: 3, slug: 'idempotent', text: 'Idempotent' },
  ]);
  assert.deepEqual(toc, [
    { slug: 'short-answer', text: 'Short answer', children: [] },
    { slug: 'explanation', text: 'Explanation', children: [{ slug: 'safe', text: 'Safe' }, { slug: 'idempotent', text: 'Idempotent' }] },
  ]);
});
