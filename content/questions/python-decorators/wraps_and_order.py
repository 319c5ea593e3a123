# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Three ways to put a counting decorator on a FastAPI route; only one of them works."""

import asyncio
import functools
import inspect
from collections import Counter

import httpx
from fastapi import FastAPI

calls: Counter[str] = Counter()


def counted_bare(func):  # no functools.wraps: the signature is lost
    async def wrapper(*args, **kwargs):
        calls[func.__name__] += 1
        return await func(*args, **kwargs)

    return wrapper


def counted(func):
    @functools.wraps(func)  # copies __name__, __doc__ and more, and sets __wrapped__
    async def wrapper(*args, **kwargs):
        calls[func.__name__] += 1
        return await func(*args, **kwargs)

    return wrapper


app = FastAPI()


@app.get("/bare/{item_id}")
@counted_bare
async def bare(item_id: int) -> dict[str, int]:
    return {"id": item_id}


@app.get("/wrapped/{item_id}")
@counted
async def wrapped(item_id: int) -> dict[str, int]:
    return {"id": item_id}


@counted  # above the route decorator: @app.get already registered the undecorated function
@app.get("/too-late/{item_id}")
async def too_late(item_id: int) -> dict[str, int]:
    return {"id": item_id}


async def main() -> None:
    print("signature FastAPI sees, bare:   ", inspect.signature(bare))
    print("signature FastAPI sees, wrapped:", inspect.signature(wrapped))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for url in ("/bare/7", "/wrapped/7", "/too-late/7"):
            response = await client.get(url)
            print(f"GET {url} -> {response.status_code} {response.json()}")
    print("calls counted:", dict(calls))
    params = app.openapi()["paths"]["/bare/{item_id}"]["get"]["parameters"]
    print("/bare documents query parameters:", [p["name"] for p in params if p["in"] == "query"])
    assert calls == {"wrapped": 1}  # bare failed validation; too_late's wrapper never ran


if __name__ == "__main__":
    asyncio.run(main())
