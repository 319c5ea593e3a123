// Puts everything the in-browser runner needs under public/pyodide/ so the site serves it itself:
// the Pyodide core from the `pyodide` npm package, and the wheels in src/runner/wheels-lock.json,
// downloaded from PyPI with pip (cached in .cache/wheels) and checked against their recorded sha256.
// Runs before `astro build` and `astro dev`; it is quick when everything is already in place.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CORE_FILES } from '../src/runner/runtime-files.ts';

const root = new URL('..', import.meta.url).pathname;
const target = join(root, 'public', 'pyodide');
const cache = join(root, '.cache', 'wheels');
const lock = JSON.parse(readFileSync(join(root, 'src/runner/wheels-lock.json'), 'utf8'));

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

mkdirSync(join(target, 'wheels'), { recursive: true });
mkdirSync(cache, { recursive: true });
for (const file of CORE_FILES) copyFileSync(join(root, 'node_modules/pyodide', file), join(target, file));

const { abi_version: abi, python } = lock.pyodide;
const [major, minor] = python.split('.');
const wanted = new Set();
for (const [name, pkg] of Object.entries(lock.packages)) {
  wanted.add(pkg.file);
  const cached = join(cache, pkg.file);
  if (!existsSync(cached) || sha256(cached) !== pkg.sha256) {
    console.log(`pyodide: downloading ${pkg.file}`);
    execFileSync('python3', ['-m', 'pip', 'download', '-q', '--disable-pip-version-check', '--no-deps', '--only-binary=:all:',
      '--platform', `pyemscripten_${abi}_wasm32`, '--python-version', `${major}.${minor}`, '--implementation', 'cp', '--abi', `cp${major}${minor}`,
      '-d', cache, `${name}==${pkg.version}`], { stdio: 'inherit' });
  }
  const digest = sha256(cached);
  if (digest !== pkg.sha256) throw new Error(`${pkg.file}: sha256 ${digest} does not match wheels-lock.json (${pkg.sha256})`);
  copyFileSync(cached, join(target, 'wheels', pkg.file));
}
for (const file of readdirSync(join(target, 'wheels'))) if (!wanted.has(file)) rmSync(join(target, 'wheels', file));
console.log(`pyodide: core ${lock.pyodide.python} and ${wanted.size} verified wheels in public/pyodide/`);
