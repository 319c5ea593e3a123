/**
 * One Pyodide runtime prepared the way the site runs programs: the wheels it is given, then
 * bootstrap.py's `run_program`. The browser worker and the Node sample suite both use it, so the
 * suite checks what the Run button does. The bootstrap text and the lock are passed in (no
 * bundler-only imports), so Node runs this file as it is.
 */
import type { PyodideInterface, loadPyodide as LoadPyodide } from 'pyodide';
import type { PyCallable } from 'pyodide/ffi';
import { wheelsForProgram, type WheelLock } from '../lib/wheels.ts';

export interface SessionOptions {
  loadPyodide: typeof LoadPyodide;
  /** Folder (URL or path, ending in /) holding pyodide.mjs and the core files. */
  indexURL: string;
  /** Folder (URL or path, ending in /) holding the served wheels. */
  wheelsURL: string;
  /** The text of bootstrap.py. */
  bootstrap: string;
  lock: WheelLock;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export class PythonSession {
  readonly pyodide: PyodideInterface;
  private readonly options: SessionOptions;
  private readonly runner: { run_program: PyCallable; imported_names: PyCallable };
  private readonly installed = new Set<string>();

  private constructor(pyodide: PyodideInterface, options: SessionOptions) {
    this.pyodide = pyodide;
    this.options = options;
    const namespace = pyodide.toPy({ __name__: 'guide_runner' });
    pyodide.runPython(options.bootstrap, { globals: namespace, filename: 'guide_runner.py' });
    this.runner = { run_program: namespace.get('run_program'), imported_names: namespace.get('imported_names') };
  }

  static async start(options: SessionOptions): Promise<PythonSession> {
    const pyodide = await options.loadPyodide({ indexURL: options.indexURL, packages: [] });
    const streams = (write: (text: string) => void) => {
      const decoder = new TextDecoder();
      return { write: (bytes: Uint8Array) => (write(decoder.decode(bytes, { stream: true })), bytes.length) };
    };
    pyodide.setStdout(streams(options.stdout));
    pyodide.setStderr(streams(options.stderr));
    pyodide.setStdin({ stdin: () => null }); // end of input at once, like `python file.py < /dev/null`
    return new PythonSession(pyodide, options);
  }

  /** Wheel files this code needs: its header's packages and those it imports, with their dependencies. */
  wheelsFor(code: string): string[] {
    const names = this.runner.imported_names(code);
    try {
      return wheelsForProgram(code, names.toJs(), this.options.lock);
    } finally {
      names.destroy();
    }
  }

  /** How many of these wheels are installed already. */
  installedCount(files: readonly string[]): number {
    return files.filter((file) => this.installed.has(file)).length;
  }

  /** Installs the wheels not installed yet. */
  async install(files: readonly string[]): Promise<void> {
    const missing = files.filter((file) => !this.installed.has(file));
    if (missing.length === 0) return;
    await this.pyodide.loadPackage(missing.map((file) => this.options.wheelsURL + file), {
      messageCallback: () => {},
      errorCallback: (text) => this.options.stderr(`${text}\n`),
    });
    missing.forEach((file) => this.installed.add(file));
  }

  /** Runs the program as `__main__`; output goes to the stdout and stderr callbacks. True if it succeeded. */
  async run(code: string, filename: string): Promise<boolean> {
    const served = this.pyodide.toPy(Object.fromEntries(Object.entries(this.options.lock.packages).map(([name, pkg]) => [name, pkg.imports])));
    try {
      return Boolean(await this.runner.run_program(code, filename, served));
    } finally {
      served.destroy();
    }
  }
}
