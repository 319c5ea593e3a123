/** Pagefind options shared by the site's search and the query-table run in Node, so both rank alike. */
export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
};
