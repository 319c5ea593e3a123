import type { APIRoute } from 'astro';
import { getAnkiDeck } from '../../data/anki-deck.ts';

/** The Anki deck (see src/lib/anki.ts), a download linked from the practice page. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The Anki deck needs `site` (SITE_URL) so its links can open the guide from Anki.');
  const { text } = await getAnkiDeck(site);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
