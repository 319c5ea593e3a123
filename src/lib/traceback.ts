/**
 * A Pyodide error message is a full traceback, including frames from Pyodide's own machinery.
 * Keep the reader's frames: drop any "File ..." entry (and its source line) inside _pyodide.
 */
export function cleanTraceback(message: string): string {
  const lines = message.replace(/\n+$/, '').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s+File ".*\/_pyodide\//.test(line)) {
      while (i + 1 < lines.length && /^\s{4,}/.test(lines[i + 1]!) && !/^\s+File "/.test(lines[i + 1]!)) i++;
      continue;
    }
    kept.push(line);
  }
  return `${kept.join('\n')}\n`;
}
