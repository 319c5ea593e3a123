"""Claims made on content/questions/concurrent-requests/; each fails if a release changes it."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import anyio
import httpx
import pytest
from asgi import call
from fastapi import FastAPI, Request

PAGE = "concurrent-requests"

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@asynccontextmanager
async def local_server(handler: Handler) -> AsyncIterator[str]:
    """A plain HTTP/1.1 server on 127.0.0.1 driven by `handler`; yields its base URL."""
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        yield f"http://127.0.0.1:{port}"


def test_default_pool_and_timeouts() -> None:
    """httpx's default pool allows 100 connections (20 kept alive), and the default timeout is
    5 seconds for each of connect, read, write and pool."""
    client = httpx.AsyncClient()
    pool = client._transport._pool  # the limits the client passed to its connection pool
    assert (pool._max_connections, pool._max_keepalive_connections) == (100, 20)
    assert client.timeout == httpx.Timeout(connect=5.0, read=5.0, write=5.0, pool=5.0)


def test_read_timeout_applies_to_each_read_not_the_whole_call() -> None:
    """A response that trickles in chunk by chunk never trips the read timeout, so one call can
    take longer in total than the timeout."""

    async def trickle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 8\r\nConnection: close\r\n\r\n")
        for byte in b"trickled":
            await writer.drain()
            await asyncio.sleep(0.06)  # each gap is a fifth of the read timeout
            writer.write(bytes([byte]))
        await writer.drain()
        writer.close()

    async def go() -> tuple[str, float]:
        async with local_server(trickle) as url, httpx.AsyncClient(timeout=0.3) as client:
            start = asyncio.get_running_loop().time()
            response = await client.get(url)
            return response.text, asyncio.get_running_loop().time() - start

    text, elapsed = asyncio.run(go())
    assert text == "trickled"
    assert elapsed > 0.45  # half as long again as the read timeout, and still no ReadTimeout


def test_waiting_for_a_pooled_connection_ends_in_pool_timeout() -> None:
    """When every pooled connection is busy, a further request waits for one and fails with
    PoolTimeout once the pool timeout passes."""
    arrived, release = asyncio.Event(), asyncio.Event()

    async def held(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        arrived.set()
        await release.wait()
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()
        writer.close()

    async def go() -> None:
        limits = httpx.Limits(max_connections=1)
        timeout = httpx.Timeout(5.0, pool=0.05)
        client = httpx.AsyncClient(limits=limits, timeout=timeout)
        async with local_server(held) as url, client:
            first = asyncio.create_task(client.get(url))
            await arrived.wait()  # the first request now holds the only connection
            with pytest.raises(httpx.PoolTimeout):
                await client.get(url)
            release.set()
            assert (await first).status_code == 200

    asyncio.run(go())


def test_asgi_transport_does_not_run_the_lifespan() -> None:
    """httpx.ASGITransport runs no lifespan, so a test or sample must enter it itself."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.client = "opened"
        yield

    app = FastAPI(lifespan=lifespan)

    @app.get("/")
    async def root(request: Request) -> dict[str, bool]:
        return {"client": hasattr(request.app.state, "client")}

    assert call(app, "GET", "/").json() == {"client": False}


def test_anyio_task_group_cancels_the_other_tasks_when_one_fails() -> None:
    """AnyIO's task groups, like asyncio.TaskGroup, cancel the remaining tasks on the first
    failure and raise the failures as an exception group."""
    cancelled: list[str] = []

    async def fails() -> None:
        await anyio.sleep(0)
        raise ConnectionError("orders is down")

    async def waits_forever() -> None:
        try:
            await anyio.sleep_forever()
        except anyio.get_cancelled_exc_class():
            cancelled.append("recs")
            raise

    async def go() -> None:
        async with anyio.create_task_group() as group:
            group.start_soon(fails)
            group.start_soon(waits_forever)

    with pytest.raises(ExceptionGroup) as raised:
        anyio.run(go)
    assert [type(e) for e in raised.value.exceptions] == [ConnectionError]
    assert cancelled == ["recs"]


def test_task_group_cancel_arrives_in_python_3_15() -> None:
    """TaskGroup.cancel(), to end a group early without an error, exists from Python 3.15."""
    assert hasattr(asyncio.TaskGroup, "cancel") == (sys.version_info >= (3, 15))
