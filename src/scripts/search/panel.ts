/**
 * The search panel used by both the header dialog and the /search/ page: a query box, topic and
 * difficulty filters with counts, and results with excerpts and section links.
 * Keyboard: ArrowDown/ArrowUp move between the box and the results; Enter follows a result.
 */
import { loadPagefind, type Pagefind, type ResultData } from './engine.ts';
import { describeResults, filterOptions, hasCriteria, pagefindFilters, type SearchState } from '../../lib/search-state.ts';

const DIFFICULTY_ORDER = ['Junior', 'Mid-level', 'Senior'];
const MAX_RESULTS = 12;

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

export function createSearchPanel(root: HTMLElement, options: PanelOptions): { focus: () => void } {
  const { idPrefix } = options;
  const input = el('input', { type: 'search', id: `${idPrefix}-q`, className: 'search-input', placeholder: 'e.g. 429, model_dump, CORS', autocomplete: 'off', spellcheck: false, value: options.initial.query });
  input.setAttribute('aria-describedby', `${idPrefix}-status`);
  const topic = el('select', { id: `${idPrefix}-topic`, className: 'search-select' });
  const difficulty = el('select', { id: `${idPrefix}-difficulty`, className: 'search-select' });
  const status = el('p', { id: `${idPrefix}-status`, className: 'search-status' });
  status.setAttribute('role', 'status');
  const results = el('ol', { className: 'search-results', id: `${idPrefix}-results` });
  results.setAttribute('aria-label', 'Search results');

  root.replaceChildren(
    el('div', { className: 'search-box' }, [el('label', { htmlFor: input.id, className: 'visually-hidden' }, ['Search the guide']), input]),
    el('div', { className: 'search-filters' }, [
      el('label', { htmlFor: topic.id }, ['Topic', topic]),
      el('label', { htmlFor: difficulty.id }, ['Difficulty', difficulty]),
    ]),
    status,
    results,
  );

  let state: SearchState = { ...options.initial };
  let counter = 0;

  function fillSelect(select: HTMLSelectElement, allLabel: string, counts: Record<string, number> | undefined, selected: string, order?: string[]) {
    const opts = filterOptions(counts, selected, order).map(({ value, count }) => el('option', { value, selected: value === selected }, [`${value} (${count})`]));
    select.replaceChildren(el('option', { value: '', selected: selected === '' }, [allLabel]), ...opts);
  }

  function renderResult(data: ResultData): HTMLLIElement {
    const meta = data.meta;
    const item = el('li', { className: 'search-result' });
    const link = el('a', { href: data.url, className: 'search-result-title' }, [meta.title ?? data.url]);
    item.append(link);
    const chips = el('p', { className: 'search-result-meta' });
    if (meta.topic) chips.append(el('span', { className: 'chip' }, [meta.topic]));
    if (meta.difficulty) chips.append(el('span', { className: `badge badge-${meta.difficulty}` }, [meta.difficulty === 'mid' ? 'Mid-level' : meta.difficulty.charAt(0).toUpperCase() + meta.difficulty.slice(1)]));
    if (chips.childNodes.length) item.append(chips);
    if (meta.summary) item.append(el('p', { className: 'search-result-summary' }, [meta.summary]));
    const excerpt = el('p', { className: 'search-result-excerpt' });
    excerpt.innerHTML = data.excerpt; // Pagefind escapes page text; only <mark> is markup.
    item.append(excerpt);
    const subs = data.sub_results.filter((sub) => sub.url.includes('#') && sub.url !== data.url).slice(0, 3);
    if (subs.length) {
      item.append(el('ul', { className: 'search-subresults' }, subs.map((sub) => el('li', {}, [el('a', { href: sub.url }, [sub.title])]))));
    }
    return item;
  }

  /** Counts for one filter, as if that filter were not set (so the reader sees every option's reach). */
  async function countsWithout(pagefind: Pagefind, current: SearchState, dimension: 'topic' | 'difficulty') {
    const rest = { ...current, [dimension]: '' };
    if (!hasCriteria(rest)) return (await pagefind.filters())[dimension];
    return (await pagefind.search(rest.query.trim() || null, { filters: pagefindFilters(rest) })).filters[dimension];
  }

  let shownFor = '';

  /** Searches for the state as it is now; a later call supersedes an earlier one still in flight. */
  async function run() {
    const current: SearchState = { ...state, query: state.query.trim() };
    const key = JSON.stringify(current);
    if (key === shownFor) return; // already on screen: re-rendering would steal focus from a result
    const ticket = ++counter;
    const pagefind = await loadPagefind();
    const search = hasCriteria(current) ? await pagefind.search(current.query || null, { filters: pagefindFilters(current) }) : undefined;
    const [topicCounts, difficultyCounts] = await Promise.all([countsWithout(pagefind, current, 'topic'), countsWithout(pagefind, current, 'difficulty')]);
    const data = search ? await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data())) : [];
    if (ticket !== counter) return;
    shownFor = key;
    fillSelect(topic, 'All topics', topicCounts, current.topic);
    fillSelect(difficulty, 'All levels', difficultyCounts, current.difficulty, DIFFICULTY_ORDER);
    options.onChange?.(current);
    results.replaceChildren(...data.map(renderResult));
    if (!search) {
      status.textContent = 'Type a word, a status code or an identifier, or choose a filter.';
    } else if (data.length === 0) {
      const filtered = current.topic || current.difficulty;
      status.replaceChildren(
        `No results${current.query ? ` for “${current.query}”` : ''}${filtered ? ' with these filters' : ''}. `,
        filtered ? 'Try clearing the filters, or ' : 'Try ',
        'a shorter or more general word (for example “token” instead of “tokens expiry”), or ',
        el('a', { href: `${import.meta.env.BASE_URL}questions/` }, ['browse all questions']),
        '.',
      );
    } else {
      const shown = search.results.length > MAX_RESULTS ? ` (showing the first ${MAX_RESULTS})` : '';
      status.textContent = describeResults(search.results.length, current) + shown;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    state = { ...state, query: input.value };
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  topic.addEventListener('change', () => {
    state = { ...state, topic: topic.value };
    void run();
  });
  difficulty.addEventListener('change', () => {
    state = { ...state, difficulty: difficulty.value };
    void run();
  });

  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...results.querySelectorAll<HTMLAnchorElement>('a')];
    if (links.length === 0) return;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.target === input && event.key === 'ArrowDown') links[0]!.focus();
    else if (index >= 0 && event.key === 'ArrowDown') links[Math.min(index + 1, links.length - 1)]!.focus();
    else if (index > 0) links[index - 1]!.focus();
    else if (index === 0) input.focus();
    else return;
    event.preventDefault();
  });

  status.textContent = 'Loading search…';
  run().catch(() => {
    status.textContent = 'Search could not be loaded. Check your connection and reload the page.';
  });
  return { focus: () => input.focus() };
}
