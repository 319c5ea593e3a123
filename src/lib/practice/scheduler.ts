/**
 * Spaced repetition with SM-2 (Wozniak, 1990), the algorithm behind SuperMemo 2 and early Anki.
 *
 * Each card keeps an easiness factor (ease, 2.5 to start, never below 1.3) and a run of successful
 * reviews. A pass schedules the card 1 day out, then 6 days, then the previous interval times the
 * ease; a failure starts the run again. The four buttons map to SM-2 quality grades:
 *
 *   Again = 2 (wrong, but the answer made sense once seen)   ease - 0.32, run restarts
 *   Hard  = 3 (right, with serious difficulty)               ease - 0.14
 *   Good  = 4 (right, after some thought)                    ease unchanged
 *   Easy  = 5 (right, at once)                               ease + 0.10
 *
 * One deliberate detail: SM-2 repeats failed items within the same day, so Again makes the card due
 * immediately (interval 0) and the practice round shows it again; the next pass then starts at 1 day.
 * All times come in as arguments, so callers (and tests) control the clock.
 */

export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Record<Rating, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

const QUALITY: Record<Rating, number> = { again: 2, hard: 3, good: 4, easy: 5 };

export const INITIAL_EASE = 2.5;
export const MIN_EASE = 1.3;
/** A card whose interval has reached three weeks counts as mastered (Anki calls these "mature"). */
export const MASTERED_DAYS = 21;
export const DAY_MS = 86_400_000;

/** What is stored per question slug. Dates are ISO strings so the state is plain JSON. */
export interface CardState {
  /** SM-2 easiness factor, at least 1.3. */
  ease: number;
  /** Days from the last review to `due`; 0 after Again or for a card only added to review. */
  interval: number;
  /** Passing reviews in a row since the card was new or last failed. */
  reps: number;
  /** Times the card was rated Again. */
  lapses: number;
  /** Ratings of any kind. */
  reviews: number;
  /** When the card is next due (ISO 8601). */
  due: string;
  /** When the card was last rated (ISO 8601), or null if it was added but never rated. */
  lastReview: string | null;
}

/** A card the reader added to review without rating it yet: due straight away. */
export function newCard(now: Date): CardState {
  return { ease: INITIAL_EASE, interval: 0, reps: 0, lapses: 0, reviews: 0, due: now.toISOString(), lastReview: null };
}

function nextInterval(card: CardState, rating: Rating): number {
  if (rating === 'again') return 0;
  if (card.reps === 0) return 1;
  if (card.reps === 1) return 6;
  return Math.round(card.interval * card.ease);
}

function nextEase(ease: number, rating: Rating): number {
  const miss = 5 - QUALITY[rating];
  const updated = ease + (0.1 - miss * (0.08 + miss * 0.02));
  return Math.max(MIN_EASE, Math.round(updated * 100) / 100);
}

/** The card's state after the reader gives it `rating` at `now`. A missing card is treated as new. */
export function review(card: CardState | undefined, rating: Rating, now: Date): CardState {
  const current = card ?? newCard(now);
  const interval = nextInterval(current, rating);
  const failed = rating === 'again';
  return {
    ease: nextEase(current.ease, rating),
    interval,
    reps: failed ? 0 : current.reps + 1,
    lapses: current.lapses + (failed ? 1 : 0),
    reviews: current.reviews + 1,
    due: new Date(now.getTime() + interval * DAY_MS).toISOString(),
    lastReview: now.toISOString(),
  };
}

export function isDue(card: CardState, now: Date): boolean {
  return Date.parse(card.due) <= now.getTime();
}

export function isMastered(card: CardState): boolean {
  return card.interval >= MASTERED_DAYS;
}
