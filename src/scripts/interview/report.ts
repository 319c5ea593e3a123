/** The report at the end of an interview: by topic, the answers to review first, and the practice hand-off. */
import { reportByTopic, summarize, weakestAnswers, type InterviewQuestion } from '../../lib/interview/session.ts';
import type { InterviewRecord } from '../../lib/interview/history.ts';
import { RATING_LABELS } from '../../lib/practice/scheduler.ts';
import { describeTally, plural } from '../../lib/practice/format.ts';

const percent = (share: number): string => `${Math.round(share * 100)}%`;

function cell(text: string, header = false): HTMLElement {
  const element = document.createElement(header ? 'th' : 'td');
  if (header) element.setAttribute('scope', 'row');
  element.textContent = text;
  return element;
}

/** Fills the report for `record`; questions no longer in the guide are left out of the lists. */
export function renderReport(section: HTMLElement, record: InterviewRecord, bySlug: ReadonlyMap<string, InterviewQuestion>, topicNames: ReadonlyMap<string, string>): void {
  const $ = <T extends HTMLElement>(selector: string) => section.querySelector<T>(selector)!;
  const summary = summarize(record.answers);
  const minutes = Math.max(1, Math.round((Date.parse(record.finishedAt) - Date.parse(record.startedAt)) / 60_000));
  $('[data-report-summary]').textContent =
    `${plural(summary.questions, 'question')} in about ${plural(minutes, 'minute')}: ${describeTally(summary.tally)}. ` +
    `Overall grade ${percent(summary.score)}; you covered ${summary.covered} of the ${plural(summary.points, 'point')} the interviewers were checking.`;

  $('[data-report-topics]').replaceChildren(
    ...reportByTopic(record.answers, (slug) => bySlug.get(slug)?.topic).map((row) => {
      const tr = document.createElement('tr');
      tr.append(cell(topicNames.get(row.topic) ?? row.topic, true), cell(String(row.questions)), cell(percent(row.score)), cell(`${row.covered} of ${row.points}`));
      return tr;
    }),
  );

  const weak = weakestAnswers(record.answers).filter((answer) => bySlug.has(answer.slug));
  $('[data-report-weakest]').replaceChildren(
    ...weak.map((answer) => {
      const question = bySlug.get(answer.slug)!;
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = question.url;
      link.textContent = question.title;
      item.append(link, ` (${topicNames.get(question.topic) ?? question.topic}): graded ${RATING_LABELS[answer.rating]}, ${answer.covered} of ${plural(answer.points, 'point')} covered.`);
      return item;
    }),
  );
  $('[data-report-weakest]').hidden = weak.length === 0;
  $('[data-report-none]').hidden = weak.length > 0;

  const add = $<HTMLButtonElement>('[data-add-to-practice]');
  add.disabled = record.addedToPractice;
  $('[data-practice-status]').textContent = record.addedToPractice ? 'These grades are in your practice schedule.' : '';
}

/** Words for the end of an interview, announced with the report. */
export function reportAnnouncement(record: InterviewRecord): string {
  const summary = summarize(record.answers);
  const weakest = weakestAnswers(record.answers).length;
  return `Interview finished. ${plural(summary.questions, 'question')}, overall grade ${percent(summary.score)}. ${weakest === 0 ? 'No weak answers.' : `${plural(weakest, 'answer')} to review first.`}`;
}
