/** The flashcard on screen: front, revealed back, and the rating buttons. */
import type { DeckCard } from '../../lib/practice/session.ts';
import type { Rating } from '../../lib/practice/scheduler.ts';
import { DIFFICULTY_LABELS } from '../../lib/questions.ts';

export interface RoundView {
  show(card: DeckCard, position: { number: number; total: number }): void;
  reveal(): void;
  isRevealed(): boolean;
}

export function createRoundView(
  section: HTMLElement,
  topicNames: ReadonlyMap<string, string>,
  handlers: { onReveal: () => void; onRate: (rating: Rating) => void; onEnd: () => void },
): RoundView {
  const $ = <T extends HTMLElement>(selector: string) => section.querySelector<T>(selector)!;
  const front = $('[data-card-front]');
  const back = $('[data-card-back]');
  const rating = $('[data-card-rating]');
  const title = $('[data-card-title]');

  const view: RoundView = {
    show(card, { number, total }) {
      $('[data-round-progress]').textContent = `Card ${number} of ${total}`;
      $('[data-card-topic]').textContent = topicNames.get(card.topic) ?? card.topic;
      const level = $('[data-card-level]');
      level.className = `badge badge-${card.difficulty}`;
      level.innerHTML = `<span class="visually-hidden">Difficulty: </span>${DIFFICULTY_LABELS[card.difficulty]}`;
      title.textContent = card.title;
      $('[data-card-answer]').innerHTML = card.answer; // built from our own content at build time
      $<HTMLAnchorElement>('[data-card-link]').href = card.url;
      front.hidden = false;
      back.hidden = true;
      rating.hidden = true;
      title.focus({ preventScroll: true });
      section.scrollIntoView({ block: 'start' });
    },
    reveal() {
      if (!back.hidden) return;
      front.hidden = true;
      back.hidden = false;
      rating.hidden = false;
      $('[data-answer-heading]').focus();
      handlers.onReveal();
    },
    isRevealed: () => !back.hidden,
  };

  $('[data-reveal]').addEventListener('click', () => view.reveal());
  for (const button of section.querySelectorAll<HTMLButtonElement>('[data-rate]')) {
    button.addEventListener('click', () => handlers.onRate(button.dataset.rate as Rating));
  }
  $('[data-end-round]').addEventListener('click', handlers.onEnd);
  return view;
}
