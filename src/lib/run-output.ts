/** Output of one in-browser run: capped in size, and compared with the recorded output. Pure. */

export const OUTPUT_LIMIT = 100_000;

export interface Chunk {
  stream: 'stdout' | 'stderr';
  text: string;
}

export class RunOutput {
  readonly chunks: Chunk[] = [];
  private size = 0;
  private readonly limit: number;
  overflowed = false;

  constructor(limit = OUTPUT_LIMIT) {
    this.limit = limit;
  }

  /** Adds output up to the limit; returns the part that was kept (empty once over the limit). */
  add(stream: Chunk['stream'], text: string): string {
    if (this.overflowed) return '';
    const room = this.limit - this.size;
    const kept = text.length > room ? text.slice(0, room) : text;
    if (text.length > room) this.overflowed = true;
    if (kept) {
      const last = this.chunks[this.chunks.length - 1];
      if (last && last.stream === stream) last.text += kept;
      else this.chunks.push({ stream, text: kept });
      this.size += kept.length;
    }
    return kept;
  }

  get stdout(): string {
    return this.chunks.filter((c) => c.stream === 'stdout').map((c) => c.text).join('');
  }

  get hasStderr(): boolean {
    return this.chunks.some((c) => c.stream === 'stderr');
  }
}

/** Same text, ignoring a difference in the final newline and Windows line endings. */
export function matchesRecorded(stdout: string, recorded: string): boolean {
  const norm = (s: string) => s.replace(/\r\n/g, '\n').replace(/\n+$/, '');
  return norm(stdout) === norm(recorded);
}
