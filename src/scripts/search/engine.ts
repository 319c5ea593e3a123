/**
 * Loads Pagefind from the site (under the base path) the first time search is opened, with the
 * options shared with the Node query table, and reads the topic and difficulty of every page once so
 * that results can be filtered and counted without more searches.
 */
import { PAGEFIND_OPTIONS } from '../../lib/search/pagefind-options.ts';
import { DIMENSIONS, facetIndex, type Dimension, type PageFacets } from '../../lib/search/facets.ts';
import type { EngineResult, SearchEngine } from '../../lib/search/find-pages.ts';

export type { EngineResult, PageData } from '../../lib/search/find-pages.ts';

interface Pagefind extends SearchEngine {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: EngineResult[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

export interface SearchIndex {
  engine: SearchEngine;
  /** Topic and difficulty of each page id. */
  facets: Map<string, PageFacets>;
  /** Every value of each filter. */
  values: Record<Dimension, string[]>;
  /** Every page, in Pagefind's order (listed when only filters are chosen). */
  pages: EngineResult[];
}

async function open(): Promise<SearchIndex> {
  const base = import.meta.env.BASE_URL;
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ ...PAGEFIND_OPTIONS, baseUrl: base });
  await pagefind.init();
  const filters = await pagefind.filters();
  const values = Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, Object.keys(filters[dimension] ?? {})])) as Record<Dimension, string[]>;
  const groups = await Promise.all(
    DIMENSIONS.flatMap((dimension) =>
      values[dimension].map(async (value) => ({ dimension, value, ids: (await pagefind.search(null, { filters: { [dimension]: value } })).results.map((page) => page.id) })),
    ),
  );
  const pages = (await pagefind.search(null)).results;
  return { engine: pagefind, facets: facetIndex(groups), values, pages };
}

let loading: Promise<SearchIndex> | undefined;

export function loadSearchIndex(): Promise<SearchIndex> {
  loading ??= open();
  loading.catch(() => (loading = undefined));
  return loading;
}
