# /// script
# requires-python = ">=3.11"
# dependencies = ["httpx"]
# ///
"""A minimal circuit breaker: fail fast while open, then let exactly one probe through."""

import asyncio

import httpx


class CircuitOpenError(Exception):
    pass


class Breaker:
    def __init__(self, threshold: int, cooldown: float) -> None:
        self.threshold, self.cooldown = threshold, cooldown
        self.failures = 0
        self.opened_at: float | None = None  # None means closed
        self.probing = False  # half-open: the one trial call is in flight
        self.now = 0.0  # fake clock, advanced by the demo

    async def call(self, client: httpx.AsyncClient, url: str) -> httpx.Response:
        if self.opened_at is not None:
            if self.now < self.opened_at + self.cooldown:
                raise CircuitOpenError(f"open until t={self.opened_at + self.cooldown:.0f}s")
            if self.probing:
                raise CircuitOpenError("half-open, probe in flight")
            self.probing = True  # this caller is the half-open probe
        failed = True  # an exception (timeout, refused connection) counts as a failure
        try:
            response = await client.get(url)
            failed = response.status_code >= 500
        finally:
            self.probing = False
            self.failures = self.failures + 1 if failed else 0
            if not failed:
                self.opened_at = None  # closed again
            elif self.opened_at is not None or self.failures >= self.threshold:
                self.opened_at = self.now  # open, or reopen after a failed probe
        return response


provider_up, provider_hits = False, 0


async def provider(request: httpx.Request) -> httpx.Response:
    global provider_hits
    provider_hits += 1
    await asyncio.sleep(0)  # the call is in flight: other callers run meanwhile
    return httpx.Response(200 if provider_up else 503)


async def main() -> None:
    global provider_up
    breaker = Breaker(threshold=3, cooldown=30.0)
    transport = httpx.MockTransport(provider)
    async with httpx.AsyncClient(transport=transport, base_url="https://geo.example") as client:
        # (t in seconds, callers at that moment); the provider recovers at t=75
        for t, callers in [(0, 1), (1, 1), (2, 1), (20, 1), (40, 2), (50, 1), (75, 3), (76, 1)]:
            breaker.now, provider_up = t, t >= 75
            calls = [breaker.call(client, "/lookup") for _ in range(callers)]
            for result in await asyncio.gather(*calls, return_exceptions=True):
                if isinstance(result, httpx.Response):
                    print(f"t={t:>2}s GET /lookup -> {result.status_code}")
                else:
                    print(f"t={t:>2}s GET /lookup -> failed fast, not sent ({result})")
        print("requests that reached the provider:", provider_hits)
        assert provider_hits == 6  # t=0, 1, 2, one probe at 40, one probe at 75, t=76
        assert breaker.opened_at is None  # the probe at t=75 succeeded and closed it


if __name__ == "__main__":
    asyncio.run(main())
