/** Messages between the page and the Pyodide worker. */

export interface RunRequest {
  type: 'run';
  code: string;
  /** Absolute URLs of the wheels this code needs. */
  wheels: string[];
  /** URL of the folder holding pyodide.mjs and the core files. */
  indexURL: string;
}

export type WorkerMessage =
  | { type: 'status'; text: string }
  | { type: 'started' }
  | { type: 'stdout'; text: string }
  | { type: 'stderr'; text: string }
  | { type: 'done'; ok: boolean };
