"""Claims made on content/questions/gil-and-concurrency/; each fails if a release changes it."""

from __future__ import annotations

import asyncio
import multiprocessing
import sys
import threading

import anyio
import anyio.to_process
import anyio.to_thread
import httpx
from fastapi import FastAPI

PAGE = "gil-and-concurrency"


def test_anyio_default_thread_limiter_allows_40_threads() -> None:
    """AnyIO's default thread limiter, which FastAPI uses for def endpoints, has 40 tokens."""

    async def tokens() -> float:
        return anyio.to_thread.current_default_thread_limiter().total_tokens

    assert anyio.run(tokens) == 40


def test_the_default_thread_limiter_can_be_resized() -> None:
    """Setting total_tokens on the default limiter (in the lifespan) changes how many def
    endpoints and dependencies can run at once."""

    async def resized() -> float:
        limiter = anyio.to_thread.current_default_thread_limiter()
        limiter.total_tokens = 100
        return anyio.to_thread.current_default_thread_limiter().total_tokens

    assert anyio.run(resized) == 100


def test_def_endpoints_run_in_the_thread_pool_and_async_ones_on_the_loop() -> None:
    """FastAPI awaits async def endpoints on the event loop thread and runs def endpoints in a
    worker thread that holds one of the default limiter's tokens."""
    app = FastAPI()
    seen: dict[str, object] = {}

    @app.get("/async")
    async def on_loop() -> None:
        seen["async"] = threading.get_ident()

    @app.get("/sync")
    def in_thread() -> None:
        seen["sync"] = threading.get_ident()
        seen["borrowed"] = seen["limiter"].borrowed_tokens

    async def go() -> int:
        seen["limiter"] = anyio.to_thread.current_default_thread_limiter()
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            await client.get("/async")
            await client.get("/sync")
        return threading.get_ident()

    loop_thread = asyncio.run(go())
    assert seen["async"] == loop_thread
    assert seen["sync"] != loop_thread
    assert seen["borrowed"] == 1


def test_default_switch_interval_is_five_milliseconds() -> None:
    """CPython asks a running thread to release the GIL every 5 ms by default."""
    assert sys.getswitchinterval() == 0.005


def test_linux_default_start_method_is_forkserver_from_python_3_14() -> None:
    """On Linux the default multiprocessing start method is fork up to Python 3.13 and
    forkserver from 3.14 (ProcessPoolExecutor uses the same default)."""
    expected = "forkserver" if sys.version_info >= (3, 14) else "fork"
    if sys.platform == "linux":
        assert multiprocessing.get_start_method(allow_none=False) == expected


def test_is_gil_enabled_exists_from_python_3_13() -> None:
    """sys._is_gil_enabled(), which says whether the GIL is off right now, exists from 3.13."""
    assert hasattr(sys, "_is_gil_enabled") == (sys.version_info >= (3, 13))


def square(number: int) -> int:
    return number * number


def test_anyio_can_run_a_function_in_a_worker_process() -> None:
    """anyio.to_process.run_sync runs a picklable function in another process."""

    async def go() -> int:
        return await anyio.to_process.run_sync(square, 7)

    assert anyio.run(go) == 49
