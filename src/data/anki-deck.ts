import { getStudyRecords } from './study-records.ts';
import { ankiNote, buildAnkiText } from '../lib/anki.ts';
import { siteName } from '../site-config.ts';

/** Where the deck is served, under the base, and the name it downloads as. */
export const ANKI_DECK_PATH = 'practice/api-interview-guide-anki.txt';
export const ANKI_FILE_NAME = 'api-interview-guide-anki.txt';

/** The Anki import file: one note per question, links pointing at the deployed site (`site`). */
export async function getAnkiDeck(site: URL): Promise<{ text: string; notes: number }> {
  const records = await getStudyRecords();
  const notes = records.map((r) => ankiNote({ ...r, pageUrl: new URL(r.url, site).href }, site.origin));
  return { text: buildAnkiText(notes, { deck: siteName }), notes: notes.length };
}
