/**
 * The practice page: loads the deck once (after that, practice needs no network), then runs
 * rounds of cards. Every rating is written to storage at once.
 */
import { rateCard } from '../../lib/practice/storage.ts';
import { RATING_LABELS, isDue, type Rating } from '../../lib/practice/scheduler.ts';
import { advance, pickCards, startRound, type DeckCard, type Round } from '../../lib/practice/session.ts';
import { describeDue, describeInterval, describeTally, plural } from '../../lib/practice/format.ts';
import { loadNow, practiceStorage, showStorageMessage, takeStorageMessage } from './store.ts';
import { loadDeck } from './deck.ts';
import { createSetupForm, preferNewWhenNothingDue } from './setup.ts';
import { createRoundView } from './round-view.ts';
import { bindShortcuts } from './keyboard.ts';
import { initTools } from './tools.ts';

type View = 'setup' | 'round' | 'done';

export async function initPracticePage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-practice]');
  if (!root) return;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const announcer = $('[data-announcer]');
  const announce = (message: string): void => {
    announcer.textContent = message;
  };
  const views = new Map([...root.querySelectorAll<HTMLElement>('[data-view]')].map((el) => [el.dataset.view as View, el]));
  const showView = (view: View): void => {
    for (const [name, element] of views) element.hidden = name !== view;
  };

  const message = takeStorageMessage(loadNow(), true);
  if (message) showStorageMessage($('[data-practice-notice]'), message);

  let deck: DeckCard[] = [];
  let round: Round = startRound([]);
  const bySlug = new Map<string, DeckCard>();
  const form = $<HTMLFormElement>('[data-setup-form]');
  const topicNames = new Map(
    [...form.querySelectorAll<HTMLInputElement>('input[name="topic"]')].map((input) => [input.value, input.dataset.topicName ?? input.value]),
  );

  const setup = createSetupForm(form, (choice) => {
    const picked = pickCards(deck, loadNow().cards, choice, new Date());
    if (picked.length === 0) {
      setup.say(choice.mode === 'due' ? 'Nothing is due in this choice. Try new cards, or more topics.' : 'You have practised every card in this choice. Try cards due for review, or more topics.');
      return;
    }
    round = startRound(picked.map((card) => card.slug));
    showView('round');
    showCurrent();
    announce(`Round started: ${plural(picked.length, 'card')}.`);
  });
  const tools = initTools($('.practice-tools'), () => setup.refresh(deck, loadNow().cards));

  /** Shows the end of a round: `complete` when every card was rated, not when the reader ended it early. */
  const finish = (complete: boolean): void => {
    const { cards } = loadNow();
    const now = new Date();
    const states = Object.values(cards);
    const dueNow = states.filter((card) => isDue(card, now)).length;
    const upcoming = states.filter((card) => !isDue(card, now)).sort((a, b) => Date.parse(a.due) - Date.parse(b.due))[0];
    $('#done-heading').textContent = complete ? 'Round complete' : 'Round ended';
    $('[data-done-summary]').textContent =
      round.rated === 0 ? 'You ended the round before rating a card.' : `You gave ${plural(round.rated, 'rating')}: ${describeTally(round.tally)}.`;
    $('[data-done-next]').textContent =
      dueNow > 0 ? `${plural(dueNow, 'card')} ${dueNow === 1 ? 'is' : 'are'} still due for review.` : upcoming ? `Nothing else is due: the next card is ${describeDue(upcoming, now)}.` : '';
    showView('done');
    setup.refresh(deck, cards);
    tools.refresh();
    $('#done-heading').focus();
  };

  const view = createRoundView($('[data-view="round"]'), topicNames, {
    onReveal: () => announce('Answer shown. Rate how well you knew it: 1 Again, 2 Hard, 3 Good, 4 Easy.'),
    onRate: (rating) => rate(rating),
    onEnd: () => finish(false),
  });

  function showCurrent(): void {
    const card = bySlug.get(round.queue[0]!)!;
    view.show(card, { number: round.rated + 1, total: round.rated + round.queue.length });
  }

  function rate(rating: Rating): void {
    const slug = round.queue[0];
    if (slug === undefined || !view.isRevealed()) return;
    const { cards, saved } = rateCard(practiceStorage(), slug, rating, new Date());
    $('[data-save-warning]').textContent = saved ? '' : 'This rating could not be saved: the browser refused to store it.';
    round = advance(round, rating);
    tools.refresh(); // "Your progress" below the card counts this rating at once
    const interval = cards[slug]!.interval;
    const result = `${RATING_LABELS[rating]}: ${interval === 0 ? 'this card comes back later in this round' : `next review ${describeInterval(interval)}`}.`;
    if (round.queue.length === 0) {
      finish(true);
      announce(`${result} Round complete.`);
      return;
    }
    showCurrent();
    announce(`${result} Card ${round.rated + 1} of ${round.rated + round.queue.length}.`);
  }

  bindShortcuts(() => (views.get('round')!.hidden ? null : view.isRevealed() ? 'back' : 'front'), {
    reveal: () => view.reveal(),
    rate,
  });

  $('[data-new-round]').addEventListener('click', () => {
    showView('setup');
    $('#setup-heading').focus();
  });

  setup.say('Loading the cards…');
  try {
    deck = await loadDeck(root.dataset.cardsUrl!);
  } catch {
    setup.say('The cards could not be loaded. Check your connection and reload the page.');
    return;
  }
  for (const card of deck) bySlug.set(card.slug, card);
  preferNewWhenNothingDue(form, deck, loadNow().cards);
  setup.refresh(deck, loadNow().cards);
  tools.refresh();
}
