/** Pagefind options shared by the site's search and the query-table run in Node, so both rank alike. */
export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
  // Search on the main thread: Pagefind's worker script is 12 kB more to fetch, and a query's searches
  // take a few milliseconds each (under 250 ms for a whole question on a 1,000-page index).
  noWorker: true,
};
