import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverageProblems, missingQueriesMessage } from './query-table-coverage.ts';

const full = { keyword: ['ETag'], everyday: ['stop lost updates'], question: ["What's the point of an ETag?"] };

test('a covered page needs nothing', () => {
  assert.equal(missingQueriesMessage('etags', full), undefined);
  assert.deepEqual(coverageProblems(['etags'], { etags: full }), []);
});

test('a page without an entry is told the whole entry to add, with a line per kind', () => {
  assert.equal(
    missingQueriesMessage('design-url-shortener', undefined),
    [
      'content/questions/design-url-shortener/ has no queries. Add this entry to QUERY_TABLE in tests/search/queries.ts, at least one query of each kind written before you run them (see the header of that file), and add one or two more, never used for tuning, to HELD_OUT:',
      "  'design-url-shortener': {",
      "    keyword: ['…'], // identifiers, headers, status codes, acronyms",
      "    everyday: ['…'], // the problem in a reader's own words",
      "    question: ['…'], // a whole interview question, as interviewers ask it",
      '  },',
    ].join('\n'),
  );
});

test('an entry missing some kinds is told only those kinds; an empty list counts as missing', () => {
  const message = missingQueriesMessage('etags', { keyword: ['ETag'], everyday: [] });
  assert.equal(
    message,
    [
      "content/questions/etags/ has no everyday or question queries. Add to its entry 'etags' in tests/search/queries.ts, written before you run them (see the header of that file), and add one or two more, never used for tuning, to HELD_OUT:",
      "    everyday: ['…'], // the problem in a reader's own words",
      "    question: ['…'], // a whole interview question, as interviewers ask it",
    ].join('\n'),
  );
});

test('an entry for a page that does not exist is a problem too', () => {
  assert.deepEqual(coverageProblems(['etags'], { etags: full, 'old-page': full }), [
    "tests/search/queries.ts has an entry 'old-page', but content/questions/old-page/ does not exist: rename or remove it.",
  ]);
});
