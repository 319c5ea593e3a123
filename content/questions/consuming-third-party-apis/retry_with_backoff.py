# /// script
# requires-python = ">=3.11"
# dependencies = ["httpx"]
# ///
"""Retry with capped exponential backoff, full jitter and Retry-After; POST only with a key."""

import asyncio
import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

import httpx

RETRYABLE = {429, 502, 503, 504}
rng = random.Random(7)  # seeded so the jitter is the same on every run
NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)  # fake clock for Retry-After dates
waits: list[float] = []
charges: list[str | None] = []  # what the fake payment provider actually did
in_3_s = format_datetime(NOW + timedelta(seconds=3), usegmt=True)
script = [
    httpx.Response(503, headers={"Retry-After": "2"}),  # delay-seconds
    httpx.Response(429, headers={"Retry-After": in_3_s}),  # an HTTP date
    httpx.Response(502),  # no advice: back off with jitter
    httpx.Response(200, json={"EUR": 0.92}),
]


async def fake_sleep(seconds: float) -> None:
    waits.append(round(seconds, 2))  # a real client would await asyncio.sleep(seconds)


def retry_after(header: str | None, now: datetime) -> float | None:
    """Seconds to wait: Retry-After is delay-seconds or an HTTP date (RFC 9110, 10.2.3)."""
    if header and header.isdigit():
        return float(header)
    try:
        return max(0.0, (parsedate_to_datetime(header or "") - now).total_seconds())
    except (TypeError, ValueError):
        return None  # absent or unreadable: fall back to backoff


def provider(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/rates":
        return script.pop(0)
    key = request.headers.get("Idempotency-Key")
    if key is None or key not in charges:
        charges.append(key)  # the charge happens, then the response is lost
        raise httpx.ReadTimeout("no response within the read timeout", request=request)
    return httpx.Response(201, json={"charge": charges.index(key) + 1, "replayed": True})


async def send(client: httpx.AsyncClient, method: str, url: str, **kwargs: Any) -> httpx.Response:
    headers = kwargs.get("headers", {})
    retry_safe = (
        method in {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"} or "Idempotency-Key" in headers
    )
    for attempt in range(1, 5):
        delay: float | None = None
        try:
            response = await client.request(method, url, **kwargs)
            print(f"{method} {url} attempt {attempt} -> {response.status_code}")
            if response.status_code not in RETRYABLE or not retry_safe or attempt == 4:
                return response
            delay = retry_after(response.headers.get("Retry-After"), NOW)
        except httpx.TransportError as exc:
            print(f"{method} {url} attempt {attempt} -> {type(exc).__name__}")
            if not retry_safe or attempt == 4:
                raise
        if delay is None:
            delay = rng.uniform(0, min(10.0, 0.5 * 2**attempt))  # full jitter, capped
        await fake_sleep(delay)
    raise AssertionError("unreachable")


async def main() -> None:
    timeout = httpx.Timeout(5.0, connect=2.0)  # never leave a third-party call unbounded
    transport = httpx.MockTransport(provider)
    async with httpx.AsyncClient(
        transport=transport, base_url="https://pay.example", timeout=timeout
    ) as client:
        rates = await send(client, "GET", "/rates")
        print("  body:", rates.json(), "| waits:", waits)
        assert rates.status_code == 200 and waits[:2] == [2.0, 3.0]  # the server's advice won

        try:
            await send(client, "POST", "/charges", json={"cents": 500})
        except httpx.ReadTimeout:
            print("  no key: gave up after one try; the outcome is unknown")

        key = {"Idempotency-Key": "order-41-charge"}
        paid = await send(client, "POST", "/charges", json={"cents": 500}, headers=key)
        print("  body:", paid.json(), "| provider charges:", charges)
        assert charges.count("order-41-charge") == 1  # retried, but charged once


if __name__ == "__main__":
    asyncio.run(main())
