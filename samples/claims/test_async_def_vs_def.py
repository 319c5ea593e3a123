"""Claims made on content/questions/async-def-vs-def/; each fails if a release changes them."""

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Annotated, Any

import anyio
import anyio.to_thread
import httpx
import starlette.concurrency
from fastapi import Depends, FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

PAGE = "async-def-vs-def"


async def gather_get(app: FastAPI, paths: list[str]) -> list[httpx.Response]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        return await asyncio.gather(*(client.get(path) for path in paths))


def test_async_def_runs_on_the_loop_thread_and_def_in_a_worker_thread() -> None:
    """An async def endpoint is awaited on the event loop's thread; a def endpoint and a def
    dependency run on worker threads."""
    seen: dict[str, int] = {}
    app = FastAPI()

    def sync_dependency() -> None:
        seen["def dependency"] = threading.get_ident()

    @app.get("/async")
    async def on_loop(_: Annotated[None, Depends(sync_dependency)]) -> None:
        seen["async endpoint"] = threading.get_ident()

    @app.get("/sync")
    def in_thread() -> None:
        seen["def endpoint"] = threading.get_ident()

    async def main() -> int:
        await gather_get(app, ["/async", "/sync"])
        return threading.get_ident()

    loop_thread = asyncio.run(main())
    assert seen["async endpoint"] == loop_thread
    assert seen["def endpoint"] != loop_thread and seen["def dependency"] != loop_thread


def test_anyio_default_thread_limiter_has_40_tokens() -> None:
    """AnyIO's default capacity limiter allows 40 threads per event loop."""

    async def main() -> float:
        return anyio.to_thread.current_default_thread_limiter().total_tokens

    assert asyncio.run(main()) == 40


def test_def_yield_dependency_runs_setup_and_cleanup_in_worker_threads() -> None:
    """A def dependency with yield has its setup and its cleanup run off the event loop."""
    seen: dict[str, int] = {}
    app = FastAPI()

    def get_session() -> Iterator[str]:
        seen["setup"] = threading.get_ident()
        yield "session"
        seen["cleanup"] = threading.get_ident()

    @app.get("/")
    async def read(session: Annotated[str, Depends(get_session)]) -> str:
        return session

    async def main() -> int:
        await gather_get(app, ["/"])
        return threading.get_ident()

    loop_thread = asyncio.run(main())
    assert seen["setup"] != loop_thread and seen["cleanup"] != loop_thread


def test_blocking_call_in_async_def_serializes_requests() -> None:
    """time.sleep inside async def makes concurrent requests queue; in def, or offloaded with
    run_in_threadpool, they overlap."""
    delay = 0.1
    app = FastAPI()

    @app.get("/blocking")
    async def blocking() -> None:
        time.sleep(delay)

    @app.get("/def")
    def in_thread() -> None:
        time.sleep(delay)

    @app.get("/offloaded")
    async def offloaded() -> None:
        await run_in_threadpool(time.sleep, delay)

    def elapsed(path: str) -> float:
        start = time.perf_counter()
        asyncio.run(gather_get(app, [path] * 5))
        return time.perf_counter() - start

    assert elapsed("/blocking") >= 5 * delay
    assert elapsed("/def") < 3 * delay
    assert elapsed("/offloaded") < 3 * delay


def test_run_in_threadpool_is_starlettes_and_asyncio_to_thread_skips_anyio_limiter() -> None:
    """fastapi.concurrency.run_in_threadpool is Starlette's; asyncio.to_thread does not borrow a
    token from AnyIO's limiter, run_in_threadpool does."""
    assert run_in_threadpool is starlette.concurrency.run_in_threadpool
    borrowed: dict[str, float] = {}

    async def main() -> None:
        limiter = anyio.to_thread.current_default_thread_limiter()

        def note(name: str) -> None:
            borrowed[name] = limiter.borrowed_tokens

        await run_in_threadpool(note, "run_in_threadpool")
        await asyncio.to_thread(note, "asyncio.to_thread")

    asyncio.run(main())
    assert borrowed == {"run_in_threadpool": 1, "asyncio.to_thread": 0}


