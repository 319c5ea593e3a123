# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""Three fake upstream calls: what gather, TaskGroup and timeout do when one fails or hangs."""

import asyncio

events: list[str] = []


async def call(name: str, *, fail: bool = False, wait_for: asyncio.Event | None = None) -> str:
    """A fake service call: it awaits once (or until `wait_for` is set), then answers or fails."""
    events.append(f"{name} started")
    try:
        await (wait_for.wait() if wait_for else asyncio.sleep(0))
    except asyncio.CancelledError:
        events.append(f"{name} cancelled")
        raise
    if fail:
        raise ConnectionError(f"{name} is down")
    events.append(f"{name} finished")
    return f"{name} data"


def show(title: str) -> list[str]:
    print(f"{title}:\n  " + "; ".join(events))
    seen, events[:] = events.copy(), []
    return seen


async def main() -> None:
    await asyncio.gather(call("profile"), call("orders"), call("recs"))
    show("gather, all healthy (all three start before any finishes)")

    recs_reply = asyncio.Event()
    orders = asyncio.create_task(call("orders", fail=True))
    recs = asyncio.create_task(call("recs", wait_for=recs_reply))
    try:
        await asyncio.gather(orders, recs)
    except ConnectionError as error:
        print(f"gather raised {error!r}; recs still running: {not recs.done()}")
        assert not recs.done()
    recs_reply.set()
    await recs  # in a real endpoint nobody awaits it: the call runs on, its result is lost
    assert "recs finished" in show("gather, orders fails")

    results = await asyncio.gather(call("orders", fail=True), call("recs"), return_exceptions=True)
    print("gather(return_exceptions=True) returned", results)
    events.clear()

    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(call("orders", fail=True))
            group.create_task(call("recs", wait_for=asyncio.Event()))  # would wait forever
    except* ConnectionError as failures:
        print(f"TaskGroup raised {failures!r}")
    assert "recs cancelled" in show("TaskGroup, orders fails")

    try:
        async with asyncio.timeout(0.05):
            await asyncio.gather(call("profile"), call("recs", wait_for=asyncio.Event()))
    except TimeoutError:
        print("asyncio.timeout raised TimeoutError")
    assert "recs cancelled" in show("timeout around gather, recs hangs")


if __name__ == "__main__":
    asyncio.run(main())
