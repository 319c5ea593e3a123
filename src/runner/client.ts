/**
 * The page's side of the Pyodide worker. One warm worker per page, reused between runs; Stop, the
 * time limit and the output limit terminate it (GitHub Pages cannot send the headers that
 * interrupting Python in place needs), and the next run starts a fresh one.
 */
import { TIME_LIMIT_MS, type RunRequest, type WorkerMessage } from './protocol.ts';
import { RunOutput } from '../lib/run-output.ts';

export type Outcome = 'finished' | 'error' | 'stopped' | 'timeout' | 'output-limit';

export interface RunHandlers {
  /** A new worker started to download and start Python. */
  onLoading: () => void;
  /** Bytes that worker has downloaded so far. */
  onProgress: (bytes: number) => void;
  onStatus: (text: string) => void;
  onStarted: () => void;
  onOutput: (stream: 'stdout' | 'stderr', text: string) => void;
}

let worker: Worker | undefined;
let finish: ((outcome: Outcome) => void) | undefined;

function kill(outcome: Outcome): void {
  worker?.terminate();
  worker = undefined;
  finish?.(outcome);
}

export function stopRun(): void {
  kill('stopped');
}

export function runPython(code: string, file: string, handlers: RunHandlers, timeLimitMs = TIME_LIMIT_MS): Promise<{ outcome: Outcome; output: RunOutput }> {
  const base = new URL(import.meta.env.BASE_URL, location.href);
  const request: RunRequest = { type: 'run', code, file, indexURL: new URL('pyodide/', base).href };
  const output = new RunOutput();
  worker ??= new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'python' });
  const current = worker;
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    finish = (outcome) => {
      clearTimeout(timer);
      current.onmessage = null;
      finish = undefined;
      resolve({ outcome, output });
    };
    current.onerror = (event) => {
      event.preventDefault();
      handlers.onOutput('stderr', `The Python worker failed: ${event.message || 'unknown error'}\n`);
      kill('error');
    };
    current.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'loading') handlers.onLoading();
      else if (message.type === 'progress') handlers.onProgress(message.bytes);
      else if (message.type === 'status') handlers.onStatus(message.text);
      else if (message.type === 'started') {
        handlers.onStarted();
        timer = setTimeout(() => kill('timeout'), timeLimitMs);
      } else if (message.type === 'stdout' || message.type === 'stderr') {
        const kept = output.add(message.type, message.text);
        if (kept) handlers.onOutput(message.type, kept);
        if (output.overflowed) kill('output-limit');
      } else if (message.type === 'done') finish?.(message.ok ? 'finished' : 'error');
    };
    current.postMessage(request);
  });
}
