# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx", "starlette"]
# ///
"""A lifespan opens one shared HTTP client at startup; handlers read it from request.state."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
from fastapi import FastAPI, Request
from starlette.types import ASGIApp, Receive, Scope, Send

log: list[str] = []
clients_seen: set[int] = set()
upstream = httpx.MockTransport(lambda request: httpx.Response(200, json={"EUR": 0.5}))


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
    log.append("lifespan: open client")
    async with httpx.AsyncClient(transport=upstream, base_url="http://rates") as client:
        yield {"rates": client}  # each request sees it as request.state.rates
    log.append(f"lifespan: client closed={client.is_closed}")


app = FastAPI(lifespan=lifespan)


@app.get("/price/{usd}")
async def price(usd: float, request: Request) -> dict[str, float]:
    client: httpx.AsyncClient = request.state.rates
    clients_seen.add(id(client))
    rate = (await client.get("/latest")).json()["EUR"]
    return {"usd": usd, "eur": usd * rate}


@asynccontextmanager
async def run_like_a_server(app: ASGIApp) -> AsyncIterator[ASGIApp]:
    """What uvicorn does: drive the lifespan protocol, copy the state into each request."""
    state: dict[str, Any] = {}
    inbox: asyncio.Queue[dict] = asyncio.Queue()
    outbox: asyncio.Queue[dict] = asyncio.Queue()
    task = asyncio.create_task(app({"type": "lifespan", "state": state}, inbox.get, outbox.put))
    await inbox.put({"type": "lifespan.startup"})
    log.append("server got " + (await outbox.get())["type"])

    async def with_state(scope: Scope, receive: Receive, send: Send) -> None:
        await app({**scope, "state": state.copy()}, receive, send)

    yield with_state
    await inbox.put({"type": "lifespan.shutdown"})
    log.append("server got " + (await outbox.get())["type"])
    await task


async def call(asgi_app: ASGIApp, path: str, label: str) -> int:
    transport = httpx.ASGITransport(app=asgi_app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.get(path)
    print(f"{label}: GET {path} -> {response.status_code} {response.text}")
    return response.status_code


async def main() -> None:
    assert await call(app, "/price/10", "ASGITransport alone") == 500  # no lifespan ran
    async with run_like_a_server(app) as served:
        assert await call(served, "/price/10", "with lifespan") == 200
        assert await call(served, "/price/4", "with lifespan") == 200
    print("\n".join(log))
    print("distinct clients used by the two requests:", len(clients_seen))
    assert len(clients_seen) == 1 and log[-2] == "lifespan: client closed=True"


if __name__ == "__main__":
    asyncio.run(main())
