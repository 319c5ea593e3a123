/** The interview setup form and the list of past interviews beside it. */
import type { Difficulty } from '../../lib/questions.ts';
import { pickQuestions, summarize, type InterviewChoice, type InterviewQuestion } from '../../lib/interview/session.ts';
import type { InterviewRecord } from '../../lib/interview/history.ts';
import { describeTally, plural } from '../../lib/practice/format.ts';
import { applyScopeParams, checkedValues, wireTopicButtons } from '../scope-form.ts';

export interface SetupChoice extends InterviewChoice {
  secondsPerAnswer: number | null;
}

export interface InterviewSetupForm {
  ready(deck: readonly InterviewQuestion[]): void;
  say(message: string): void;
  showHistory(interviews: readonly InterviewRecord[]): void;
}

const dateFormat = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' });

export function createInterviewSetup(section: HTMLElement, onStart: (choice: SetupChoice) => void): InterviewSetupForm {
  const form = section.querySelector<HTMLFormElement>('[data-setup-form]')!;
  const status = form.querySelector<HTMLElement>('[data-setup-status]')!;
  const start = form.querySelector<HTMLButtonElement>('[data-start]')!;
  let deck: readonly InterviewQuestion[] | null = null;

  const choice = (): SetupChoice => {
    const seconds = Number(form.querySelector<HTMLSelectElement>('select[name="seconds"]')!.value);
    return {
      topics: checkedValues(form, 'topic'),
      difficulties: checkedValues(form, 'difficulty') as Difficulty[],
      count: Number(form.querySelector<HTMLSelectElement>('select[name="count"]')!.value),
      secondsPerAnswer: seconds > 0 ? seconds : null,
    };
  };

  const recount = (): void => {
    if (!deck) return;
    const current = choice();
    const available = pickQuestions(deck, { ...current, count: deck.length }, Math.random).length;
    status.textContent =
      available === 0 ? 'No questions match: choose at least one topic and difficulty.' : available < current.count ? `Only ${plural(available, 'question')} match, so the interview has ${available}.` : `${plural(current.count, 'question')}, drawn at random from ${available}.`;
  };

  applyScopeParams(form, new URLSearchParams(location.search));
  form.addEventListener('change', recount);
  wireTopicButtons(form, recount);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (deck) onStart(choice());
  });

  const list = section.querySelector<HTMLOListElement>('[data-history-list]')!;
  const empty = section.querySelector<HTMLElement>('[data-history-empty]')!;

  return {
    ready(loaded) {
      deck = loaded;
      start.disabled = false;
      recount();
    },
    say(message) {
      status.textContent = message;
    },
    showHistory(interviews) {
      const recent = [...interviews].reverse().slice(0, 5);
      list.replaceChildren(
        ...recent.map((interview) => {
          const summary = summarize(interview.answers);
          const item = document.createElement('li');
          item.textContent = `${dateFormat.format(new Date(interview.startedAt))}: ${plural(summary.questions, 'question')}, ${Math.round(summary.score * 100)}% (${describeTally(summary.tally)}), ${summary.covered} of ${summary.points} points covered.`;
          return item;
        }),
      );
      list.hidden = recent.length === 0;
      empty.hidden = recent.length > 0;
    },
  };
}
