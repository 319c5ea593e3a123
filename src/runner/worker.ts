/// <reference lib="webworker" />
/**
 * Pyodide in a module Web Worker: loads the core and the wheels the site serves, runs one program
 * at a time and streams its output. The page terminates this worker to stop a run.
 */
import type { loadPyodide as LoadPyodide } from 'pyodide';
import type { RunRequest, WorkerMessage } from './protocol.ts';
import bootstrap from './bootstrap.py?raw';
import lock from './wheels-lock.json';
import { PythonSession } from './session.ts';
import { countDownloads } from './download-progress.ts';

const post = (message: WorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);
let session: Promise<PythonSession> | undefined;

countDownloads((bytes) => post({ type: 'progress', bytes }));

async function start(indexURL: string): Promise<PythonSession> {
  post({ type: 'loading' });
  const { loadPyodide } = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as { loadPyodide: typeof LoadPyodide };
  return PythonSession.start({
    loadPyodide,
    indexURL,
    wheelsURL: `${indexURL}wheels/`,
    bootstrap,
    lock,
    stdout: (text) => post({ type: 'stdout', text }),
    stderr: (text) => post({ type: 'stderr', text }),
  });
}

async function run(request: RunRequest): Promise<void> {
  session ??= start(request.indexURL);
  const python = await session;
  const wheels = python.wheelsFor(request.code);
  const missing = wheels.length - python.installedCount(wheels);
  if (missing > 0) post({ type: 'status', text: `Installing ${missing} package${missing === 1 ? '' : 's'}…` });
  await python.install(wheels);
  post({ type: 'started' });
  const ok = await python.run(request.code, request.file);
  post({ type: 'done', ok });
}

self.addEventListener('message', (event: MessageEvent<RunRequest>) => {
  if (event.data?.type !== 'run') return;
  run(event.data).catch((error) => {
    post({ type: 'stderr', text: `The Python runtime failed to start: ${String((error as Error)?.message ?? error)}\n` });
    post({ type: 'done', ok: false });
  });
});
