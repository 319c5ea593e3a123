/** Pure helpers for showing part of a sample file with highlighted lines. */

export interface LineRange {
  start: number;
  end: number;
}

/** Parses "3-20" or "7" into a 1-based inclusive range checked against the file length. */
export function parseRange(spec: string | undefined, lineCount: number): LineRange {
  if (!spec) return { start: 1, end: lineCount };
  const match = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(spec);
  if (!match) throw new Error(`lines="${spec}" is not a range like "3-20".`);
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  if (start < 1 || end < start || end > lineCount) throw new Error(`lines="${spec}" is outside the file's ${lineCount} lines.`);
  return { start, end };
}

/** Parses "4,7-9" into the set of line numbers {4,7,8,9}. */
export function parseLineSet(spec: string | undefined): Set<number> {
  const lines = new Set<number>();
  if (!spec) return lines;
  for (const part of spec.split(',')) {
    const range = parseRange(part, Number.MAX_SAFE_INTEGER);
    for (let n = range.start; n <= range.end; n++) lines.add(n);
  }
  return lines;
}

/** Source text without its trailing newline, split into lines. */
export function splitLines(source: string): string[] {
  return source.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
}
