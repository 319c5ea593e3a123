"""Claims made on content/questions/async-in-fastapi/; each fails if a release changes it."""

import asyncio
import contextlib
import threading
from importlib.metadata import metadata

import httpx
from asgi import acall
from fastapi import FastAPI

PAGE = "async-in-fastapi"


def test_fastapi_requires_python_3_11_so_taskgroup_and_timeout_are_always_there() -> None:
    """Current FastAPI requires Python 3.11+, which has asyncio.TaskGroup and asyncio.timeout."""
    assert metadata("fastapi")["Requires-Python"] == ">=3.11"
    assert hasattr(asyncio, "TaskGroup") and hasattr(asyncio, "timeout")


def test_async_def_runs_on_the_loop_thread_and_def_in_a_worker_thread() -> None:
    """FastAPI awaits async def endpoints on the event loop; def endpoints go to a thread pool."""
    seen: dict[str, str] = {}
    app = FastAPI()

    @app.get("/async")
    async def on_loop() -> None:
        seen["async"] = threading.current_thread().name

    @app.get("/sync")
    def in_pool() -> None:
        seen["sync"] = threading.current_thread().name

    async def run() -> None:
        seen["loop"] = threading.current_thread().name
        await acall(app, "GET", "/async")
        await acall(app, "GET", "/sync")

    asyncio.run(run())
    assert seen["async"] == seen["loop"] != seen["sync"]


def test_an_await_lets_other_requests_run_on_the_same_loop() -> None:
    """Requests that await I/O overlap on one event loop, without extra threads."""
    in_flight = peak = 0
    app = FastAPI()

    @app.get("/")
    async def route() -> None:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.05)
        in_flight -= 1

    async def run() -> None:
        await asyncio.gather(*(acall(app, "GET", "/") for _ in range(4)))

    asyncio.run(run())
    assert peak == 4


def test_httpx_async_client_defaults() -> None:
    """httpx clients pool at most 100 connections (20 kept alive) and time out after 5 s."""
    client = httpx.AsyncClient()
    pool = client._transport._pool
    assert (pool._max_connections, pool._max_keepalive_connections) == (100, 20)
    assert client.timeout == httpx.Timeout(5.0)
    asyncio.run(client.aclose())


def test_mock_transport_accepts_an_async_handler() -> None:
    """httpx.MockTransport may take an async function, so a fake upstream can await."""

    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0)
        return httpx.Response(200, json={"path": request.url.path})

    async def run() -> dict:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            return (await client.get("http://up/x")).json()

    assert asyncio.run(run()) == {"path": "/x"}


def test_gather_does_not_cancel_the_others_but_a_task_group_does() -> None:
    """When one call fails, gather raises its error and leaves the others running; a TaskGroup
    cancels them and raises an ExceptionGroup."""
    finished: list[str] = []

    async def slow(label: str) -> None:
        await asyncio.sleep(0.02)
        finished.append(label)

    async def fail() -> None:
        raise ValueError("down")

    async def with_gather() -> None:
        with contextlib.suppress(ValueError):
            await asyncio.gather(slow("gather"), fail())
        await asyncio.sleep(0.05)  # the surviving call completes in the background

    async def with_task_group() -> None:
        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(slow("group"))
                group.create_task(fail())
        except* ValueError:
            pass
        await asyncio.sleep(0.05)

    asyncio.run(with_gather())
    asyncio.run(with_task_group())
    assert finished == ["gather"]


def test_debug_mode_reports_steps_longer_than_100_ms() -> None:
    """asyncio debug mode (PYTHONASYNCIODEBUG=1) flags callbacks that hold the loop over 100 ms."""

    async def threshold() -> float:
        return asyncio.get_running_loop().slow_callback_duration

    assert asyncio.run(threshold(), debug=True) == 0.1


def test_asyncio_run_inside_a_running_loop_raises() -> None:
    """asyncio.run() inside an endpoint fails: a loop is already running there."""
    app = FastAPI()

    async def work() -> int:
        return 1

    @app.get("/")
    async def route() -> int:
        pending = work()
        try:
            return asyncio.run(pending)
        except RuntimeError:
            pending.close()
            return -1

    async def run() -> int:
        return (await acall(app, "GET", "/")).json()

    assert asyncio.run(run()) == -1


def test_def_endpoints_run_in_anyios_default_pool_of_40_threads() -> None:
    """A def endpoint holds a token of AnyIO's default thread limiter, which has 40."""
    import anyio.from_thread
    import anyio.to_thread

    app = FastAPI()

    def limiter_state() -> tuple[float, float]:
        limiter = anyio.to_thread.current_default_thread_limiter()
        return limiter.total_tokens, limiter.borrowed_tokens

    @app.get("/")
    def sync_route() -> list[float]:  # runs in a worker thread; ask the loop about its limiter
        return list(anyio.from_thread.run_sync(limiter_state))

    assert asyncio.run(acall(app, "GET", "/")).json() == [40, 1]
