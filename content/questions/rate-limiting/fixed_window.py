# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""A fixed-window rate limit as a FastAPI dependency, tested with a fake clock."""

import asyncio
import math
import time
from collections.abc import Callable
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, Header, HTTPException, Request, Response, status

LIMIT, WINDOW = 3, 60  # 3 requests per client per 60-second window
counts: dict[tuple[str, int], int] = {}  # (client, window number) -> requests seen


def get_clock() -> Callable[[], float]:
    return time.monotonic  # tests override this dependency with a fake clock


async def rate_limit(
    request: Request,
    response: Response,
    clock: Annotated[Callable[[], float], Depends(get_clock)],
    x_api_key: Annotated[str | None, Header()] = None,
) -> None:
    client = x_api_key or (request.client.host if request.client else "unknown")
    now = clock()
    window = int(now // WINDOW)
    counts[client, window] = counts.get((client, window), 0) + 1
    reset = math.ceil((window + 1) * WINDOW - now)  # seconds until this window ends
    remaining = max(LIMIT - counts[client, window], 0)
    headers = {
        "RateLimit-Policy": f'"per-minute";q={LIMIT};w={WINDOW}',  # IETF draft fields
        "RateLimit": f'"per-minute";r={remaining};t={reset}',
    }
    if counts[client, window] > LIMIT:
        headers["Retry-After"] = str(reset)
        raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS, "Rate limit exceeded", headers)
    response.headers.update(headers)


app = FastAPI()


@app.get("/quotes", dependencies=[Depends(rate_limit)])
async def quotes() -> dict[str, str]:
    return {"quote": "Measure twice, cut once."}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


async def main() -> None:
    clock = FakeClock()
    app.dependency_overrides[get_clock] = lambda: clock
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:

        async def get(key: str) -> int:
            r = await client.get("/quotes", headers={"X-API-Key": key})
            shown = {h: r.headers[h] for h in ("RateLimit", "Retry-After") if h in r.headers}
            print(f"t={clock.now:.0f} GET /quotes key={key} -> {r.status_code} {shown}")
            return r.status_code

        assert [await get("alice") for _ in range(3)] == [200, 200, 200]
        assert await get("alice") == 429  # fourth call in the same window
        assert await get("bob") == 200  # each client has its own counter
        clock.now += 20  # the window that began at t=960 ends at t=1020
        assert await get("alice") == 200


if __name__ == "__main__":
    asyncio.run(main())
