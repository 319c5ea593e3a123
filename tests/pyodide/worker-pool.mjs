// Worker threads that each keep a warm Pyodide (sample-worker.mjs). A sample still running after
// `hangAfterMs` of wall-clock time is stopped by terminating its worker, which is replaced.
import { Worker } from 'node:worker_threads';

const workerFile = new URL('sample-worker.mjs', import.meta.url);

function startWorker(workerData) {
  const worker = new Worker(workerFile, { workerData });
  const ready = new Promise((resolve, reject) => {
    worker.once('message', (message) => (message.type === 'ready' ? resolve(worker) : reject(new Error(`unexpected ${message.type}`))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the Pyodide worker exited with ${code} while starting`)));
  });
  ready.catch(() => {}); // a worker still starting when the pool closes is not an error
  return { worker, ready };
}

export class WorkerPool {
  #idle = [];
  #waiting = [];
  #all = new Set();

  /** @param {number} size @param {object} workerData @param {number} hangAfterMs */
  constructor(size, workerData, hangAfterMs) {
    this.workerData = workerData;
    this.hangAfterMs = hangAfterMs;
    for (let i = 0; i < size; i++) this.#release(this.#spawn());
  }

  #spawn() {
    const started = startWorker(this.workerData);
    this.#all.add(started.worker);
    return started;
  }

  #release(slot) {
    const next = this.#waiting.shift();
    if (next) next(slot);
    else this.#idle.push(slot);
  }

  #acquire() {
    const slot = this.#idle.shift();
    return slot ? Promise.resolve(slot) : new Promise((resolve) => this.#waiting.push(resolve));
  }

  /**
   * Runs one sample; resolves to { ok, stdout, stderr, cpuMs } or { timedOut: true }.
   * @param {{ file: string, code: string, refusedImports: string[] }} job
   */
  async run(job) {
    const slot = await this.#acquire();
    let worker;
    try {
      worker = await slot.ready;
    } catch (error) {
      this.#all.delete(slot.worker);
      this.#release(this.#spawn());
      throw error;
    }
    return new Promise((resolve, reject) => {
      let timer;
      const finish = (replace, settle) => {
        clearTimeout(timer);
        worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
        if (replace) {
          this.#all.delete(worker);
          void worker.terminate();
          this.#release(this.#spawn());
        } else this.#release(slot);
        settle();
      };
      worker.on('message', (message) => {
        if (message.type === 'started') {
          timer = setTimeout(() => finish(true, () => resolve({ timedOut: true })), this.hangAfterMs);
        } else if (message.type === 'done') finish(false, () => resolve(message));
      });
      worker.on('error', (error) => finish(true, () => reject(error)));
      worker.on('exit', (code) => finish(true, () => reject(new Error(`the Pyodide worker exited with ${code}`))));
      worker.postMessage(job);
    });
  }

  async close() {
    await Promise.all([...this.#all].map((worker) => worker.terminate()));
  }
}
