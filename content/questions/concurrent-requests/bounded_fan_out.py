# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""Fetching 20 items: unbounded fan-out versus a Semaphore that allows three calls at a time."""

import asyncio

in_flight = {"now": 0, "peak": 0}


async def fetch_item(item_id: int) -> dict:
    """A fake upstream call that records how many calls are open at once."""
    in_flight["now"] += 1
    in_flight["peak"] = max(in_flight["peak"], in_flight["now"])
    await asyncio.sleep(0.001)
    in_flight["now"] -= 1
    return {"id": item_id}


async def fetch_all(ids: list[int], limit: asyncio.Semaphore | None) -> list[dict]:
    async def one(item_id: int) -> dict:
        if limit is None:
            return await fetch_item(item_id)
        async with limit:  # waits here while three calls are already open
            return await fetch_item(item_id)

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(one(item_id)) for item_id in ids]
    return [task.result() for task in tasks]  # results keep the order of ids


async def main() -> None:
    ids = list(range(1, 21))
    for label, limit in [("unbounded", None), ("Semaphore(3)", asyncio.Semaphore(3))]:
        in_flight["peak"] = 0
        items = await fetch_all(ids, limit)
        in_order = [item["id"] for item in items] == ids
        print(
            f"{label}: {len(items)} items, in request order: {in_order}, most open at once:",
            end=" ",
        )
        print(in_flight["peak"])
        assert in_flight["peak"] == (3 if limit else len(ids))


if __name__ == "__main__":
    asyncio.run(main())
