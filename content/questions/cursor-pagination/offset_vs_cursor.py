# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""A post is published between page 1 and page 2: offset paging repeats a row, a cursor does not."""

import asyncio
import base64
import json
import sqlite3
from typing import Annotated

import httpx
from fastapi import FastAPI, HTTPException, Query, status

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE posts (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL)")
db.execute("CREATE INDEX posts_feed ON posts (created_at, id)")  # same columns as the sort key
for n in range(1, 8):  # posts 1..7, one a minute; fixed timestamps, no real clock
    db.execute("INSERT INTO posts VALUES (?, ?)", (n, f"2026-11-22T10:0{n}:00Z"))
NEWEST_FIRST = "ORDER BY created_at DESC, id DESC LIMIT ?"  # id breaks ties between equal times
app = FastAPI()


def encode(row: tuple[int, str]) -> str:  # (id, created_at) of the last row on the page
    return base64.urlsafe_b64encode(json.dumps([row[1], row[0]]).encode()).decode()


def decode(cursor: str) -> tuple[str, int]:
    try:
        created_at, post_id = json.loads(base64.urlsafe_b64decode(cursor))
        return str(created_at), int(post_id)
    except (ValueError, TypeError) as exc:  # not base64, not JSON, or the wrong shape
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "Invalid cursor") from exc


@app.get("/offset/posts")
async def offset_page(limit: int = 3, offset: int = 0) -> dict:
    rows = db.execute(f"SELECT id FROM posts {NEWEST_FIRST} OFFSET ?", (limit, offset))
    return {"ids": [row[0] for row in rows]}


@app.get("/posts")
async def cursor_page(limit: Annotated[int, Query(ge=1, le=100)] = 3, cursor: str = "") -> dict:
    after = "WHERE (created_at, id) < (?, ?)" if cursor else ""  # seek past the last row seen
    args = (*decode(cursor), limit + 1) if cursor else (limit + 1,)
    rows = db.execute(f"SELECT id, created_at FROM posts {after} {NEWEST_FIRST}", args).fetchall()
    page, more = rows[:limit], len(rows) > limit  # the extra row only says "there is more"
    return {"ids": [r[0] for r in page], "next_cursor": encode(page[-1]) if more else None}


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:

        async def get(url: str) -> dict:
            response = await client.get(url)
            print(f"GET {url} -> {response.status_code} {response.text}")
            return response.json()

        offset_1 = await get("/offset/posts?limit=3")
        cursor_1 = await get("/posts?limit=3")
        db.execute("INSERT INTO posts VALUES (8, '2026-11-22T10:08:00Z')")
        print("-- post 8 is published; both clients now ask for page 2 --")
        offset_2 = await get("/offset/posts?limit=3&offset=3")
        cursor_2 = await get(f"/posts?limit=3&cursor={cursor_1['next_cursor']}")
        assert offset_1["ids"] + offset_2["ids"] == [7, 6, 5, 5, 4, 3]  # post 5 shown twice
        assert cursor_1["ids"] + cursor_2["ids"] == [7, 6, 5, 4, 3, 2]  # no repeat, no gap
        assert (await get("/posts?cursor=bm90IGEgY3Vyc29y"))["detail"] == "Invalid cursor"


if __name__ == "__main__":
    asyncio.run(main())
