# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Awaiting upstream calls one by one never overlaps them; gather does; and the event loop
interleaves separate requests either way. Overlap is counted, not timed."""

import asyncio

import httpx
from fastapi import FastAPI


class FakeUpstream:  # another service, reached through httpx.MockTransport
    def __init__(self) -> None:
        self.in_flight = self.peak = 0

    async def handle(self, request: httpx.Request) -> httpx.Response:
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        await asyncio.sleep(0.08)  # network latency: the loop runs other work meanwhile
        self.in_flight -= 1
        return httpx.Response(200, json={"part": request.url.path.strip("/")})


upstream = FakeUpstream()
# One shared client (normally opened in the lifespan) keeps a pool of upstream connections.
client = httpx.AsyncClient(transport=httpx.MockTransport(upstream.handle), base_url="http://up")
PARTS = ["profile", "orders", "recommendations"]
app = FastAPI()


@app.get("/dashboard/one-by-one")
async def one_by_one() -> list[dict]:
    return [(await client.get(f"/{part}")).json() for part in PARTS]  # each waits for the last


@app.get("/dashboard")
async def together() -> list[dict]:
    responses = await asyncio.gather(*(client.get(f"/{part}") for part in PARTS))
    return [response.json() for response in responses]  # gather keeps the argument order


async def measure(api: httpx.AsyncClient, label: str, path: str, clients: int = 1) -> int:
    upstream.peak = 0
    responses = await asyncio.gather(*(api.get(path) for _ in range(clients)))
    assert all(response.json() == [{"part": part} for part in PARTS] for response in responses)
    codes = [response.status_code for response in responses]
    print(f"{label}: {codes}, most upstream calls in flight at once: {upstream.peak}")
    return upstream.peak


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as api:
        print("GET /dashboard ->", (await api.get("/dashboard")).json())
        assert await measure(api, "1 request, awaits in sequence", "/dashboard/one-by-one") == 1
        assert await measure(api, "1 request, asyncio.gather", "/dashboard") == 3
        assert await measure(api, "5 requests, awaits in sequence", "/dashboard/one-by-one", 5) == 5


if __name__ == "__main__":
    asyncio.run(main())