def test_sync_iterator_given_to_streaming_response_is_advanced_in_a_thread() -> None:
    """Starlette advances a plain (sync) iterator for StreamingResponse in the thread pool."""
    threads: list[int] = []
    app = FastAPI()

    def chunks() -> Iterator[bytes]:
        threads.append(threading.get_ident())
        yield b"part"

    @app.get("/stream")
    async def stream() -> StreamingResponse:
        return StreamingResponse(chunks())

    async def main() -> int:
        (response,) = await gather_get(app, ["/stream"])
        assert response.content == b"part"
        return threading.get_ident()

    loop_thread = asyncio.run(main())
    assert len(threads) == 1 and threads[0] != loop_thread


def test_depends_max_concurrency_limits_calls_through_one_depends_object() -> None:
    """Since FastAPI 0.163.0, Depends(max_concurrency=n) lets at most n calls through that
    Depends() object run at once."""
    running = {"now": 0, "peak": 0}

    async def slow_client() -> str:
        running["now"] += 1
        running["peak"] = max(running["peak"], running["now"])
        await asyncio.sleep(0.02)
        running["now"] -= 1
        return "client"

    Limited = Annotated[str, Depends(slow_client, max_concurrency=2)]
    app = FastAPI()

    @app.get("/")
    async def read(client: Limited) -> str:
        return client

    responses: list[Any] = asyncio.run(gather_get(app, ["/"] * 6))
    assert [r.status_code for r in responses] == [200] * 6
    assert running["peak"] == 2


def test_def_yield_cleanup_does_not_wait_for_a_free_thread_pool_slot() -> None:
    """FastAPI runs a def dependency's cleanup under its own limiter, so it finishes even while
    every slot of AnyIO's default thread pool is taken."""
    release = threading.Event()
    cleaned: list[str] = []
    app = FastAPI()

    def get_session() -> Iterator[str]:
        yield "session"
        cleaned.append("cleanup")

    async def main() -> int:
        limiter = anyio.to_thread.current_default_thread_limiter()
        limiter.total_tokens = 1  # a pool of one slot, so one blocked thread fills it
        async with anyio.create_task_group() as holders:

            @app.get("/")
            async def read(session: Annotated[str, Depends(get_session)]) -> str:
                holders.start_soon(anyio.to_thread.run_sync, release.wait)
                while limiter.borrowed_tokens < 1:  # wait until the slot is really taken
                    await asyncio.sleep(0)
                return session

            try:
                with anyio.fail_after(2):
                    (response,) = await gather_get(app, ["/"])
            finally:
                release.set()
        return response.status_code

    assert asyncio.run(main()) == 200 and cleaned == ["cleanup"]


def test_a_yield_dependency_holds_its_max_concurrency_slot_until_cleanup() -> None:
    """With max_concurrency, a dependency with yield counts until the code after yield ends."""
    events: list[str] = []

    async def get_client() -> AsyncIterator[str]:
        events.append("setup")
        yield "client"
        await asyncio.sleep(0.02)
        events.append("cleanup")

    Client = Annotated[str, Depends(get_client, max_concurrency=1)]
    app = FastAPI()

    @app.get("/")
    async def read(client: Client) -> str:
        return client

    asyncio.run(gather_get(app, ["/"] * 3))
    assert events == ["setup", "cleanup"] * 3


def test_asyncio_debug_mode_reports_callbacks_slower_than_100_ms() -> None:
    """asyncio's debug mode logs a callback that holds the loop longer than
    slow_callback_duration, 100 ms by default."""
    loop = asyncio.new_event_loop()
    try:
        assert loop.slow_callback_duration == 0.1
    finally:
        loop.close()
