/**
 * The Anki deck: one note per question, written as a text file Anki imports directly (File → Import).
 * Anki reads the `#key:value` header lines at the top (separator, HTML, note type, deck, which column
 * holds the GUID and which the tags), so the reader has nothing to set up. Fields are quoted the
 * CSV way, so a tab, quote or line break inside one can never shift the columns. The stable GUID per
 * question slug makes a re-import update the notes in place instead of adding copies.
 */
import { DIFFICULTY_LABELS, type Difficulty } from './questions.ts';

export const ANKI_COLUMNS = ['GUID', 'Front', 'Back', 'Tags'] as const;

export interface AnkiNote {
  guid: string;
  /** The question title (plain text; Anki treats it as HTML, so it is escaped). */
  front: string;
  /** HTML: the short answer and a link to the page. */
  back: string;
  tags: string[];
}

export interface AnkiDeckOptions {
  deck: string;
  /** Anki's built-in note type with Front and Back fields. */
  notetype?: string;
}

/** The study-record fields a note is made from. */
export interface NoteSource {
  slug: string;
  title: string;
  topic: string;
  difficulty: Difficulty;
  shortAnswer: string;
  /** The page's absolute URL (https://…). */
  pageUrl: string;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Makes root-relative links (`href="/api-guide/…"`) absolute, so they open the site from inside Anki. */
export function absoluteLinks(html: string, origin: string): string {
  const base = origin.replace(/\/+$/, '');
  return html.replace(/(\s(?:href|src)=")\/(?!\/)/g, `$1${base}/`);
}

/** Anki tags hold no spaces; `::` makes a hierarchy in Anki's browser (api-interview-guide::topic::http). */
export function ankiTags(topic: string, difficulty: Difficulty): string[] {
  return [`api-interview-guide::topic::${topic}`, `api-interview-guide::level::${difficulty}`];
}

export function ankiNote(source: NoteSource, origin: string): AnkiNote {
  const link = `<p><a href="${escapeHtml(source.pageUrl)}">Read the full answer: ${escapeHtml(source.title)}</a> (${DIFFICULTY_LABELS[source.difficulty]})</p>`;
  return {
    guid: `api-interview-guide:${source.slug}`,
    front: escapeHtml(source.title),
    back: `${absoluteLinks(source.shortAnswer, origin)}${link}`,
    tags: ankiTags(source.topic, source.difficulty),
  };
}

/** A field as Anki's CSV reader expects it: in double quotes, inner quotes doubled, line breaks as spaces. */
function quoteField(value: string): string {
  return `"${value.replace(/\r?\n/g, ' ').replace(/"/g, '""')}"`;
}

/** The whole import file. */
export function buildAnkiText(notes: readonly AnkiNote[], { deck, notetype = 'Basic' }: AnkiDeckOptions): string {
  const seen = new Set<string>();
  for (const note of notes) {
    if (seen.has(note.guid)) throw new Error(`Two Anki notes share the GUID ${note.guid}`);
    seen.add(note.guid);
  }
  const header = [
    '#separator:tab',
    '#html:true',
    `#notetype:${notetype}`,
    `#deck:${deck}`,
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    `#guid column:${ANKI_COLUMNS.indexOf('GUID') + 1}`,
    `#tags column:${ANKI_COLUMNS.indexOf('Tags') + 1}`,
  ];
  const rows = notes.map((note) => [note.guid, note.front, note.back, note.tags.join(' ')].map(quoteField).join('\t'));
  return `${[...header, ...rows].join('\n')}\n`;
}

export interface ParsedAnkiText {
  headers: Record<string, string>;
  rows: string[][];
}

/**
 * Reads a file written by `buildAnkiText` the way Anki's importer does: `#key:value` header lines
 * first, then one note per line, fields split on the declared separator, double-quoted fields
 * unquoted. Throws on a line it cannot read.
 */
export function parseAnkiText(text: string): ParsedAnkiText {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const headers: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length && lines[i]!.startsWith('#'); i++) {
    const line = lines[i]!;
    const colon = line.indexOf(':');
    if (colon === -1) throw new Error(`header line ${i + 1} has no ":"`);
    headers[line.slice(1, colon)] = line.slice(colon + 1);
  }
  if (headers.separator !== 'tab') throw new Error(`expected "#separator:tab", found ${JSON.stringify(headers.separator)}`);
  const rows = lines.slice(i).map((line, n) => {
    const fields: string[] = [];
    const field = /"((?:[^"]|"")*)"(\t|$)/y;
    let match: RegExpExecArray | null;
    while (field.lastIndex < line.length && (match = field.exec(line))) {
      fields.push(match[1]!.replace(/""/g, '"'));
      if (match[2] === '') break;
    }
    if (fields.length === 0 || field.lastIndex !== line.length) throw new Error(`line ${i + n + 1} is not a row of quoted, tab-separated fields`);
    return fields;
  });
  return { headers, rows };
}
