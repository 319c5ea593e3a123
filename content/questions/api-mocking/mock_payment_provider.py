# /// script
# requires-python = ">=3.11"
# dependencies = ["httpx"]
# ///
"""Test a payment client offline: httpx.MockTransport plays the provider."""

import asyncio
from collections.abc import Awaitable, Callable

import httpx


class PaymentError(Exception):
    """The charge failed, or its outcome is unknown."""


def wait_seconds(retry_after: str | None) -> float:
    """Retry-After as delay-seconds; an HTTP date or no header falls back to one second."""
    return float(retry_after) if retry_after and retry_after.isdigit() else 1.0


class PaymentClient:
    def __init__(self, http: httpx.AsyncClient, sleep: Callable[[float], Awaitable[None]]) -> None:
        self.http, self.sleep = http, sleep  # both injected, so tests control them

    async def charge(self, order_id: str, cents: int) -> str:
        body = {"order": order_id, "amount": cents, "currency": "EUR"}
        headers = {"Idempotency-Key": f"charge-{order_id}"}
        for attempt in (1, 2, 3):
            try:
                response = await self.http.post("/v1/charges", json=body, headers=headers)
            except httpx.TimeoutException as exc:
                raise PaymentError("timed out, outcome unknown") from exc
            if response.status_code != 429 or attempt == 3:
                break
            await self.sleep(wait_seconds(response.headers.get("Retry-After")))
        if response.is_error:
            raise PaymentError(f"provider answered {response.status_code}")
        return response.json()["id"]


def provider(*script: httpx.Response | type[Exception]) -> httpx.MockTransport:
    """A fake provider: each request gets the next scripted response or exception."""
    queue = list(script)

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["Idempotency-Key"] == "charge-A1"  # check what we sent
        outcome = queue.pop(0)
        label = outcome.status_code if isinstance(outcome, httpx.Response) else outcome.__name__
        print(f"  {request.method} {request.url.path} {request.content.decode()} -> {label}")
        if isinstance(outcome, type):
            raise outcome("simulated", request=request)
        return outcome

    return httpx.MockTransport(handler)


async def run(title: str, transport: httpx.MockTransport) -> tuple[str, list[float]]:
    print(title)
    naps: list[float] = []

    async def fake_sleep(seconds: float) -> None:  # records instead of waiting
        naps.append(seconds)

    async with httpx.AsyncClient(transport=transport, base_url="https://pay.example") as http:
        try:
            result = await PaymentClient(http, fake_sleep).charge("A1", 1999)
        except PaymentError as exc:
            result = f"PaymentError({exc})"
    print(f"  charge() -> {result}, slept {naps}")
    return result, naps


async def main() -> None:
    ok = httpx.Response(201, json={"id": "ch_1", "status": "succeeded"})
    busy = httpx.Response(429, headers={"Retry-After": "2"})
    assert await run("1. success", provider(ok)) == ("ch_1", [])
    assert await run("2. rate limited once", provider(busy, ok)) == ("ch_1", [2.0])
    assert (await run("3. read timeout", provider(httpx.ReadTimeout)))[0].startswith("Payment")
    outcome = await run("4. rate limited three times", provider(busy, busy, busy))
    assert outcome == ("PaymentError(provider answered 429)", [2.0, 2.0])
    dated = httpx.Response(429, headers={"Retry-After": "Sat, 05 Dec 2026 12:00:03 GMT"})
    assert await run("5. Retry-After as an HTTP date", provider(dated, ok)) == ("ch_1", [1.0])


if __name__ == "__main__":
    asyncio.run(main())
