"""Runs a reader's program in Pyodide as CPython would run `python <file>`; loaded once per runtime.

The browser worker (worker.ts, through session.ts) and the Node sample suite (tests/pyodide/) both
call `run_program`, so what the suite checks is what the Run button does.

- Pyodide has no threads: FastAPI and Starlette run sync `def` endpoints and dependencies through
  anyio's thread pool, so that pool runs them inline.
- `asyncio.run(main())` must block in place and return main's result. With JavaScript Promise
  Integration (JSPI: Chromium 137 or newer, Node 24) Pyodide's own `asyncio.run` does that by
  stack switching. Without it, `asyncio.run(...)` written in module-level code is compiled as
  `await ...` (the program runs as a coroutine), which keeps its order and result; one inside a
  function cannot block, and says so.
- Pyodide lets `time.sleep` yield to the event loop when it can stack switch; CPython's blocks it,
  and the guide's async pages depend on that, so the blocking one is restored.
- Errors read as in CPython, without Pyodide's own frames; a missing package names what runs here
  and the `uv run` command; `input()` says that samples cannot read input.
"""

import ast
import asyncio
import builtins
import linecache
import sys
import time
import traceback
import types

from pyodide.code import find_imports as imported_names  # noqa: F401  (session.ts calls it)
from pyodide.ffi import can_run_sync

_asyncio_run_in_place = asyncio.run  # Pyodide's: blocks by stack switching when JSPI is there
time.sleep = getattr(time.sleep, "__wrapped__", time.sleep)  # CPython's blocking sleep


def _no_input(prompt=""):
    print(prompt, end="", flush=True)  # as CPython does before it finds no input
    raise EOFError(
        "samples cannot read input: input() has no keyboard to read from here. "
        "Put the value in the code instead."
    )


builtins.input = _no_input


async def _run_inline(func, *args, abandon_on_cancel=False, cancellable=None, limiter=None):
    return func(*args)


def _run_sync_def_inline():
    """FastAPI's thread pool for sync `def` endpoints and dependencies runs them inline instead."""
    try:
        import anyio.to_thread
    except ImportError:  # a standard-library program: anyio is not installed
        return
    anyio.to_thread.run_sync = _run_inline


def _asyncio_run_without_jspi(main, **_options):
    if asyncio.iscoroutine(main):
        main.close()  # never started: no "was never awaited" warning
    raise RuntimeError(
        "asyncio.run() inside a function cannot block in this browser: it lacks WebAssembly "
        "JavaScript Promise Integration (Chrome and Edge have it from version 137). "
        "asyncio.run() in module-level code works here; or run the file on your machine."
    )


class _AwaitModuleLevelAsyncioRun(ast.NodeTransformer):
    """`asyncio.run(x)` in module-level statements becomes `await x`; functions are left alone."""

    def _leave_alone(self, node):
        return node

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = visit_ClassDef = _leave_alone
    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _leave_alone

    def visit_Call(self, node):
        self.generic_visit(node)
        func = node.func
        is_asyncio_run = (
            isinstance(func, ast.Attribute)
            and func.attr == "run"
            and isinstance(func.value, ast.Name)
            and func.value.id == "asyncio"
        )
        if is_asyncio_run and len(node.args) == 1 and not node.keywords:
            return ast.copy_location(ast.Await(node.args[0]), node)
        return node


def _compile(source, filename):
    """The program's code object; without JSPI its module-level asyncio.run calls become awaits."""
    # Compiled as it is first, so syntax errors are CPython's own.
    code = compile(source, filename, "exec", dont_inherit=True)
    if can_run_sync():
        asyncio.run = _asyncio_run_in_place
        return code
    asyncio.run = _asyncio_run_without_jspi
    tree = _AwaitModuleLevelAsyncioRun().visit(ast.parse(source, filename))
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    return compile(
        ast.fix_missing_locations(tree), filename, "exec", flags=flags, dont_inherit=True
    )


def _is_runner_frame(frame):
    """This file's frames and Pyodide's machinery: the reader did not write them."""
    return frame.filename == _THIS_FILE or any(
        d in frame.filename for d in ("/_pyodide/", "/pyodide/")
    )


def _reader_frames(report):
    """Drops Pyodide's and this file's frames from a traceback report and its chained causes."""
    while report is not None:
        kept = [f for f in report.stack if not _is_runner_frame(f)]
        report.stack = traceback.StackSummary.from_list(kept)
        report = report.__cause__ or report.__context__


def _missing_module_note(error, filename, served):
    """What to do about a module that is not there; `served` maps package names to import names."""
    top = (error.name or "").partition(".")[0]
    if not top:
        return None
    for package, imports in served.items():
        if top in imports:
            return (
                f'{top} comes with the package "{package}", which this program does not load: '
                f'add "{package}" to the dependencies in its "# /// script" header.'
            )
    return (
        f"{top} does not run here: the in-browser Python has the standard library and these "
        f"packages: {', '.join(served)}.\n"
        f'Run the file on your machine instead, with "{top}" in the dependencies of its '
        f'"# /// script" header:\n  uv run {filename}'
    )


def _print_error(error, filename, served):
    if isinstance(error, ModuleNotFoundError):
        note = _missing_module_note(error, filename, served)
        if note:
            error.__notes__ = [note]  # instead of Pyodide's advice to install it with micropip
    report = traceback.TracebackException.from_exception(error)
    _reader_frames(report)
    sys.stdout.flush()
    print("".join(report.format()), end="", file=sys.stderr)


def _cancel_leftover_tasks(before):
    """Tasks still pending when the program ends would never run in CPython (asyncio.run cancels
    its own, and the process exits); here they would run into the next program's output."""
    current = asyncio.current_task()
    for task in asyncio.all_tasks() - before - {current}:
        task.cancel()


_THIS_FILE = _compile.__code__.co_filename


async def run_program(source, filename="sample.py", served=None):
    """Runs `source` as the `__main__` module; prints output and any error; True if it succeeded.

    `served` maps the packages the site serves to their import names, for the message about a
    module that is missing.
    """
    served = dict(served or {})
    tasks_before = asyncio.all_tasks()
    main = types.ModuleType("__main__")
    previous_main = sys.modules.get("__main__")
    previous_argv = sys.argv
    sys.modules["__main__"], sys.argv = main, [filename]
    linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
    try:
        _run_sync_def_inline()
        result = eval(_compile(source, filename), main.__dict__)
        if asyncio.iscoroutine(result):
            await result
        return True
    except SystemExit as stop:
        if stop.code is None or stop.code == 0:
            return True
        if not isinstance(stop.code, int):
            print(stop.code, file=sys.stderr)
        return False
    except BaseException as error:
        _print_error(error, filename, served)
        return False
    finally:
        _cancel_leftover_tasks(tasks_before)
        sys.stdout.flush()
        sys.stderr.flush()
        sys.argv = previous_argv
        if previous_main is None:
            del sys.modules["__main__"]
        else:
            sys.modules["__main__"] = previous_main
