/** Table-of-contents entries from a page's headings: h2 items with their h3 children. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

export function buildToc(headings: readonly Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) items.push({ slug: heading.slug, text: heading.text, children: [] });
    else if (heading.depth === 3 && items.length > 0) items[items.length - 1]!.children.push({ slug: heading.slug, text: heading.text });
  }
  return items;
}
