/** An accessible name for a scrolling table wrapper, from the table's header cells. Pure. */

const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** "Table: Class, Reads, Injects" from the <th> cells of the table's HTML; "Table" when it has none. */
export function tableLabel(tableHtml: string): string {
  const headers = [...tableHtml.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((m) => textOf(m[1]!)).filter(Boolean);
  return headers.length ? `Table: ${headers.join(', ')}` : 'Table';
}
