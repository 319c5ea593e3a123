import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_INTERVIEWS, addInterview, checkInterviews, interviewProblem, markAddedToPractice, type InterviewRecord } from './history.ts';

const at = (day: number) => new Date(Date.UTC(2026, 11, day, 9)).toISOString();
const record = (day: number): InterviewRecord => ({
  startedAt: at(day),
  finishedAt: at(day),
  secondsPerAnswer: null,
  answers: [{ slug: 'cors', rating: 'hard', covered: 1, points: 4 }],
  addedToPractice: false,
});

test('interviewProblem accepts a well-formed interview and names what is wrong with a bad one', () => {
  assert.equal(interviewProblem(record(1)), null);
  assert.equal(interviewProblem({ ...record(1), secondsPerAnswer: 90 }), null);
  assert.equal(interviewProblem('x'), 'is not an object');
  assert.equal(interviewProblem({ ...record(1), finishedAt: 'soon' }), 'has an invalid start or finish time');
  assert.equal(interviewProblem({ ...record(1), secondsPerAnswer: 0 }), 'has an invalid time per answer');
  assert.equal(interviewProblem({ ...record(1), answers: [] }), 'has no answers');
  assert.equal(interviewProblem({ ...record(1), addedToPractice: 'no' }), 'does not say whether it was added to practice');
  assert.match(interviewProblem({ ...record(1), answers: [{ slug: 'cors', rating: 'great', covered: 0, points: 1 }] })!, /unknown grade/);
  assert.match(interviewProblem({ ...record(1), answers: [{ slug: 'cors', rating: 'good', covered: 5, points: 4 }] })!, /checking-point counts/);
  assert.match(interviewProblem({ ...record(1), answers: [{ slug: 'Not A Slug', rating: 'good', covered: 0, points: 0 }] })!, /no question slug/);
});

test('checkInterviews keeps the valid interviews, drops stray fields, and lists the rest', () => {
  const { interviews, problems } = checkInterviews([{ ...record(1), extra: true }, null, record(2)]);
  assert.deepEqual(interviews, [record(1), record(2)]);
  assert.deepEqual(problems, ['interview 2 is not an object']);
  assert.deepEqual(checkInterviews({}), { interviews: [], problems: ['"interviews" is not a list'] });
});

test('addInterview keeps them oldest first, replaces a re-saved one, and keeps only the newest', () => {
  assert.deepEqual(addInterview([record(2)], record(1)).map((i) => i.startedAt), [at(1), at(2)]);
  const updated = { ...record(2), addedToPractice: true };
  assert.deepEqual(addInterview([record(1), record(2)], updated), [record(1), updated]);
  let many: InterviewRecord[] = [];
  for (let day = 1; day <= MAX_INTERVIEWS + 3; day++) many = addInterview(many, { ...record(1), startedAt: new Date(Date.UTC(2026, 0, day)).toISOString() });
  assert.equal(many.length, MAX_INTERVIEWS);
  assert.equal(many[0]!.startedAt, new Date(Date.UTC(2026, 0, 4)).toISOString());
});

test('markAddedToPractice marks only the named interview', () => {
  const marked = markAddedToPractice([record(1), record(2)], at(2));
  assert.deepEqual(marked.map((i) => i.addedToPractice), [false, true]);
});
