/** Wording for schedules and tallies shown in the practice interface. */
import { DAY_MS, RATINGS, RATING_LABELS, type CardState, type Rating } from './scheduler.ts';

/** plural(1, 'card') → '1 card'; plural(3, 'card') → '3 cards'. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** 0 → 'later in this round', 1 → 'tomorrow', 6 → 'in 6 days', 45 → 'in 2 months', 400 → 'in 1.1 years'. */
export function describeInterval(days: number): string {
  if (days <= 0) return 'later in this round';
  if (days === 1) return 'tomorrow';
  if (days < 31) return `in ${days} days`;
  if (days < 365) return `in ${plural(Math.round(days / 30), 'month')}`;
  return `in ${(days / 365).toFixed(1)} years`;
}

/** When a stored card comes up next, relative to `now`: 'due now', 'due tomorrow', 'due in 5 days'. */
export function describeDue(card: CardState, now: Date): string {
  const days = Math.ceil((Date.parse(card.due) - now.getTime()) / DAY_MS);
  if (days <= 0) return 'due now';
  return `due ${describeInterval(days)}`;
}

/** '2 Again, 5 Good, 1 Easy' (ratings never given are left out). */
export function describeTally(tally: Record<Rating, number>): string {
  return RATINGS.filter((r) => tally[r] > 0)
    .map((r) => `${tally[r]} ${RATING_LABELS[r]}`)
    .join(', ');
}
