# /// script
# requires-python = ">=3.11"
# dependencies = ["httpx"]
# ///
"""A minimal circuit breaker: fail fast while the provider is down, probe after a cooldown."""

import asyncio

import httpx


class CircuitOpenError(Exception):
    pass


class Breaker:
    def __init__(self, threshold: int, cooldown: float) -> None:
        self.threshold, self.cooldown = threshold, cooldown
        self.failures = 0
        self.opened_at: float | None = None  # None means closed
        self.now = 0.0  # fake clock, advanced by the demo

    async def call(self, client: httpx.AsyncClient, url: str) -> httpx.Response:
        if self.opened_at is not None and self.now < self.opened_at + self.cooldown:
            raise CircuitOpenError(f"open until t={self.opened_at + self.cooldown:.0f}s")
        response = await client.get(url)  # after the cooldown this is the half-open probe
        if response.status_code >= 500:
            self.failures += 1
            if self.failures >= self.threshold:
                self.opened_at = self.now  # (re)open: stop sending traffic for a while
        else:
            self.failures, self.opened_at = 0, None  # closed again
        return response


provider_up = False
provider_hits = 0


def provider(request: httpx.Request) -> httpx.Response:
    global provider_hits
    provider_hits += 1
    return httpx.Response(200 if provider_up else 503)


async def main() -> None:
    global provider_up
    breaker = Breaker(threshold=3, cooldown=30.0)
    transport = httpx.MockTransport(provider)
    async with httpx.AsyncClient(transport=transport, base_url="https://geo.example") as client:
        for t, up in [(0, False), (1, False), (2, False), (3, False), (20, True), (40, True)]:
            breaker.now, provider_up = t, up
            try:
                response = await breaker.call(client, "/lookup")
                print(f"t={t:>2}s GET /lookup -> {response.status_code}")
            except CircuitOpenError as exc:
                print(f"t={t:>2}s GET /lookup -> failed fast, not sent ({exc})")
        print("requests that reached the provider:", provider_hits)
        assert provider_hits == 4  # t=3 and t=20 never left the process
        assert breaker.opened_at is None  # the probe at t=40 succeeded and closed it


if __name__ == "__main__":
    asyncio.run(main())
