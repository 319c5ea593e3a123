import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scriptDependencies, wheelsFor, type WheelLock } from './wheels.ts';

const header = (deps: string) => `# /// script\n# requires-python = ">=3.11"\n# dependencies = [${deps}]\n# ///\nprint("hi")\n`;

test('scriptDependencies reads names and drops version specifiers', () => {
  assert.deepEqual(scriptDependencies(header('"fastapi", "httpx>=0.28", "PyJWT[crypto]", "typing_extensions"')), ['fastapi', 'httpx', 'pyjwt', 'typing-extensions']);
  assert.deepEqual(scriptDependencies(header('')), []);
  const multiline = '# /// script\n# dependencies = [\n#   "fastapi",\n#   "httpx",\n# ]\n# ///\n';
  assert.deepEqual(scriptDependencies(multiline), ['fastapi', 'httpx']);
});

test('scriptDependencies explains a missing header or list', () => {
  assert.throws(() => scriptDependencies('print(1)\n'), /no PEP 723/);
  assert.throws(() => scriptDependencies('# /// script\n# requires-python = ">=3.11"\n# ///\n'), /no "dependencies" list/);
});

const lock: WheelLock = {
  packages: {
    fastapi: { version: '1', file: 'fastapi.whl', sha256: '', depends: ['starlette', 'pydantic'] },
    starlette: { version: '1', file: 'starlette.whl', sha256: '', depends: ['anyio'] },
    pydantic: { version: '1', file: 'pydantic.whl', sha256: '', depends: ['pydantic-core'] },
    'pydantic-core': { version: '1', file: 'core.whl', sha256: '', depends: [] },
    anyio: { version: '1', file: 'anyio.whl', sha256: '', depends: [] },
    httpx: { version: '1', file: 'httpx.whl', sha256: '', depends: ['anyio'] },
  },
};

test('wheelsFor follows dependencies once each', () => {
  assert.deepEqual(wheelsFor(['fastapi', 'httpx'], lock), ['anyio.whl', 'fastapi.whl', 'httpx.whl', 'pydantic.whl', 'core.whl', 'starlette.whl']);
  assert.deepEqual(wheelsFor([], lock), []);
  assert.deepEqual(wheelsFor(['Pydantic_Core'], lock), ['core.whl']);
});

test('wheelsFor names a package the site does not serve', () => {
  assert.throws(() => wheelsFor(['numpy'], lock), /no browser wheel for "numpy"/);
});
