import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteLinks, ankiNote, ankiTags, buildAnkiText, parseAnkiText, type NoteSource } from './anki.ts';

const origin = 'https://owner.github.io';
const cors: NoteSource = {
  slug: 'cors',
  title: 'What is CORS, and what does "origin" mean?',
  topic: 'security',
  difficulty: 'mid',
  shortAnswer: '<p>Browsers apply the <a href="/api-guide/questions/same-origin/">same-origin</a> policy;\tsee <a href="https://fetch.spec.whatwg.org/">Fetch</a>.</p>\n<p>Second <code>a &lt; b</code>.</p>',
  pageUrl: 'https://owner.github.io/api-guide/questions/cors/',
};

test('absoluteLinks points root-relative links at the site, leaving absolute ones alone', () => {
  assert.equal(absoluteLinks('<a href="/api-guide/x/">x</a> <a href="https://e.com/">e</a> <a href="//cdn/x">c</a>', `${origin}/`), '<a href="https://owner.github.io/api-guide/x/">x</a> <a href="https://e.com/">e</a> <a href="//cdn/x">c</a>');
});

test('a note: escaped title in front; short answer and page link in back; topic and level tags', () => {
  const note = ankiNote(cors, origin);
  assert.equal(note.guid, 'api-interview-guide:cors');
  assert.equal(note.front, 'What is CORS, and what does &quot;origin&quot; mean?');
  assert.match(note.back, /^<p>Browsers apply the <a href="https:\/\/owner\.github\.io\/api-guide\/questions\/same-origin\/">/);
  assert.match(note.back, /<p><a href="https:\/\/owner\.github\.io\/api-guide\/questions\/cors\/">Read the full answer: What is CORS, and what does &quot;origin&quot; mean\?<\/a> \(Mid-level\)<\/p>$/);
  assert.deepEqual(note.tags, ankiTags('security', 'mid'));
  assert.deepEqual(note.tags, ['api-interview-guide::topic::security', 'api-interview-guide::level::mid']);
});

test('the file has Anki header lines, then one quoted row per note, and reads back field for field', () => {
  const notes = [ankiNote(cors, origin), ankiNote({ ...cors, slug: 'bola', title: 'What is BOLA?', difficulty: 'senior' }, origin)];
  const text = buildAnkiText(notes, { deck: 'API Interview Guide' });
  const lines = text.trimEnd().split('\n');
  assert.deepEqual(lines.slice(0, 7), [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    '#deck:API Interview Guide',
    '#columns:GUID\tFront\tBack\tTags',
    '#guid column:1',
    '#tags column:4',
  ]);
  assert.equal(lines.length, 9, 'one line per note: line breaks inside fields never split a row');
  const parsed = parseAnkiText(text);
  assert.equal(parsed.headers.deck, 'API Interview Guide');
  assert.deepEqual(
    parsed.rows,
    notes.map((n) => [n.guid, n.front, n.back.replace(/\n/g, ' '), n.tags.join(' ')]),
  );
  assert.match(parsed.rows[0]![2]!, /policy;\tsee/, 'a tab inside a quoted field stays in its field');
});

test('two notes with one GUID are refused; unreadable files are reported', () => {
  assert.throws(() => buildAnkiText([ankiNote(cors, origin), ankiNote(cors, origin)], { deck: 'D' }), /share the GUID api-interview-guide:cors/);
  assert.throws(() => parseAnkiText('#separator:comma\n"a","b"\n'), /expected "#separator:tab"/);
  assert.throws(() => parseAnkiText('#separator:tab\n"a"\tb\n'), /line 2 is not a row/);
  assert.throws(() => parseAnkiText('#separator:tab\n"a"\n\n"b"\n'), /line 3 is not a row/);
});
