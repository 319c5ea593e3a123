/** "Practise this question" on a question page: add the page to review, or rate it straight away. */
import { addCard, rateCard } from '../../lib/practice/storage.ts';
import { RATING_LABELS, type CardState, type Rating } from '../../lib/practice/scheduler.ts';
import { describeDue, describeInterval, plural } from '../../lib/practice/format.ts';
import { loadNow, practiceStorage, showStorageMessage, takeStorageMessage } from './store.ts';

function statusText(card: CardState | undefined): string {
  if (!card) return 'This question is not in your review deck yet.';
  if (card.reviews === 0) return 'In your review deck: it will come up in your next practice round.';
  return `In your review deck: rated ${plural(card.reviews, 'time')}, ${describeDue(card, new Date())}.`;
}

export function initReviewWidget(): void {
  const widget = document.querySelector<HTMLElement>('[data-review-widget]');
  const slug = widget?.dataset.slug;
  if (!widget || !slug) return;
  const status = widget.querySelector<HTMLElement>('[data-review-status]')!;
  const live = widget.querySelector<HTMLElement>('[data-review-live]')!;
  const add = widget.querySelector<HTMLButtonElement>('[data-review-add]')!;

  const render = (): void => {
    const card = loadNow().cards[slug];
    status.textContent = statusText(card);
    add.hidden = card !== undefined;
  };
  const say = (message: string, saved: boolean): void => {
    live.textContent = saved ? message : `${message} It could not be saved in this browser.`;
    render();
  };

  add.addEventListener('click', () => {
    const { saved } = addCard(practiceStorage(), slug, new Date());
    say('Added to your review deck.', saved);
    status.focus({ preventScroll: true });
  });
  for (const button of widget.querySelectorAll<HTMLButtonElement>('[data-rate]')) {
    button.addEventListener('click', () => {
      const rating = button.dataset.rate as Rating;
      const { cards, saved } = rateCard(practiceStorage(), slug, rating, new Date());
      const interval = cards[slug]!.interval;
      const when = interval === 0 ? 'it is due again now' : `next review ${describeInterval(interval)}`;
      say(`Saved as ${RATING_LABELS[rating]}: ${when}.`, saved);
    });
  }

  const message = takeStorageMessage(loadNow(), true);
  if (message) showStorageMessage(widget.querySelector<HTMLElement>('[data-review-notice]')!, message);
  render();
  widget.hidden = false;
}
