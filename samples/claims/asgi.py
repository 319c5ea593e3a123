"""Small helpers for claim checks: call an ASGI app in-process and return the httpx response."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx


async def acall(
    app: Any, method: str, url: str, *, raise_app_exceptions: bool = True, **kwargs: Any
) -> httpx.Response:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=raise_app_exceptions)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        return await client.request(method, url, **kwargs)


def call(app: Any, method: str, url: str, **kwargs: Any) -> httpx.Response:
    """One request to `app` through httpx.ASGITransport (no server, no threads, no lifespan)."""
    return asyncio.run(acall(app, method, url, **kwargs))


def call_unraised(app: Any, method: str, url: str, **kwargs: Any) -> httpx.Response:
    """Like `call`, but as a server would: an exception the app raises is not re-raised here, so
    the result is the 500 a client sees, or the response already sent when it failed after that."""
    return call(app, method, url, raise_app_exceptions=False, **kwargs)


class _CapturingTransport(asyncio.Transport):
    """Stands in for a socket: collects what Uvicorn writes."""

    def __init__(self) -> None:
        super().__init__()
        self.written, self.closed = b"", False

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        addresses = {"sockname": ("127.0.0.1", 8000), "peername": ("127.0.0.1", 50000)}
        return addresses.get(name, default)

    def write(self, data: bytes) -> None:
        self.written += data

    def close(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed

    def pause_reading(self) -> None: ...

    def resume_reading(self) -> None: ...


def through_uvicorn(app: Any, request: bytes, idle_connections: int = 0, **config: Any) -> bytes:
    """Feeds one raw HTTP/1.1 request to Uvicorn's h11 protocol (no socket, no thread) and
    returns the bytes it writes; `idle_connections` other connections count as already open."""
    from uvicorn.config import Config
    from uvicorn.protocols.http.h11_impl import H11Protocol
    from uvicorn.server import ServerState

    async def run() -> bytes:
        state = ServerState()
        state.connections.update(object() for _ in range(idle_connections))
        protocol = H11Protocol(Config(app, log_config=None, **config), state, app_state={})
        transport = _CapturingTransport()
        protocol.connection_made(transport)
        protocol.data_received(request)
        for _ in range(20):
            await asyncio.sleep(0)
        return transport.written

    return asyncio.run(run())
