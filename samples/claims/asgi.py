"""Small helpers for claim checks: call an ASGI app in-process and return the httpx response."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx


async def acall(app: Any, method: str, url: str, **kwargs: Any) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        return await client.request(method, url, **kwargs)


def call(app: Any, method: str, url: str, **kwargs: Any) -> httpx.Response:
    """One request to `app` through httpx.ASGITransport (no server, no threads, no lifespan)."""
    return asyncio.run(acall(app, method, url, **kwargs))
