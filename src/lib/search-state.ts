/** Search state <-> URL query string, and the Pagefind filter object for it. Pure, for unit tests. */

export interface SearchState {
  query: string;
  topic: string;
  difficulty: string;
}

export const EMPTY_STATE: SearchState = { query: '', topic: '', difficulty: '' };

export function stateFromParams(params: URLSearchParams): SearchState {
  return {
    query: (params.get('q') ?? '').trim().slice(0, 200),
    topic: params.get('topic') ?? '',
    difficulty: params.get('difficulty') ?? '',
  };
}

/** Query string for a state, leaving out empty fields: "?q=cors&difficulty=Senior" or "". */
export function stateToQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  if (state.topic) params.set('topic', state.topic);
  if (state.difficulty) params.set('difficulty', state.difficulty);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's `filters` option: only the filters that are set. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.topic) filters.topic = state.topic;
  if (state.difficulty) filters.difficulty = state.difficulty;
  return filters;
}

/** Whether there is anything to search for: words, or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return state.query.trim() !== '' || state.topic !== '' || state.difficulty !== '';
}

/** "1 result" / "12 results" plus what was searched, for the live region. */
export function describeResults(count: number, state: SearchState): string {
  const noun = count === 1 ? 'result' : 'results';
  const parts = [state.query.trim() && `for “${state.query.trim()}”`, state.topic && `in ${state.topic}`, state.difficulty && `at ${state.difficulty} level`].filter(Boolean);
  return `${count} ${noun}${parts.length ? ` ${parts.join(' ')}` : ''}`;
}

/** Options for a filter select: every known value with its count, the selected one kept even at 0. */
export function filterOptions(counts: Record<string, number> | undefined, selected: string, order: readonly string[] = []): { value: string; count: number }[] {
  const entries = Object.entries(counts ?? {});
  if (selected && !entries.some(([value]) => value === selected)) entries.push([selected, 0]);
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return entries
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => rank(a.value) - rank(b.value) || a.value.localeCompare(b.value, 'en'));
}
