import type { APIRoute } from 'astro';
import { getDeck } from '../../data/practice-deck.ts';

/** The flashcard deck, fetched only by the practice page (never embedded in other pages). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ cards: await getDeck() }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
