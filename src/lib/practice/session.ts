/** Choosing the cards for a practice round and moving through them. Pure; the clock is passed in. */
import type { Difficulty } from '../questions.ts';
import type { Cards } from './progress.ts';
import { isDue, type Rating } from './scheduler.ts';

/** One card of the deck served at practice/cards.json (built from the question pages). */
export interface DeckCard {
  slug: string;
  title: string;
  topic: string;
  difficulty: Difficulty;
  /** Absolute URL of the question page. */
  url: string;
  /** The page's short answer as HTML. */
  answer: string;
}

export type RoundMode = 'due' | 'new';

/** Which part of the deck the reader chose. */
export interface Scope {
  topics: readonly string[];
  difficulties: readonly Difficulty[];
}

export interface RoundChoice extends Scope {
  mode: RoundMode;
  /** Most cards in one round; 0 means no limit. */
  limit: number;
}

function inScope(card: DeckCard, scope: Scope): boolean {
  return scope.topics.includes(card.topic) && scope.difficulties.includes(card.difficulty);
}

/** How many cards of each kind match the chosen topics and difficulties. */
export function countChoices(deck: readonly DeckCard[], cards: Cards, scope: Scope, now: Date): Record<RoundMode, number> {
  const counts = { due: 0, new: 0 };
  for (const card of deck) {
    if (!inScope(card, scope)) continue;
    const state = cards[card.slug];
    if (!state) counts.new++;
    else if (isDue(state, now)) counts.due++;
  }
  return counts;
}

/**
 * The round's cards: due cards most overdue first, or new cards (never added or rated)
 * in the deck's reading order. Cut to `limit`.
 */
export function pickCards(deck: readonly DeckCard[], cards: Cards, choice: RoundChoice, now: Date): DeckCard[] {
  const scoped = deck.filter((card) => inScope(card, choice));
  const picked =
    choice.mode === 'new'
      ? scoped.filter((card) => !cards[card.slug])
      : scoped
          .filter((card) => cards[card.slug] && isDue(cards[card.slug]!, now))
          .sort((a, b) => Date.parse(cards[a.slug]!.due) - Date.parse(cards[b.slug]!.due));
  return choice.limit > 0 ? picked.slice(0, choice.limit) : picked;
}

export interface Round {
  /** Slugs still to show; the first is the current card. */
  queue: string[];
  /** Cards rated in this round (a card rated Again and then Good counts twice). */
  rated: number;
  tally: Record<Rating, number>;
}

export function startRound(slugs: readonly string[]): Round {
  return { queue: [...slugs], rated: 0, tally: { again: 0, hard: 0, good: 0, easy: 0 } };
}

/** Moves past the current card; a card rated Again goes to the back of the queue to be seen again. */
export function advance(round: Round, rating: Rating): Round {
  const [current, ...rest] = round.queue;
  if (current === undefined) return round;
  return {
    queue: rating === 'again' ? [...rest, current] : rest,
    rated: round.rated + 1,
    tally: { ...round.tally, [rating]: round.tally[rating] + 1 },
  };
}
