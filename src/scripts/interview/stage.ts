/** One interview question on screen: asked, reviewed against the checklist, graded, followed up. */
import { DIFFICULTY_LABELS } from '../../lib/questions.ts';
import type { InterviewQuestion } from '../../lib/interview/session.ts';
import type { FollowUp } from '../../lib/study-record.ts';
import type { Rating } from '../../lib/practice/scheduler.ts';

export type Phase = 'ask' | 'review' | 'followup';

export interface StageView {
  ask(question: InterviewQuestion, position: { number: number; total: number }): void;
  review(): void;
  followUp(followUp: FollowUp, answeredBy: InterviewQuestion | undefined, isLast: boolean): void;
  phase(): Phase;
  /** Checking points ticked, and available. */
  coverage(): { covered: number; points: number };
}

/** HTML built at build time from our own pages, with its links turned to plain text (a click must not leave the interview). */
function unlinked(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const link of template.content.querySelectorAll('a')) link.replaceWith(...link.childNodes);
  return template.content;
}

export function createStage(
  section: HTMLElement,
  topicNames: ReadonlyMap<string, string>,
  handlers: { onReveal: () => void; onGrade: (rating: Rating) => void; onNext: () => void; onEnd: () => void },
): StageView {
  const $ = <T extends HTMLElement>(selector: string) => section.querySelector<T>(selector)!;
  const phases = new Map([...section.querySelectorAll<HTMLElement>('[data-phase]')].map((el) => [el.dataset.phase as Phase, el]));
  let current: Phase = 'ask';
  const show = (phase: Phase): void => {
    current = phase;
    for (const [name, element] of phases) element.hidden = name !== phase;
  };
  const checklist = $('[data-q-checking]');

  const view: StageView = {
    ask(question, { number, total }) {
      $('[data-stage-progress]').textContent = `Question ${number} of ${total}`;
      $('[data-q-topic]').textContent = topicNames.get(question.topic) ?? question.topic;
      const level = $('[data-q-level]');
      level.className = `badge badge-${question.difficulty}`;
      level.innerHTML = `<span class="visually-hidden">Difficulty: </span>${DIFFICULTY_LABELS[question.difficulty]}`;
      $('[data-q-title]').textContent = question.title;
      $('[data-q-answer]').replaceChildren(unlinked(question.answer));
      checklist.replaceChildren(
        ...question.checking.map((point, i) => {
          const item = document.createElement('li');
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.id = `point-${number}-${i}`;
          const text = document.createElement('span');
          text.append(unlinked(point));
          label.append(box, text);
          item.append(label);
          return item;
        }),
      );
      show('ask');
      $('[data-q-title]').focus({ preventScroll: true });
      section.scrollIntoView({ block: 'start' });
    },
    review() {
      show('review');
      $('[data-review-heading]').focus();
    },
    followUp(followUp, answeredBy, isLast) {
      $('[data-followup]').replaceChildren(unlinked(followUp.html));
      const hint = $<HTMLDetailsElement>('[data-followup-hint]');
      hint.hidden = followUp.hint === null;
      hint.open = false;
      $('[data-followup-hint-text]').replaceChildren(unlinked(followUp.hint ?? ''));
      const source = $('[data-followup-source]');
      source.hidden = !answeredBy;
      if (answeredBy) {
        const link = $<HTMLAnchorElement>('[data-followup-link]');
        link.href = answeredBy.url;
        link.textContent = answeredBy.title;
      }
      $('[data-next]').textContent = isLast ? 'Finish and see the report' : 'Next question';
      show('followup');
      $('[data-followup-heading]').focus();
    },
    phase: () => current,
    coverage() {
      const boxes = [...checklist.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      return { covered: boxes.filter((box) => box.checked).length, points: boxes.length };
    },
  };

  $('[data-reveal]').addEventListener('click', handlers.onReveal);
  for (const button of section.querySelectorAll<HTMLButtonElement>('[data-rate]')) {
    button.addEventListener('click', () => handlers.onGrade(button.dataset.rate as Rating));
  }
  $('[data-next]').addEventListener('click', handlers.onNext);
  $('[data-end]').addEventListener('click', handlers.onEnd);
  return view;
}
