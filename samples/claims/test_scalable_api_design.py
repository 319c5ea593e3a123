"""Claims made on content/questions/scalable-api-design/, checked on every release."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from importlib.metadata import version
from typing import Annotated

import httpx
import pytest
from asgi import through_uvicorn
from fastapi import Depends, FastAPI

PAGE = "scalable-api-design"


async def with_slot() -> AsyncIterator[None]:
    yield


async def plain_check() -> None:
    return None


SharedSlot = Annotated[None, Depends(with_slot, max_concurrency=1)]
PlainSlot = Annotated[None, Depends(plain_check, max_concurrency=1)]


def peak_inside(app: FastAPI, paths: list[str], gate: asyncio.Event, state: dict) -> int:
    """Sends the requests concurrently while the endpoints wait on `gate`; returns the peak."""

    async def run() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            calls = [asyncio.create_task(client.get(path)) for path in paths]
            for _ in range(100):
                await asyncio.sleep(0)
            gate.set()
            assert [(await call).status_code for call in calls] == [200] * len(paths)

    asyncio.run(run())
    return state["peak"]


def gated_app() -> tuple[FastAPI, asyncio.Event, dict, Callable[[], Awaitable[None]]]:
    gate, state = asyncio.Event(), {"now": 0, "peak": 0}
    app = FastAPI()

    async def work() -> None:
        state["now"] += 1
        state["peak"] = max(state["peak"], state["now"])
        await gate.wait()
        state["now"] -= 1

    return app, gate, state, work


def test_max_concurrency_exists_since_0_163_and_rejects_bad_limits() -> None:
    """Depends(max_concurrency=n) is available (FastAPI 0.163+) and n must be a positive int."""
    major, minor = (int(part) for part in version("fastapi").split(".")[:2])
    assert (major, minor) >= (0, 163)
    with pytest.raises(ValueError):
        Depends(with_slot, max_concurrency=0)


def test_a_yield_dependency_holds_its_slot_for_the_whole_endpoint_and_extra_calls_wait() -> None:
    """With a yield dependency, max_concurrency=1 lets one endpoint run at a time; the others
    wait for the slot and then succeed (no error)."""
    app, gate, state, work = gated_app()

    @app.get("/a")
    async def a(slot: SharedSlot) -> None:
        await work()

    assert peak_inside(app, ["/a", "/a", "/a"], gate, state) == 1


def test_a_plain_dependency_only_limits_its_own_call() -> None:
    """A dependency without yield releases its slot as soon as it returns: the endpoint is not
    limited."""
    app, gate, state, work = gated_app()

    @app.get("/a")
    async def a(check: PlainSlot) -> None:
        await work()

    assert peak_inside(app, ["/a", "/a", "/a"], gate, state) == 3


def test_one_depends_object_shares_its_limit_across_routes() -> None:
    """Reusing one Depends() object (an Annotated alias) shares the limit; a new Depends() with
    the same function gets its own."""
    app, gate, state, work = gated_app()

    @app.get("/a")
    async def a(slot: SharedSlot) -> None:
        await work()

    @app.get("/b")
    async def b(slot: SharedSlot) -> None:
        await work()

    @app.get("/c")
    async def c(slot: Annotated[None, Depends(with_slot, max_concurrency=1)]) -> None:
        await work()

    assert peak_inside(app, ["/a", "/b"], gate, state) == 1
    app2, gate2, state2, work2 = gated_app()

    @app2.get("/a")
    async def a2(slot: SharedSlot) -> None:
        await work2()

    @app2.get("/c")
    async def c2(slot: Annotated[None, Depends(with_slot, max_concurrency=1)]) -> None:
        await work2()

    assert peak_inside(app2, ["/a", "/c"], gate2, state2) == 2


def test_sqlalchemy_default_pool_is_5_plus_10_overflow(tmp_path) -> None:
    """An engine's default QueuePool keeps 5 connections, opens up to 10 more under load, and
    makes a caller wait up to 30 s for a free one."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import QueuePool

    engine = create_engine(f"sqlite:///{tmp_path / 'app.db'}")
    assert isinstance(engine.pool, QueuePool)
    assert (engine.pool.size(), engine.pool._max_overflow, engine.pool._timeout) == (5, 10, 30.0)


async def plain_ok(scope: dict, receive: Callable, send: Callable) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"ok"})


def uvicorn_answer(limit: int, idle_connections: int) -> bytes:
    """One GET through Uvicorn with --limit-concurrency `limit`, while `idle_connections` other
    keep-alive connections are open and no request is running."""
    request = b"GET / HTTP/1.1\r\nHost: api.test\r\n\r\n"
    return through_uvicorn(plain_ok, request, idle_connections, limit_concurrency=limit)


def test_uvicorn_limit_concurrency_counts_open_connections() -> None:
    """Uvicorn's --limit-concurrency n answers 503 once open connections (idle keep-alive ones
    and the one asking included) or running requests reach n, even with no request running."""
    assert uvicorn_answer(limit=3, idle_connections=1).startswith(b"HTTP/1.1 200")
    assert uvicorn_answer(limit=2, idle_connections=1).startswith(b"HTTP/1.1 503")
    assert uvicorn_answer(limit=1, idle_connections=0).startswith(b"HTTP/1.1 503")


def test_uvicorn_concurrency_503_has_no_retry_after() -> None:
    """The 503 Uvicorn sends for --limit-concurrency carries no Retry-After header."""
    answer = uvicorn_answer(limit=1, idle_connections=0)
    assert answer.startswith(b"HTTP/1.1 503")
    assert b"retry-after" not in answer.lower()
