# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""One endpoint, three upstream calls through one shared client, with a deadline and a fallback."""

import asyncio
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI, HTTPException, Request

trouble: dict[str, str] = {}  # upstream host -> "hang" or "fail"; the rest answer at once
cancelled: list[str] = []


async def upstreams(request: httpx.Request) -> httpx.Response:  # profile, orders and recs
    host = request.url.host
    try:
        await (asyncio.Event().wait() if trouble.get(host) == "hang" else asyncio.sleep(0))
    except asyncio.CancelledError:
        cancelled.append(host)
        raise
    return httpx.Response(503 if trouble.get(host) == "fail" else 200, json={"from": host})


@asynccontextmanager
async def lifespan(app: FastAPI):
    transport = httpx.MockTransport(upstreams)  # in production: real URLs, no transport
    async with httpx.AsyncClient(transport=transport, timeout=2.0) as client:
        app.state.client = client  # one pooled client shared by every request
        yield


app = FastAPI(lifespan=lifespan)


async def fetch(client: httpx.AsyncClient, url: str, optional: bool = False) -> dict | None:
    """A required call raises on failure; an optional one gets a short budget, then None."""
    try:
        async with asyncio.timeout(0.05 if optional else None):
            return (await client.get(url)).raise_for_status().json()
    except (httpx.HTTPError, TimeoutError):
        if optional:
            return None  # the dashboard renders without this part
        raise


@app.get("/dashboard/{user_id}")
async def dashboard(user_id: int, request: Request) -> dict:
    client: httpx.AsyncClient = request.app.state.client
    try:
        async with asyncio.timeout(0.5), asyncio.TaskGroup() as group:
            profile = group.create_task(fetch(client, f"http://profile/users/{user_id}"))
            orders = group.create_task(fetch(client, f"http://orders/users/{user_id}"))
            recs = group.create_task(fetch(client, f"http://recs/users/{user_id}", True))
    except* TimeoutError:
        raise HTTPException(504, "an upstream service did not answer in time") from None
    except* httpx.HTTPError as failed:  # only the required calls can fail the group
        hosts = sorted(error.request.url.host for error in failed.exceptions)
        raise HTTPException(503, f"unavailable: {', '.join(hosts)}") from None
    return {"profile": profile.result(), "orders": orders.result(), "recs": recs.result()}


async def main() -> None:
    cases = [({}, 200), ({"recs": "hang"}, 200), ({"orders": "fail", "profile": "hang"}, 503)]
    cases.append(({"orders": "hang"}, 504))
    transport = httpx.ASGITransport(app=app)  # runs no lifespan, so main() enters it
    async with lifespan(app), httpx.AsyncClient(transport=transport, base_url="http://t") as api:
        for scenario, expected in cases:
            trouble.clear()
            trouble.update(scenario)
            cancelled.clear()
            response = await api.get("/dashboard/7")
            print(f"{scenario or 'all healthy'} -> {response.status_code} {response.json()}")
            print("  upstream calls cancelled:", cancelled)
            assert response.status_code == expected


if __name__ == "__main__":
    asyncio.run(main())
