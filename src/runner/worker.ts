/// <reference lib="webworker" />
/**
 * Pyodide in a module Web Worker: loads the core and wheels the site serves, runs one program
 * at a time and streams its output. The page terminates this worker to stop a run.
 */
import type { PyodideInterface } from 'pyodide';
import type { RunRequest, WorkerMessage } from './protocol.ts';
import bootstrap from './bootstrap.py?raw';
import { cleanTraceback } from '../lib/traceback.ts';

const post = (message: WorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);
let pyodide: Promise<PyodideInterface> | undefined;
const installed = new Set<string>();

async function start(indexURL: string): Promise<PyodideInterface> {
  post({ type: 'status', text: 'Loading Python (first run only)…' });
  const { loadPyodide } = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as typeof import('pyodide');
  const py = await loadPyodide({ indexURL, packages: [] });
  const decoder = new TextDecoder();
  py.setStdout({ write: (bytes) => (post({ type: 'stdout', text: decoder.decode(bytes) }), bytes.length) });
  py.setStderr({ write: (bytes) => (post({ type: 'stderr', text: decoder.decode(bytes) }), bytes.length) });
  return py;
}

async function run(request: RunRequest): Promise<void> {
  pyodide ??= start(request.indexURL);
  const py = await pyodide;
  const missing = request.wheels.filter((url) => !installed.has(url));
  if (missing.length) {
    post({ type: 'status', text: `Installing ${missing.length} package${missing.length === 1 ? '' : 's'}…` });
    await py.loadPackage(missing, { messageCallback: () => {}, errorCallback: (text) => post({ type: 'stderr', text: `${text}\n` }) });
    missing.forEach((url) => installed.add(url));
  }
  if (!installed.has('bootstrap')) {
    await py.runPythonAsync(bootstrap);
    installed.add('bootstrap');
  }
  py.runPython('_prepare_run()');
  const globals = py.toPy({ __name__: '__main__' });
  post({ type: 'started' });
  try {
    await py.runPythonAsync(request.code, { globals, filename: 'sample.py' });
    await py.runPythonAsync('await _await_deferred()');
    post({ type: 'done', ok: true });
  } catch (error) {
    post({ type: 'stderr', text: cleanTraceback(String((error as Error).message ?? error)) });
    post({ type: 'done', ok: false });
  } finally {
    globals.destroy();
  }
}

self.addEventListener('message', (event: MessageEvent<RunRequest>) => {
  if (event.data?.type !== 'run') return;
  run(event.data).catch((error) => {
    post({ type: 'stderr', text: `The Python runtime failed to start: ${String((error as Error)?.message ?? error)}\n` });
    post({ type: 'done', ok: false });
  });
});
