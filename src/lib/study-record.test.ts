import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStudySections, splitFollowUp, withoutPointer } from './study-record.ts';
import { firstQuestionLink, linkTargets, listItems, renderInline, sectionMarkdown } from './page-sections.ts';
import { joinBase } from './base.ts';

const toHref = (path: string) => joinBase('/api-guide/', path);

const body = `
## Short answer

CORS relaxes the [same-origin policy](../same-origin/) for chosen origins.

## What the interviewer is checking

- That you name the same-origin policy as the restriction.
- That you know the credentials rules: no \`*\` with cookies,
  and why reflecting \`Origin\` is worse.
- That you do not present CORS as [access control](../authn-vs-authz/).

## Explanation

- a list that is not part of any study section

## Follow-up questions

- Why is CORS not a CSRF defense? See [CSRF versus CORS](../csrf-vs-cors/#csrf).
- How do preflights get through token checks?
- What does the [RFC](https://www.rfc-editor.org/rfc/rfc6454) say? And [this page](./#explanation)?
`;

test('sectionMarkdown finds any ## section by name, ignoring case and fences', () => {
  assert.match(sectionMarkdown(body, 'what the interviewer is checking')!, /^- That you name/);
  assert.equal(sectionMarkdown(body, 'Sources'), null);
  assert.equal(sectionMarkdown('```\n## Follow-up questions\n- x\n```', 'Follow-up questions'), null);
});

test('listItems returns each top-level bullet as one line of markdown', () => {
  assert.deepEqual(listItems(sectionMarkdown(body, 'What the interviewer is checking')!), [
    'That you name the same-origin policy as the restriction.',
    'That you know the credentials rules: no `*` with cookies, and why reflecting `Origin` is worse.',
    'That you do not present CORS as [access control](../authn-vs-authz/).',
  ]);
  assert.deepEqual(listItems('Just a paragraph.'), []);
});

test('renderInline renders one bullet without a paragraph, with links under the base', () => {
  assert.equal(renderInline('See [CSRF](../csrf-vs-cors/) and `Origin`.', 'questions/cors/', toHref), 'See <a href="/api-guide/questions/csrf-vs-cors/">CSRF</a> and <code>Origin</code>.');
});

test('linkTargets and firstQuestionLink find the question a follow-up points to', () => {
  assert.deepEqual(linkTargets('a [b](../x/) and **[c](https://e.com)**'), ['../x/', 'https://e.com']);
  assert.equal(firstQuestionLink('See [CSRF](../csrf-vs-cors/#csrf).', 'questions/cors/'), 'csrf-vs-cors');
  assert.equal(firstQuestionLink('[hub](../../topics/http/) then [page](../etags/)', 'questions/cors/'), 'etags');
  assert.equal(firstQuestionLink('[RFC](https://www.rfc-editor.org/rfc/rfc6454)', 'questions/cors/'), null);
  assert.equal(firstQuestionLink('[here](./#explanation)', 'questions/cors/'), null, 'a link to the page itself answers nothing new');
});

test('extractStudySections gives the short answer, checking points and follow-ups as HTML', () => {
  const result = extractStudySections(body, 'questions/cors/', toHref);
  assert.ok(result.ok);
  const { shortAnswer, checking, followUps } = result.sections;
  assert.equal(shortAnswer, '<p>CORS relaxes the <a href="/api-guide/questions/same-origin/">same-origin policy</a> for chosen origins.</p>');
  assert.equal(checking.length, 3);
  assert.equal(checking[1], 'That you know the credentials rules: no <code>*</code> with cookies, and why reflecting <code>Origin</code> is worse.');
  assert.match(checking[2]!, /href="\/api-guide\/questions\/authn-vs-authz\/"/);
  assert.deepEqual(
    followUps.map((f) => f.answeredBy),
    ['csrf-vs-cors', null, null],
  );
  assert.equal(followUps[0]!.html, 'Why is CORS not a CSRF defense?', 'the "See …" pointer is left out; answeredBy keeps it');
  assert.doesNotMatch(JSON.stringify(result), /not part of any study section/);
});

test('extractStudySections names every missing section', () => {
  const result = extractStudySections('## Short answer\n\nText.\n\n## Follow-up questions\n\nNo list here.', 'questions/x/', toHref);
  assert.deepEqual(result, {
    ok: false,
    problems: ['needs a "## What the interviewer is checking" section with a bulleted list', 'needs a "## Follow-up questions" section with a bulleted list'],
  });
  const empty = extractStudySections('', 'questions/x/', toHref);
  assert.equal(empty.ok, false);
  assert.equal(!empty.ok && empty.problems.length, 3);
});

test('withoutPointer drops a closing "See [page](…)" and keeps links inside the question', () => {
  assert.equal(withoutPointer('Why is CORS not a CSRF defense, and what is? See [CSRF versus CORS](../csrf-vs-cors/).'), 'Why is CORS not a CSRF defense, and what is?');
  assert.equal(withoutPointer('How? see [it](../x/)'), 'How?');
  assert.equal(withoutPointer('[How do you stop one user reading another user\'s objects?](../bola/)'), "[How do you stop one user reading another user's objects?](../bola/)");
  assert.equal(withoutPointer('What does [the RFC](https://e.com) say about it?'), 'What does [the RFC](https://e.com) say about it?');
  assert.equal(withoutPointer('How do you See [x](../x/) mid-sentence?'), 'How do you See [x](../x/) mid-sentence?');
});

test('splitFollowUp separates a question from the short answer given in parentheses after it', () => {
  assert.deepEqual(splitFollowUp('How would you support "previous page"? (Flip the comparison and the sort.)'), {
    question: 'How would you support "previous page"?',
    hint: 'Flip the comparison and the sort.',
  });
  assert.deepEqual(splitFollowUp('How do you spot an N+1? (Chart statements per request.) See [keeping it fixed](#keeping-it-fixed).'), {
    question: 'How do you spot an N+1?',
    hint: 'Chart statements per request.',
  });
  assert.deepEqual(splitFollowUp('How do limits scale? (Share one store, as in [running it](#running-it-across-many-instances), or split the limit (per region).)'), {
    question: 'How do limits scale?',
    hint: 'Share one store, as in [running it](#running-it-across-many-instances), or split the limit (per region).',
  });
  assert.deepEqual(splitFollowUp('Why is CORS not a CSRF defense? See [CSRF versus CORS](../csrf-vs-cors/).'), { question: 'Why is CORS not a CSRF defense?', hint: null });
  const linked = '[How should an error body be shaped? (Problem Details, RFC 9457)](../problem-details/)';
  assert.deepEqual(splitFollowUp(linked), { question: linked, hint: null }, 'a linked question keeps its parentheses');
});
