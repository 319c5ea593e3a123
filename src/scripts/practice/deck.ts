/** Loads the flashcard deck built at practice/cards.json. */
import type { DeckCard } from '../../lib/practice/session.ts';

export async function loadDeck(url: string): Promise<DeckCard[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const data = (await response.json()) as { cards?: unknown };
  if (!Array.isArray(data.cards)) throw new Error(`${url} has no cards`);
  return data.cards as DeckCard[];
}
