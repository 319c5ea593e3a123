/** Search state <-> URL query string, and the words and options the search panel shows. Pure, for unit tests. */

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

export interface FilterOption {
  value: string;
  count: number;
  /** An option that would list nothing cannot be chosen; the chosen one always can (to see it). */
  disabled: boolean;
}

/** Options for a filter select: every known value with its count, in the given order, then by name. */
export function filterOptions(values: readonly string[], counts: Record<string, number>, selected: string, order: readonly string[] = []): FilterOption[] {
  const all = new Set(values);
  if (selected) all.add(selected);
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return [...all]
    .map((value) => ({ value, count: counts[value] ?? 0, disabled: (counts[value] ?? 0) === 0 && value !== selected }))
    .sort((a, b) => rank(a.value) - rank(b.value) || a.value.localeCompare(b.value, 'en'));
}
