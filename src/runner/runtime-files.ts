/**
 * The files the in-browser runner downloads: Pyodide's core (copied into public/pyodide/ by
 * scripts/prepare-pyodide.mjs) and the wheels a sample needs. Sizes are read at build time.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

export const publicPyodideDir = resolve('public', 'pyodide');

/** Bytes a first Run downloads: the core files and these wheels. */
export function downloadBytes(wheels: readonly string[], dir = publicPyodideDir): number {
  const files = [...CORE_FILES, ...wheels.map((file) => join('wheels', file))];
  return files.reduce((sum, file) => {
    try {
      return sum + statSync(join(dir, file)).size;
    } catch {
      throw new Error(`${join(dir, file)} is missing: run \`node scripts/prepare-pyodide.mjs\` (npm run build does)`);
    }
  }, 0);
}
