import { joinBase } from './base.ts';

/** The one way pages and components build internal links and asset URLs. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

export const questionHref = (slug: string): string => href(`questions/${slug}/`);
export const topicHref = (topic: string): string => href(`topics/${topic}/`);
