"""Prepared in each Pyodide worker before samples run (see worker.ts).

Pyodide has no threads: FastAPI and Starlette run sync `def` endpoints and dependencies through
anyio's thread pool, so `_prepare_run` makes that pool run them inline. The browser also owns the
event loop, so `asyncio.run(main())` records the coroutine and the runner awaits it afterwards.
"""

import asyncio

_pending_coroutines = []


async def _run_inline(func, *args, abandon_on_cancel=False, cancellable=None, limiter=None):
    return func(*args)


def _defer(coroutine, **_options):
    _pending_coroutines.append(coroutine)


def _prepare_run():
    asyncio.run = _defer
    _pending_coroutines.clear()
    try:
        import anyio.to_thread
    except ImportError:  # a standard-library sample: no anyio installed
        return
    anyio.to_thread.run_sync = _run_inline


async def _await_deferred():
    while _pending_coroutines:
        await _pending_coroutines.pop(0)
