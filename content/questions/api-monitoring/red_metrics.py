# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Rate, errors and duration per route template, plus one structured log line per request."""

import asyncio
import json
from collections import Counter, defaultdict

import httpx
from fastapi import FastAPI, HTTPException, Request, Response, status

BUCKETS_MS = (50, 100, 250, 500, 1000, float("inf"))  # histogram upper bounds
requests_total: Counter[tuple[str, int]] = Counter()  # (route template, status) -> count
latency: defaultdict[str, Counter[float]] = defaultdict(Counter)  # route -> bucket -> count
clock = {"ms": 0}  # a fake clock, so the durations in the transcript are repeatable

app = FastAPI()


@app.middleware("http")
async def record_red(request: Request, call_next) -> Response:
    started, code = clock["ms"], status.HTTP_500_INTERNAL_SERVER_ERROR
    try:
        response = await call_next(request)
        code = response.status_code
        return response
    finally:  # a crash still counts: its 500 is written outside this middleware
        route = request.scope.get("route")
        template = route.path if route else "(unmatched)"  # never the raw URL path
        elapsed = clock["ms"] - started
        requests_total[template, code] += 1
        latency[template][next(b for b in BUCKETS_MS if elapsed <= b)] += 1
        log = {"request_id": request.headers.get("x-request-id"), "route": template}
        print(json.dumps({**log, "status": code, "ms": elapsed}))


@app.get("/orders/{order_id}")
async def read_order(order_id: int) -> dict[str, int]:
    clock["ms"] += 400 if order_id == 2 else 20  # order 2 hits a slow query
    if order_id == 13:
        raise RuntimeError("database connection lost")
    if order_id > 100:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such order")
    return {"id": order_id}


async def main() -> None:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        paths = [f"/orders/{n}" for n in (1, 1, 2, 404, 13)] + ["/wp-login.php"]
        for n, path in enumerate(paths, start=1):
            await client.get(path, headers={"x-request-id": f"req-{n}"})
    for template, buckets in latency.items():
        codes = {code: n for (route, code), n in requests_total.items() if route == template}
        errors = sum(n for code, n in codes.items() if code >= 500)
        cumulative = {b: sum(buckets[x] for x in BUCKETS_MS if x <= b) for b in BUCKETS_MS}
        p95 = next(b for b in BUCKETS_MS if cumulative[b] >= 0.95 * buckets.total())
        print(f"{template}: by status {codes}, 5xx rate {errors / buckets.total():.0%},", end=" ")
        print(f"p95 <= {p95} ms, buckets {dict(sorted(buckets.items()))}")
    assert requests_total["/orders/{order_id}", 500] == 1  # the crash was counted
    assert requests_total["(unmatched)", 404] == 1  # a scanner's URL did not become a label


if __name__ == "__main__":
    asyncio.run(main())
