"""Claims made on content/questions/gil-and-concurrency/; each fails if a release changes it."""

from __future__ import annotations

import asyncio
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


def square(number: int) -> int:
    return number * number


def test_anyio_can_run_a_function_in_a_worker_process() -> None:
    """anyio.to_process.run_sync runs a picklable function in another process."""

    async def go() -> int:
        return await anyio.to_process.run_sync(square, 7)

    assert anyio.run(go) == 49
