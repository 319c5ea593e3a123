/**
 * The progress data itself: a map from question slug to card state, how to check one read from an
 * untrusted place (storage, an imported file), how to bring an older version up to date, and how
 * to merge two of them. Pure: no storage, no DOM, no clock.
 */
import { MIN_EASE, isDue, isMastered, type CardState } from './scheduler.ts';

export const PROGRESS_VERSION = 1;

export type Cards = Record<string, CardState>;

/** Same rule as content slugs: lowercase words joined by hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

const isInstant = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** Why a stored card state is unusable, or null when it is fine. */
export function cardProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'is not an object';
  if (typeof value.ease !== 'number' || !(value.ease >= MIN_EASE && value.ease <= 10)) return 'has an ease outside 1.3–10';
  for (const field of ['interval', 'reps', 'lapses', 'reviews'] as const) {
    if (!isCount(value[field])) return `has an invalid ${field} (not a whole number of 0 or more)`;
  }
  if (!isInstant(value.due)) return 'has no valid due date';
  if (value.lastReview !== null && !isInstant(value.lastReview)) return 'has an invalid lastReview date';
  return null;
}

/** Keeps only the known fields, so stray keys in a file never end up in storage. */
function cleanCard(value: CardState): CardState {
  const { ease, interval, reps, lapses, reviews, due, lastReview } = value;
  return { ease, interval, reps, lapses, reviews, due, lastReview };
}

export interface CheckedCards {
  cards: Cards;
  /** One line per entry that was left out, naming the slug. */
  problems: string[];
}

/** Splits an untrusted `cards` object into the valid entries and a description of the rest. */
export function checkCards(value: unknown): CheckedCards {
  if (!isRecord(value)) return { cards: {}, problems: ['"cards" is not an object keyed by question slug'] };
  const cards: Cards = {};
  const problems: string[] = [];
  for (const [slug, state] of Object.entries(value)) {
    const problem = SLUG.test(slug) ? cardProblem(state) : 'is not a question slug';
    if (problem) problems.push(`"${slug}" ${problem}`);
    else cards[slug] = cleanCard(state as CardState);
  }
  return { cards, problems };
}

/** Upgrades data of version n to n + 1. Version 1 is the first, so there are none yet. */
export type Migrations = Record<number, (data: Record<string, unknown>) => Record<string, unknown>>;
export const MIGRATIONS: Migrations = {};

/**
 * Brings versioned data up to `target` by applying each step in turn.
 * Returns null for data that is not versioned, is newer than `target`, or has no path up.
 */
export function migrate(data: unknown, migrations: Migrations = MIGRATIONS, target = PROGRESS_VERSION): Record<string, unknown> | null {
  if (!isRecord(data) || !Number.isInteger(data.version)) return null;
  let current = data;
  while ((current.version as number) < target) {
    const step = migrations[current.version as number];
    if (!step) return null;
    current = step(current);
  }
  return current.version === target ? current : null;
}

const reviewedAt = (card: CardState): number => (card.lastReview ? Date.parse(card.lastReview) : -Infinity);

export interface MergeResult {
  cards: Cards;
  added: number;
  updated: number;
  unchanged: number;
}

/** Per slug, keeps whichever state was reviewed more recently; on a tie the current one stays. */
export function mergeCards(current: Cards, incoming: Cards): MergeResult {
  const cards: Cards = { ...current };
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const [slug, state] of Object.entries(incoming)) {
    const mine = current[slug];
    if (!mine) {
      cards[slug] = state;
      added++;
    } else if (reviewedAt(state) > reviewedAt(mine)) {
      cards[slug] = state;
      updated++;
    } else {
      unchanged++;
    }
  }
  return { cards, added, updated, unchanged };
}

export interface TopicProgress {
  seen: number;
  due: number;
  mastered: number;
}

/** Seen, due and mastered counts per topic. Cards whose slug is not in `topicOf` are skipped. */
export function progressByTopic(cards: Cards, topicOf: Readonly<Record<string, string>>, now: Date): Map<string, TopicProgress> {
  const totals = new Map<string, TopicProgress>();
  for (const [slug, card] of Object.entries(cards)) {
    const topic = topicOf[slug];
    if (!topic) continue;
    const entry = totals.get(topic) ?? { seen: 0, due: 0, mastered: 0 };
    entry.seen++;
    if (isDue(card, now)) entry.due++;
    if (isMastered(card)) entry.mastered++;
    totals.set(topic, entry);
  }
  return totals;
}
