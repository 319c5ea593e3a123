# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Measure first: count database queries per request, then fix an N+1 and prove it in a test."""

import asyncio
from collections.abc import Awaitable, Callable

import httpx
from fastapi import FastAPI, Request, Response

AUTHORS = {i: f"author-{i}" for i in range(1, 21)}
BOOKS = [(i % 20 + 1, f"book-{i}") for i in range(60)]  # (author_id, title)


class FakeDB:  # stands in for a database driver: each call is one round trip
    queries = 0

    async def authors(self) -> dict[int, str]:
        self.queries += 1
        return AUTHORS

    async def books(self, ids: list[int]) -> dict[int, list[str]]:
        self.queries += 1  # SELECT ... FROM books WHERE author_id IN (...)
        return {i: [title for aid, title in BOOKS if aid == i] for i in ids}


db = FakeDB()
app = FastAPI()


@app.middleware("http")
async def count_queries(
    request: Request, call_next: Callable[..., Awaitable[Response]]
) -> Response:
    db.queries = 0  # a real app keeps this per request, e.g. in a ContextVar
    response = await call_next(request)
    response.headers["X-DB-Queries"] = str(db.queries)
    return response


@app.get("/authors/slow")
async def authors_slow() -> list[dict[str, object]]:  # one query per author: N+1
    rows = await db.authors()
    return [{"name": name, "books": (await db.books([i]))[i]} for i, name in rows.items()]


@app.get("/authors")
async def authors_fast() -> list[dict[str, object]]:  # one batched query: 2 in total
    rows = await db.authors()
    books = await db.books(list(rows))
    return [{"name": name, "books": books[i]} for i, name in rows.items()]


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        slow = await client.get("/authors/slow")
        fast = await client.get("/authors")
        for path, r in [("/authors/slow", slow), ("/authors", fast)]:
            print(f"GET {path} -> {r.status_code} X-DB-Queries: {r.headers['x-db-queries']}")
        assert slow.json() == fast.json()  # same answer, far fewer round trips
        assert (slow.headers["x-db-queries"], fast.headers["x-db-queries"]) == ("21", "2")


if __name__ == "__main__":
    asyncio.run(main())
