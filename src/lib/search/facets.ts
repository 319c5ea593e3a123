/**
 * Topic and difficulty of every indexed page, read once from Pagefind's filter index, so that the
 * results of any query can be filtered and counted in the browser: the counts beside each filter
 * option are then always counts of the list the reader sees. Pure, for unit tests.
 */

export const DIMENSIONS = ['topic', 'difficulty'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type Filters = Record<Dimension, string>;
export type PageFacets = Partial<Record<Dimension, string>>;

/** Page id → its facets, from the pages Pagefind lists under each filter value. */
export function facetIndex(groups: readonly { dimension: Dimension; value: string; ids: readonly string[] }[]): Map<string, PageFacets> {
  const index = new Map<string, PageFacets>();
  for (const { dimension, value, ids } of groups) {
    for (const id of ids) index.set(id, { ...index.get(id), [dimension]: value });
  }
  return index;
}

function passes(facets: PageFacets | undefined, filters: Filters, ignore?: Dimension): boolean {
  return DIMENSIONS.every((dimension) => dimension === ignore || !filters[dimension] || facets?.[dimension] === filters[dimension]);
}

/** The pages that pass every filter that is set, in their order. */
export function applyFilters<T extends { id: string }>(pages: readonly T[], index: Map<string, PageFacets>, filters: Filters): T[] {
  return pages.filter((page) => passes(index.get(page.id), filters));
}

/**
 * How many of the pages each value of one dimension would leave, with the other filters applied
 * and this dimension's own filter ignored, so every option shows what choosing it would list.
 */
export function facetCounts(pages: readonly { id: string }[], index: Map<string, PageFacets>, filters: Filters, dimension: Dimension): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const page of pages) {
    const facets = index.get(page.id);
    const value = facets?.[dimension];
    if (value && passes(facets, filters, dimension)) counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}
