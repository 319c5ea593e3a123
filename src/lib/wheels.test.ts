import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scriptDependencies, wheelsFor, wheelsForProgram, type WheelLock } from './wheels.ts';

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
    fastapi: { version: '1', file: 'fastapi.whl', sha256: '', depends: ['starlette', 'pydantic'], imports: ['fastapi'] },
    starlette: { version: '1', file: 'starlette.whl', sha256: '', depends: ['anyio'], imports: ['starlette'] },
    pydantic: { version: '1', file: 'pydantic.whl', sha256: '', depends: ['pydantic-core'], imports: ['pydantic'] },
    'pydantic-core': { version: '1', file: 'core.whl', sha256: '', depends: [], imports: ['pydantic_core'] },
    anyio: { version: '1', file: 'anyio.whl', sha256: '', depends: [], imports: ['anyio'] },
    httpx: { version: '1', file: 'httpx.whl', sha256: '', depends: ['anyio'], imports: ['httpx'] },
    pyjwt: { version: '1', file: 'pyjwt.whl', sha256: '', depends: [], imports: ['jwt'] },
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

test('wheelsForProgram adds the packages edited code imports to those its header names', () => {
  assert.deepEqual(wheelsForProgram(header('"httpx"'), ['asyncio', 'httpx', 'jwt'], lock), ['anyio.whl', 'httpx.whl', 'pyjwt.whl']);
  assert.deepEqual(wheelsForProgram('import jwt\n', ['jwt'], lock), ['pyjwt.whl']);
  assert.deepEqual(wheelsForProgram(header('"pydantic"'), [], lock), ['pydantic.whl', 'core.whl']);
});

test('wheelsForProgram leaves out what the site does not serve and survives a broken header', () => {
  assert.deepEqual(wheelsForProgram(header('"numpy", "httpx"'), ['numpy', 'httpx'], lock), ['anyio.whl', 'httpx.whl']);
  assert.deepEqual(wheelsForProgram('# /// script\n# dependencies = [\n', ['json'], lock), []);
});
