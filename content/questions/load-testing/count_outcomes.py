# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""A load driver that counts outcomes and checks bodies, against an app that sheds load."""

import asyncio
from collections import Counter

import httpx
from fastapi import FastAPI, HTTPException, status

MAX_IN_FLIGHT = 4
app = FastAPI()
in_flight = 0
slow_database = asyncio.Event()  # stands in for a dependency; requests wait until it is set


@app.get("/orders/{order_id}")
async def read_order(order_id: int) -> dict[str, int]:
    global in_flight
    if in_flight >= MAX_IN_FLIGHT:  # saturated: refuse quickly instead of queueing forever
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, headers={"Retry-After": "1"})
    in_flight += 1
    try:
        await slow_database.wait()
        return {"id": order_id}
    finally:
        in_flight -= 1


async def wave(client: httpx.AsyncClient, users: int) -> list[httpx.Response]:
    """Start `users` requests at once; release the database only when all have arrived."""
    tasks = [asyncio.create_task(client.get(f"/orders/{n}")) for n in range(users)]
    while in_flight + sum(task.done() for task in tasks) < users:  # each waits or is done
        await asyncio.sleep(0)
    slow_database.set()
    return await asyncio.gather(*tasks)


def summarize(label: str, responses: list[httpx.Response]) -> Counter[int]:
    statuses = Counter(r.status_code for r in responses)
    errors = sum(n for code, n in statuses.items() if code >= 400)
    ok = [r for r in responses if r.status_code == 200]
    wrong = [r for r in ok if r.json()["id"] != int(r.url.path.rsplit("/", 1)[1])]
    print(f"{label}: {dict(sorted(statuses.items()))}, error rate {errors / len(responses):.0%}")
    print(f"  200 bodies that answered another request: {len(wrong)}")
    return statuses


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        first = await wave(client, users=10)
        assert summarize("10 users while the database is slow", first) == {200: 4, 503: 6}
        shed = next(r for r in first if r.status_code == 503)
        print("  a 503 says when to retry: Retry-After =", shed.headers["retry-after"])
        second = await wave(client, users=10)
        assert summarize("10 users after it recovers", second) == {200: 10}


if __name__ == "__main__":
    asyncio.run(main())
