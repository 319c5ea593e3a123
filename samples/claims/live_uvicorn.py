"""A real Uvicorn server on a free local port, started in-process for claim checks.

Both version sets install Uvicorn (the browser set serves it for the proxy-headers samples), but
tests that use this still call `pytest.importorskip("uvicorn")` first, so a set without a server
skips them. Requests go through plain sockets and httpx; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def can_connect(port: int) -> bool:
    try:
        _, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        return False
    writer.close()
    return True


@asynccontextmanager
async def running(app: Any, port: int, **config: Any) -> AsyncIterator[Any]:
    """Serves `app` until the block ends, then waits for Uvicorn's own shutdown sequence."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, port=port, log_config=None, **config))
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()  # startup failed: raise its error here
        await asyncio.sleep(0.01)
    try:
        yield server
    finally:
        server.should_exit = True
        await task
