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

/** How many lines a long sample shows before "Show all": about `target`, never fewer than `target - leeway`. */
export interface PreviewOptions {
  target: number;
  /** A sample at most this many lines longer than `target` is shown whole: folding away a few lines helps nobody. */
  slack: number;
  /** How far above `target` the cut may move to land on a line with code. */
  leeway: number;
}

export const PREVIEW: PreviewOptions = { target: 24, slack: 8, leeway: 6 };

const hasCode = (line: string | undefined): boolean => line !== undefined && line.trim() !== '';

/**
 * The number of lines to show before the fold, or null when the sample is short enough to show
 * whole. The cut is chosen so that the last line shown and the line peeking out under the fade
 * both hold code: a fold that ends on a blank line looks like the end of the file.
 */
export function previewLineCount(lines: readonly string[], options: PreviewOptions = PREVIEW): number | null {
  const { target, slack, leeway } = options;
  if (lines.length <= target + slack) return null;
  const lowest = Math.max(1, target - leeway);
  for (let count = target; count >= lowest; count--) {
    if (hasCode(lines[count - 1]) && hasCode(lines[count])) return count;
  }
  for (let count = target; count >= lowest; count--) {
    if (hasCode(lines[count - 1])) return count;
  }
  return target;
}
