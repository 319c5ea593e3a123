# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""A toy GraphQL-style executor: client-chosen fields, N+1 resolvers, and batching."""

import asyncio
import json
from collections.abc import Awaitable, Callable

NAMES = ["Ada", "Grace", "Linus"]
AUTHORS = [
    {"id": i, "name": n, "email": f"{n.lower()}@example.com"} for i, n in enumerate(NAMES, 1)
]
WRITTEN = [(1, "Engines"), (2, "Compilers"), (2, "Bugs")]
POSTS = [
    {"id": 10 + i, "author_id": a, "title": t, "body": "..."} for i, (a, t) in enumerate(WRITTEN)
]
QUERY = "{ authors { name posts { title } } }"
SELECTION = {"authors": {"name": None, "posts": {"title": None}}}
sql: list[str] = []
Rows = list[dict[str, object]]


async def posts_of_one(author_id: int) -> Rows:
    sql.append(f"SELECT * FROM posts WHERE author_id = {author_id}")
    return [p for p in POSTS if p["author_id"] == author_id]


async def posts_of_many(author_ids: list[int]) -> list[Rows]:
    sql.append(f"SELECT * FROM posts WHERE author_id IN {tuple(author_ids)}")
    return [[p for p in POSTS if p["author_id"] == a] for a in author_ids]


class Loader:
    """DataLoader idea: keys requested in the same event-loop turn share one batch call."""

    def __init__(self, batch: Callable[[list[int]], Awaitable[list[Rows]]]) -> None:
        self.batch = batch
        self.waiting: dict[int, asyncio.Future[Rows]] = {}
        self.tasks: set[asyncio.Task[None]] = set()

    async def load(self, key: int) -> Rows:
        if not self.waiting:  # first key this turn: dispatch after the other resolvers ran
            self.tasks.add(asyncio.create_task(self.dispatch()))
        future = self.waiting.setdefault(key, asyncio.get_running_loop().create_future())
        return await future

    async def dispatch(self) -> None:
        waiting, self.waiting = self.waiting, {}
        for future, rows in zip(waiting.values(), await self.batch(list(waiting)), strict=True):
            future.set_result(rows)


async def execute(get_posts: Callable[[int], Awaitable[Rows]]) -> dict[str, object]:
    sql.clear()
    sql.append("SELECT * FROM authors")
    wanted = SELECTION["authors"]

    async def resolve_author(author: dict[str, object]) -> dict[str, object]:
        out = {field: author[field] for field in wanted if field != "posts"}
        posts = await get_posts(author["id"])  # one resolver call per author
        out["posts"] = [{f: p[f] for f in wanted["posts"]} for p in posts]
        return out

    authors = await asyncio.gather(*(resolve_author(a) for a in AUTHORS))
    return {"data": {"authors": list(authors)}}


async def main() -> None:
    print("query:", QUERY)
    naive = await execute(posts_of_one)
    print("naive resolvers ->", json.dumps(naive))
    print("  " + "\n  ".join(sql))
    assert len(sql) == 1 + len(AUTHORS)  # the N+1 pattern
    assert "email" not in json.dumps(naive) and "body" not in json.dumps(naive)

    batched = await execute(Loader(posts_of_many).load)
    print("with a loader   -> same data:", batched == naive)
    print("  " + "\n  ".join(sql))
    assert batched == naive and len(sql) == 2


if __name__ == "__main__":
    asyncio.run(main())
