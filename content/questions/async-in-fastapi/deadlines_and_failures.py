# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Fan-out that fails well: a TaskGroup cancels the other calls when a required one fails, and
an optional call gets its own deadline and a fallback instead of failing the page."""

import asyncio

import httpx
from fastapi import FastAPI, HTTPException, status

scenario: dict[str, str] = {}  # part -> "down" or "slow"
events: list[str] = []


async def fake_service(request: httpx.Request) -> httpx.Response:
    part = request.url.path.strip("/")
    try:
        if scenario.get(part) == "down":
            await asyncio.sleep(0.01)
            raise httpx.ConnectError("connection refused", request=request)
        await asyncio.sleep(2 if scenario.get(part) == "slow" else 0.1)
    except asyncio.CancelledError:
        events.append(f"{part} call cancelled")
        raise
    return httpx.Response(200, json={part: "ok"})


client = httpx.AsyncClient(transport=httpx.MockTransport(fake_service), base_url="http://up")
app = FastAPI()


async def optional(part: str, seconds: float) -> dict[str, str | None]:
    try:
        async with asyncio.timeout(seconds):  # Python 3.11+
            return (await client.get(f"/{part}")).json()
    except TimeoutError:
        events.append(f"{part} timed out after {seconds} s, page served without it")
        return {part: None}


@app.get("/dashboard")
async def dashboard() -> dict[str, str | None]:
    failed = None
    try:
        async with asyncio.TaskGroup() as group:  # waits for all; one failure cancels the rest
            profile = group.create_task(client.get("/profile"))
            orders = group.create_task(client.get("/orders"))
            extras = group.create_task(optional("recommendations", 0.3))
    except* httpx.TransportError as errors:  # the TaskGroup raises an ExceptionGroup
        failed = errors.exceptions[0]
    if failed is not None:
        raise HTTPException(status.HTTP_502_BAD_GATEWAY, f"a required upstream failed: {failed}")
    return profile.result().json() | orders.result().json() | extras.result()


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as api:
        for setup in [{}, {"orders": "down"}, {"recommendations": "slow"}]:
            scenario.clear()
            scenario.update(setup)
            events.clear()
            response = await api.get("/dashboard")
            print(f"upstreams {setup or 'healthy'}: GET /dashboard -> {response.status_code}")
            print(f"  {response.json()}")
            for event in sorted(events):  # the TaskGroup cancels in no fixed order
                print(f"  {event}")
    assert response.status_code == 200 and response.json()["recommendations"] is None


if __name__ == "__main__":
    asyncio.run(main())
