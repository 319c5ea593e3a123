/** Messages between the page and the Pyodide worker, and the limits the page enforces. */

/** A program gets this long once it has started; then the page stops it (terminates the worker). */
export const TIME_LIMIT_MS = 10_000;

export interface RunRequest {
  type: 'run';
  code: string;
  /** The sample's file name: tracebacks and the `uv run` advice use it. */
  file: string;
  /** URL of the folder holding pyodide.mjs, the core files and wheels/. */
  indexURL: string;
}

export type WorkerMessage =
  /** A new worker is downloading and starting Python: the first run on this page. */
  | { type: 'loading' }
  /** Bytes the worker has downloaded so far (Python's core files and wheels). */
  | { type: 'progress'; bytes: number }
  | { type: 'status'; text: string }
  | { type: 'started' }
  | { type: 'stdout'; text: string }
  | { type: 'stderr'; text: string }
  | { type: 'done'; ok: boolean };
