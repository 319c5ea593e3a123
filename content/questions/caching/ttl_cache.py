# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Cache-Control for clients plus a server-side TTL cache with a fake clock and invalidation."""

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
from fastapi import FastAPI, Response, status
from pydantic import BaseModel


class Product(BaseModel):
    name: str
    price: int


class TTLCache:
    def __init__(self, ttl: float, clock: Callable[[], float]) -> None:
        self.ttl, self.clock = ttl, clock
        self.entries: dict[int, tuple[float, Product]] = {}

    def get(self, key: int) -> Product | None:
        expires_at, value = self.entries.get(key, (0.0, None))
        return value if self.clock() < expires_at else None

    def put(self, key: int, value: Product) -> None:
        self.entries[key] = (self.clock() + self.ttl, value)


now = [0.0]  # the fake clock; production code would pass time.monotonic
cache = TTLCache(ttl=30, clock=lambda: now[0])
database = {1: Product(name="pen", price=150)}
reads = {"db": 0}
app = FastAPI()


@app.get("/products/{product_id}")
async def read_product(product_id: int, response: Response) -> Product:
    response.headers["Cache-Control"] = "max-age=30"  # clients may reuse it for 30 s
    if (product := cache.get(product_id)) is None:
        reads["db"] += 1  # miss: load from the slow store and keep a copy
        product = database[product_id]
        cache.put(product_id, product)
    return product


@app.put("/products/{product_id}", status_code=status.HTTP_204_NO_CONTENT)
async def replace_product(product_id: int, product: Product) -> None:
    database[product_id] = product
    cache.entries.pop(product_id, None)  # invalidate on write instead of waiting for the TTL


async def call(client: httpx.AsyncClient, at: int, method: str, **kw: Any) -> httpx.Response:
    now[0] = at
    r = await client.request(method, "/products/1", **kw)
    print(f"t={at}s {method} /products/1 -> {r.status_code} {r.text or '(no body)'}")
    print(f"    Cache-Control: {r.headers.get('cache-control', '-')}; db reads: {reads['db']}")
    return r


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        await call(client, 0, "GET")
        await call(client, 10, "GET")
        assert reads["db"] == 1  # the second read came from the TTL cache
        await call(client, 31, "GET")
        assert reads["db"] == 2  # the entry expired after 30 s, so the database was read again
        await call(client, 40, "PUT", json={"name": "pen", "price": 175})
        fresh = await call(client, 41, "GET")
        assert reads["db"] == 3 and fresh.json()["price"] == 175  # visible at once, not at t=61


if __name__ == "__main__":
    asyncio.run(main())
