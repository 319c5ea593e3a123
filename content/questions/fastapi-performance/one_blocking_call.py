# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""One blocking call inside async def serializes a worker: five concurrent requests, counted
by how many handlers are in progress at once rather than by a stopwatch."""

import asyncio
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
from fastapi import FastAPI


class Gauge:  # how many handlers are between their first and last line right now
    def __init__(self) -> None:
        self.now = self.peak = 0

    @contextmanager
    def track(self) -> Iterator[None]:
        self.now += 1
        self.peak = max(self.peak, self.now)
        try:
            yield
        finally:
            self.now -= 1


def busy(seconds: float) -> None:
    """Holds the thread like any blocking call. (The sample spins rather than calling
    time.sleep because the browser's Python lets time.sleep yield to the page.)"""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        pass


gauge = Gauge()
app = FastAPI()


@app.get("/report/blocking")
async def blocking_report() -> dict[str, str]:
    with gauge.track():
        busy(0.03)  # stands in for requests.get(), time.sleep(), a sync DB driver, CPU work
    return {"report": "ready"}


@app.get("/report/awaiting")
async def awaiting_report() -> dict[str, str]:
    with gauge.track():
        await asyncio.sleep(0.03)  # stands in for httpx.AsyncClient, an async DB driver
    return {"report": "ready"}


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for path, expected in [("/report/blocking", 1), ("/report/awaiting", 5)]:
            gauge.peak = 0
            responses = await asyncio.gather(*(client.get(path) for _ in range(5)))
            codes = [response.status_code for response in responses]
            print(f"5 x GET {path} -> {codes}, handlers running at once: {gauge.peak}")
            assert gauge.peak == expected


if __name__ == "__main__":
    asyncio.run(main())
