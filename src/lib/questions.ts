/** Pure logic over question metadata: ordering, related-question ranking, topic neighbours. */

export const DIFFICULTIES = ['junior', 'mid', 'senior'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
};

export interface QuestionMeta {
  slug: string;
  title: string;
  topic: string;
  tags: readonly string[];
  difficulty: Difficulty;
  related?: readonly string[];
}

type Ordered = Pick<QuestionMeta, 'difficulty' | 'title' | 'slug'>;

/** Junior before mid before senior, then alphabetical by title: a stable reading order. */
export function compareQuestions(a: Ordered, b: Ordered): number {
  const byLevel = DIFFICULTIES.indexOf(a.difficulty) - DIFFICULTIES.indexOf(b.difficulty);
  if (byLevel !== 0) return byLevel;
  return a.title.localeCompare(b.title, 'en') || a.slug.localeCompare(b.slug, 'en');
}

/** How strongly two questions are connected by topic and tags (0 = unrelated). */
export function relatedness(a: QuestionMeta, b: QuestionMeta): number {
  let score = 0;
  if (a.topic === b.topic) score += 4;
  if (b.tags.includes(a.topic)) score += 2;
  if (a.tags.includes(b.topic)) score += 2;
  score += a.tags.filter((tag) => b.tags.includes(tag)).length;
  return score;
}

/**
 * Related questions for `current`: its explicit `related` slugs first (in the order written),
 * then the best-connected others by relatedness, ties broken by reading order. Never itself.
 */
export function rankRelated<T extends QuestionMeta>(current: T, all: readonly T[], limit = 5): T[] {
  const bySlug = new Map(all.map((q) => [q.slug, q]));
  const chosen: T[] = [];
  const seen = new Set<string>([current.slug]);
  for (const slug of current.related ?? []) {
    const q = bySlug.get(slug);
    if (q && !seen.has(slug)) {
      chosen.push(q);
      seen.add(slug);
    }
  }
  const ranked = all
    .filter((q) => !seen.has(q.slug))
    .map((q) => ({ q, score: relatedness(current, q) }))
    .filter(({ score }) => score > 0)
    .sort((x, y) => y.score - x.score || compareQuestions(x.q, y.q));
  for (const { q } of ranked) chosen.push(q);
  return chosen.slice(0, Math.max(limit, current.related?.length ?? 0));
}

/** Previous and next question within the same topic, in reading order. */
export function topicNeighbours<T extends QuestionMeta>(
  current: T,
  all: readonly T[],
): { previous?: T; next?: T } {
  const inTopic = all.filter((q) => q.topic === current.topic).sort(compareQuestions);
  const index = inTopic.findIndex((q) => q.slug === current.slug);
  if (index === -1) return {};
  return { previous: inTopic[index - 1], next: inTopic[index + 1] };
}

/** Questions grouped by difficulty, each group in reading order; empty groups are left out. */
export function groupByDifficulty<T extends QuestionMeta>(questions: readonly T[]): { difficulty: Difficulty; questions: T[] }[] {
  return DIFFICULTIES.map((difficulty) => ({
    difficulty,
    questions: questions.filter((q) => q.difficulty === difficulty).sort(compareQuestions),
  })).filter((group) => group.questions.length > 0);
}
