# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Where the work happens: with a declared return type, Pydantic's Rust core validates and
serializes the response; without one, FastAPI walks the data in Python. Counted with cProfile."""

import asyncio
import cProfile
import pstats

import httpx
from fastapi import FastAPI
from pydantic import BaseModel


class Item(BaseModel):
    id: int
    name: str
    price: float
    tags: list[str]


ROWS = [{"id": n, "name": f"item {n}", "price": n * 1.5, "tags": ["a", "b"]} for n in range(500)]
app = FastAPI()


@app.get("/typed")
async def typed() -> list[Item]:  # validated and serialized by pydantic-core
    return ROWS  # type: ignore[return-value]


@app.get("/untyped")
async def untyped():  # no type: jsonable_encoder converts every value in Python first
    return ROWS


async def python_calls(client: httpx.AsyncClient, path: str) -> tuple[int, bytes]:
    await client.get(path)  # warm up: the first request also pays one-time setup costs
    profiler = cProfile.Profile()
    profiler.enable()
    response = await client.get(path)
    profiler.disable()
    return pstats.Stats(profiler).total_calls, response.content


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        typed_calls, typed_body = await python_calls(client, "/typed")
        untyped_calls, untyped_body = await python_calls(client, "/untyped")
    print(f"both endpoints return the same {len(typed_body):,} bytes: {typed_body == untyped_body}")
    print(f"typed: fewer than 5,000 Python function calls: {typed_calls < 5_000}")
    print(f"untyped: more than 20,000 Python function calls: {untyped_calls > 20_000}")
    assert typed_body == untyped_body and typed_calls * 10 < untyped_calls


if __name__ == "__main__":
    asyncio.run(main())
