/**
 * The search panel used by both the header dialog and the /search/ page: a query box, topic and
 * difficulty filters with counts, and results with excerpts and section links.
 *
 * The query runs through findPages (src/lib/search/), the same code the query table tests. Only the
 * results on screen load their data (one small file each): the first RESULTS_PER_BATCH, then more
 * with "Show more". Filters and their counts apply to the full result list in the browser, so the
 * counts always agree with what the list shows.
 * Keyboard: ArrowDown/ArrowUp move between the box, the results and "Show more"; Enter follows a link.
 */
import { loadSearchIndex, type EngineResult, type PageData } from './engine.ts';
import { findPages, type FoundPages } from '../../lib/search/find-pages.ts';
import { applyFilters, facetCounts, type Dimension } from '../../lib/search/facets.ts';
import { describeResults, filterOptions, hasCriteria, type SearchState } from '../../lib/search-state.ts';

const DIFFICULTY_ORDER = ['Junior', 'Mid-level', 'Senior'];
/** Results whose data is loaded at a time. */
export const RESULTS_PER_BATCH = 5;

export interface PanelOptions {
  initial: SearchState;
  /** Called with the state after every search, e.g. to update the page URL. */
  onChange?: (state: SearchState) => void;
  idPrefix: string;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const quoted = (terms: { text: string }[]) => terms.map((term) => `“${term.text}”`).join(', ');

function renderResult(data: PageData): HTMLLIElement {
  const meta = data.meta;
  const item = el('li', { className: 'search-result' });
  item.append(el('a', { href: data.url, className: 'search-result-title' }, [meta.title ?? data.url]));
  const chips = el('p', { className: 'search-result-meta' });
  if (meta.topic) chips.append(el('span', { className: 'chip' }, [meta.topic]));
  if (meta.difficulty) chips.append(el('span', { className: `badge badge-${meta.difficulty}` }, [meta.difficulty === 'mid' ? 'Mid-level' : meta.difficulty.charAt(0).toUpperCase() + meta.difficulty.slice(1)]));
  if (chips.childNodes.length) item.append(chips);
  if (meta.summary) item.append(el('p', { className: 'search-result-summary' }, [meta.summary]));
  if (data.excerpt.includes('<mark>')) {
    // Without a highlighted word the excerpt is the page's opening, which restates the summary above.
    const excerpt = el('p', { className: 'search-result-excerpt' });
    excerpt.innerHTML = data.excerpt; // Pagefind escapes page text; only <mark> is markup.
    item.append(excerpt);
  }
  const sections = data.sub_results.filter((sub) => sub.url.includes('#') && sub.url !== data.url).slice(0, 3);
  if (sections.length) {
    item.append(el('ul', { className: 'search-subresults' }, sections.map((sub) => el('li', {}, [el('a', { href: sub.url }, [sub.title])]))));
  }
  return item;
}

/** What the status line says about a list of `count` results; `clearFilters` offers a way out of an empty filtered list. */
function describe(count: number, state: SearchState, found: FoundPages | undefined, clearFilters: () => void): (Node | string)[] {
  const unknown = found?.unknown.length ? ` No page mentions ${quoted(found.unknown)}, so it was left out.` : '';
  if (!hasCriteria(state)) return ['Type a word, a status code, an identifier or a whole question, or choose a filter.'];
  if (count > 0) return [describeResults(count, state), found?.partial ? ', closest first (no page has every word).' : '.', unknown];
  const filtered = state.topic || state.difficulty;
  const what = found?.terms.length && found.unknown.length === found.terms.length ? `No page mentions ${quoted(found.unknown)}. ` : `No results${state.query ? ` for “${state.query}”` : ''}${filtered ? ' with these filters' : ''}. `;
  const clear = el('button', { type: 'button', className: 'search-clear-filters' }, ['search all topics and levels']);
  clear.addEventListener('click', clearFilters);
  return [
    what,
    ...(filtered ? ['Try ', clear, ', ', 'another word'] : ['Try another word']),
    ' for the same thing (for example “token” instead of “bearer credential”), or ',
    el('a', { href: `${import.meta.env.BASE_URL}questions/` }, ['browse all questions']),
    '.',
  ];
}

export function createSearchPanel(root: HTMLElement, options: PanelOptions): { focus: () => void } {
  const { idPrefix } = options;
  const input = el('input', { type: 'search', id: `${idPrefix}-q`, className: 'search-input', placeholder: 'e.g. 429, model_dump, CORS', autocomplete: 'off', spellcheck: false, value: options.initial.query });
  input.setAttribute('aria-describedby', `${idPrefix}-status`);
  const selects: Record<Dimension, HTMLSelectElement> = {
    topic: el('select', { id: `${idPrefix}-topic`, className: 'search-select' }),
    difficulty: el('select', { id: `${idPrefix}-difficulty`, className: 'search-select' }),
  };
  const status = el('p', { id: `${idPrefix}-status`, className: 'search-status' });
  status.setAttribute('role', 'status');
  const results = el('ol', { className: 'search-results', id: `${idPrefix}-results` });
  results.setAttribute('aria-label', 'Search results');
  const more = el('button', { type: 'button', className: 'button search-more', hidden: true });

  root.replaceChildren(
    el('div', { className: 'search-box' }, [el('label', { htmlFor: input.id, className: 'visually-hidden' }, ['Search the guide']), input]),
    el('div', { className: 'search-filters' }, [
      el('label', { htmlFor: selects.topic.id }, ['Topic', selects.topic]),
      el('label', { htmlFor: selects.difficulty.id }, ['Difficulty', selects.difficulty]),
    ]),
    status,
    results,
    more,
  );

  let state: SearchState = { ...options.initial };
  let ticket = 0;
  let shownFor = '';
  /** Every result of the search on screen, filtered, and how many of them are rendered. */
  let listed: EngineResult[] = [];
  let rendered = 0;

  function fillSelect(dimension: Dimension, allLabel: string, values: string[], counts: Record<string, number>, selected: string, order?: string[]) {
    const opts = filterOptions(values, counts, selected, order).map(({ value, count, disabled }) => el('option', { value, selected: value === selected, disabled }, [`${value} (${count})`]));
    selects[dimension].replaceChildren(el('option', { value: '', selected: selected === '' }, [allLabel]), ...opts);
  }

  function updateMore() {
    const left = listed.length - rendered;
    more.hidden = left <= 0;
    more.disabled = false;
    more.textContent = `Show ${Math.min(left, RESULTS_PER_BATCH)} more (${left} left)`;
  }

  /** Searches for the state as it is now; a later call supersedes an earlier one still in flight. */
  async function run() {
    const current: SearchState = { ...state, query: state.query.trim() };
    const key = JSON.stringify(current);
    if (key === shownFor) return; // already on screen: re-rendering would steal focus from a result
    const mine = ++ticket;
    const index = await loadSearchIndex();
    const found = current.query ? await findPages(index.engine, current.query) : undefined;
    const reachable = found ? found.pages : index.pages;
    const matches = found || current.topic || current.difficulty ? applyFilters(reachable, index.facets, current) : [];
    const first = await Promise.all(matches.slice(0, RESULTS_PER_BATCH).map((page) => page.data()));
    if (mine !== ticket) return;
    shownFor = key;
    listed = matches;
    rendered = first.length;
    fillSelect('topic', 'All topics', index.values.topic, facetCounts(reachable, index.facets, current, 'topic'), current.topic);
    fillSelect('difficulty', 'All levels', index.values.difficulty, facetCounts(reachable, index.facets, current, 'difficulty'), current.difficulty, DIFFICULTY_ORDER);
    options.onChange?.(current);
    results.replaceChildren(...first.map(renderResult));
    updateMore();
    status.replaceChildren(...describe(matches.length, current, found, clearFilters));
  }

  function clearFilters() {
    state = { ...state, topic: '', difficulty: '' };
    input.focus();
    run().catch(fail);
  }

  async function showMore() {
    const mine = ticket;
    more.disabled = true;
    const data = await Promise.all(listed.slice(rendered, rendered + RESULTS_PER_BATCH).map((page) => page.data()));
    if (mine !== ticket) return;
    const items = data.map(renderResult);
    results.append(...items);
    rendered += items.length;
    updateMore();
    items[0]?.querySelector('a')?.focus();
  }

  const fail = () => {
    status.textContent = 'Search could not be loaded. Check your connection and reload the page.';
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    state = { ...state, query: input.value };
    clearTimeout(timer);
    timer = setTimeout(() => run().catch(fail), 150);
  });
  for (const dimension of ['topic', 'difficulty'] as const) {
    selects[dimension].addEventListener('change', () => {
      state = { ...state, [dimension]: selects[dimension].value };
      run().catch(fail);
    });
  }
  more.addEventListener('click', () => showMore().catch(fail));

  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops: HTMLElement[] = [...results.querySelectorAll<HTMLAnchorElement>('a')];
    if (!more.hidden) stops.push(more);
    if (stops.length === 0) return;
    const index = stops.indexOf(document.activeElement as HTMLElement);
    if (event.target === input && event.key === 'ArrowDown') stops[0]!.focus();
    else if (index >= 0 && event.key === 'ArrowDown') stops[Math.min(index + 1, stops.length - 1)]!.focus();
    else if (index > 0) stops[index - 1]!.focus();
    else if (index === 0) input.focus();
    else return;
    event.preventDefault();
  });

  status.textContent = 'Loading search…';
  run().catch(fail);
  return { focus: () => input.focus() };
}
