// One worker thread of the Node sample suite: a warm Pyodide prepared by the same session code and
// bootstrap as the browser's Run button, with every served wheel installed once. It runs the
// samples it is sent one at a time; the suite terminates it when one runs past the time limit.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { loadPyodide } from 'pyodide';
import { PythonSession } from '../../src/runner/session.ts';

const { root, jspi } = workerData;
if (!jspi) {
  // Pyodide then runs as in a browser without JavaScript Promise Integration.
  delete WebAssembly.Suspending;
  delete WebAssembly.promising;
}
const lock = JSON.parse(readFileSync(`${root}src/runner/wheels-lock.json`, 'utf8'));
let output = [];
const session = await PythonSession.start({
  loadPyodide,
  indexURL: `${root}public/pyodide/`,
  wheelsURL: `${root}public/pyodide/wheels/`,
  bootstrap: readFileSync(`${root}src/runner/bootstrap.py`, 'utf8'),
  lock,
  stdout: (text) => output.push({ stream: 'stdout', text }),
  stderr: (text) => output.push({ stream: 'stderr', text }),
});
await session.install(Object.values(lock.packages).map((pkg) => pkg.file));
session.pyodide.runPython(readFileSync(new URL('isolation.py', import.meta.url), 'utf8'), { filename: 'isolation.py' });
const isolation = { begin: session.pyodide.globals.get('begin_sample'), end: session.pyodide.globals.get('end_sample') };

parentPort.on('message', async ({ file, code, refusedImports }) => {
  output = [];
  isolation.begin(refusedImports);
  parentPort.postMessage({ type: 'started' });
  const cpuBefore = process.threadCpuUsage();
  let ok = false;
  try {
    ok = await session.run(code, file);
  } finally {
    isolation.end();
  }
  const cpu = process.threadCpuUsage(cpuBefore);
  const text = (stream) => output.filter((o) => o.stream === stream).map((o) => o.text).join('');
  parentPort.postMessage({ type: 'done', ok, stdout: text('stdout'), stderr: text('stderr'), cpuMs: (cpu.user + cpu.system) / 1000 });
});
parentPort.postMessage({ type: 'ready' });
