/** The topic and difficulty checkboxes a practice or interview setup form shares (TopicChoices.astro). */
import { DIFFICULTIES } from '../lib/questions.ts';

export const checkedValues = (form: HTMLFormElement, name: string): string[] =>
  [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);

/** `?topic=http&difficulty=junior` preset the form (links from topic hubs and elsewhere). */
export function applyScopeParams(form: HTMLFormElement, params: URLSearchParams): void {
  const topics = params.getAll('topic');
  if (topics.length > 0) {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="topic"]')) input.checked = topics.includes(input.value);
  }
  const levels = params.getAll('difficulty').filter((d) => (DIFFICULTIES as readonly string[]).includes(d));
  if (levels.length > 0) {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="difficulty"]')) input.checked = levels.includes(input.value);
  }
}

/** Select all and Clear tick or untick every topic, then report the change. */
export function wireTopicButtons(form: HTMLFormElement, changed: () => void): void {
  for (const button of form.querySelectorAll<HTMLButtonElement>('[data-topics]')) {
    button.addEventListener('click', () => {
      for (const input of form.querySelectorAll<HTMLInputElement>('input[name="topic"]')) input.checked = button.dataset.topics === 'all';
      changed();
    });
  }
}
