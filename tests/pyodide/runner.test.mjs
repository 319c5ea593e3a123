// How the runner (session.ts + bootstrap.py) behaves on Pyodide, with JavaScript Promise
// Integration as in Chromium and Node 24, and without it as in browsers that lack it.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { WorkerPool } from './worker-pool.mjs';

const root = new URL('../../', import.meta.url).pathname;
const program = (...lines) => `${lines.join('\n')}\n`;
const run = (pool, code, refusedImports = []) => pool.run({ file: 'demo.py', code, refusedImports });

const asyncioRunReturns = program(
  'import asyncio',
  'async def main():',
  '    print("main starts")',
  '    await asyncio.sleep(0.01)',
  '    return 42',
  'print("before")',
  'x = asyncio.run(main())',
  'print("x =", x)',
);
const asyncioRunInAFunction = program(
  'import asyncio',
  'async def main():',
  '    return 7',
  'def go():',
  '    return asyncio.run(main())',
  'print(go())',
);

for (const jspi of [true, false]) {
  describe(`the runner ${jspi ? 'with' : 'without'} JSPI`, { concurrency: 1 }, () => {
    const pool = new WorkerPool(1, { root, jspi }, 30_000);
    after(() => pool.close());

    it('asyncio.run at module level returns main\'s result, in order', async () => {
      const result = await run(pool, asyncioRunReturns);
      assert.equal(result.stderr, '');
      assert.equal(result.stdout, 'before\nmain starts\nx = 42\n');
    });

    it(jspi ? 'asyncio.run inside a function blocks too' : 'asyncio.run inside a function says why it cannot block', async () => {
      const result = await run(pool, asyncioRunInAFunction);
      if (jspi) assert.equal(result.stdout, '7\n');
      else {
        assert.equal(result.ok, false);
        assert.match(result.stderr, /line 5, in go\n/);
        assert.match(result.stderr, /RuntimeError: asyncio\.run\(\) inside a function cannot block in this browser: it lacks WebAssembly JavaScript Promise Integration/);
      }
    });

    it('time.sleep blocks the event loop, as in CPython', async () => {
      const result = await run(pool, program(
        'import asyncio, time',
        'async def blocking():',
        '    print("blocking starts"); time.sleep(0.05); print("blocking ends")',
        'async def polite():',
        '    print("polite starts"); await asyncio.sleep(0); print("polite ends")',
        'async def main():',
        '    await asyncio.gather(blocking(), polite())',
        'asyncio.run(main())',
      ));
      assert.equal(result.stdout, 'blocking starts\nblocking ends\npolite starts\npolite ends\n');
    });
  });
}

describe('runner messages and isolation', { concurrency: 1 }, () => {
  const pool = new WorkerPool(1, { root, jspi: true }, 30_000);
  after(() => pool.close());

  it('a syntax error shows the line and a caret, with no traceback of the runner', async () => {
    const result = await run(pool, program('x = 1', 'print("a"'));
    assert.equal(result.ok, false);
    assert.equal(result.stderr, '  File "demo.py", line 2\n    print("a"\n         ^\nSyntaxError: \'(\' was never closed\n');
  });

  it('a traceback shows the program\'s own frames and lines', async () => {
    const result = await run(pool, program('def f():', '    return 1 / 0', 'f()'));
    assert.equal(result.stderr, 'Traceback (most recent call last):\n  File "demo.py", line 3, in <module>\n    f()\n    ~^^\n  File "demo.py", line 2, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n');
  });

  it('a package the site does not serve names what runs here and the uv command', async () => {
    const { stderr } = await run(pool, program('import numpy as np'));
    assert.match(stderr, /ModuleNotFoundError: No module named 'numpy'\nnumpy does not run here: the in-browser Python has the standard library and these packages: annotated-doc, .*fastapi.*sqlalchemy.*\.\n/);
    assert.match(stderr, /with "numpy" in the dependencies of its "# \/\/\/ script" header:\n {2}uv run demo\.py\n$/);
    assert.doesNotMatch(stderr, /micropip|pyodide\.org/);
  });

  it('a served package the program does not declare says how to declare it', async () => {
    const { stderr } = await run(pool, program('import jwt'), ['jwt']);
    assert.match(stderr, /jwt comes with the package "pyjwt", which this program does not load: add "pyjwt" to the dependencies/);
  });

  it('input() says that samples cannot read input, after showing the prompt', async () => {
    const result = await run(pool, program('name = input("Name? ")'));
    assert.equal(result.stdout, 'Name? ');
    assert.match(result.stderr, /EOFError: samples cannot read input: input\(\) has no keyboard to read from here\. Put the value in the code instead\.\n$/);
  });

  it('sys.exit works as in CPython', async () => {
    assert.equal((await run(pool, program('import sys', 'print("bye")', 'sys.exit(0)'))).ok, true);
    assert.equal((await run(pool, program('import sys', 'sys.exit(3)'))).ok, false);
    const message = await run(pool, program('import sys', 'sys.exit("no config")'));
    assert.deepEqual([message.ok, message.stderr], [false, 'no config\n']);
  });

  it('nothing of one program reaches the next: globals, changed modules, environment, pending tasks', async () => {
    const first = await run(pool, program(
      'import asyncio, httpx, os',
      'httpx.changed_by_first = True',
      'os.environ["SET_BY_FIRST"] = "1"',
      'secret = 1',
      'async def later():',
      '    await asyncio.sleep(0.05)',
      '    print("a task of the first program")',
      'async def main():',
      '    asyncio.create_task(later())',
      'asyncio.run(main())',
    ));
    assert.equal(first.stderr, '');
    const second = await run(pool, program(
      'import asyncio, httpx, os',
      'asyncio.run(asyncio.sleep(0.2))',
      'print(hasattr(httpx, "changed_by_first"), "SET_BY_FIRST" in os.environ, "secret" in globals(), __name__)',
    ));
    assert.equal(second.stdout, 'False False False __main__\n');
  });

  it('an endless loop is stopped and the next program runs on a fresh runtime', async () => {
    const quick = new WorkerPool(1, { root, jspi: true }, 2_000);
    try {
      assert.deepEqual(await run(quick, program('while True:', '    pass')), { timedOut: true });
      assert.equal((await run(quick, program('print("fresh")'))).stdout, 'fresh\n');
    } finally {
      await quick.close();
    }
  });
});
