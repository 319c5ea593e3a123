# /// script
# requires-python = ">=3.11"
# dependencies = ["httpx"]
# ///
"""Log a partner API's traffic with httpx event hooks, find the failing input, pin it in a test."""

import json
from decimal import ROUND_HALF_UP, Decimal

import httpx

REDACTED = {"email"}  # personal data never reaches a log line
EUR_PER_USD = 0.86
clock = {"ms": 0}  # a fake clock, so the transcript is the same on every run


def partner_api(request: httpx.Request) -> httpx.Response:
    """The partner's service as a mock, bug included: more than 2 decimals crashes it."""
    amount = json.loads(request.content)["amount"]
    if round(amount, 2) != amount:
        clock["ms"] += 9  # fails fast: a parsing crash, not overload or a timeout
        return httpx.Response(500, json={"error": "internal error"})
    clock["ms"] += 180
    return httpx.Response(201, json={"status": "accepted"})


def note_start(request: httpx.Request) -> None:
    request.extensions["started_ms"] = clock["ms"]


def log_exchange(response: httpx.Response) -> None:
    request = response.request
    body = {k: "***" if k in REDACTED else v for k, v in json.loads(request.content).items()}
    took = clock["ms"] - request.extensions["started_ms"]
    print(request.headers["x-request-id"], request.method, request.url.path, end=" ")
    print(response.status_code, f"{took}ms", json.dumps(body))


client = httpx.Client(
    transport=httpx.MockTransport(partner_api),
    base_url="https://partner.example",
    event_hooks={"request": [note_start], "response": [log_exchange]},
)


def send(order: dict, request_id: str) -> int:
    return client.post("/orders", json=order, headers={"x-request-id": request_id}).status_code


def order_v1(usd: float, currency: str) -> dict:  # the code that shipped
    amount = usd * EUR_PER_USD if currency == "EUR" else usd
    return {"amount": amount, "currency": currency, "email": "ada@example.com"}


def order_v2(usd: float, currency: str) -> dict:  # the fix: money as Decimal, rounded to cents
    rate = Decimal(str(EUR_PER_USD)) if currency == "EUR" else Decimal(1)
    cents = (Decimal(str(usd)) * rate).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return {"amount": float(cents), "currency": currency, "email": "ada@example.com"}


def test_converted_prices_are_whole_cents() -> None:
    for usd in (12.5, 19.99, 24.99):  # 19.99 is the price that failed in production
        assert send(order_v2(usd, "EUR"), f"test-{usd}") == 201


def main() -> None:
    print("-- 1. production traffic: only some orders fail")
    traffic = [(19.99, "USD"), (10.0, "EUR"), (19.99, "EUR"), (12.5, "USD")]
    failed = [order_v1(*o) for n, o in enumerate(traffic) if send(order_v1(*o), f"req-{n}") == 500]
    print("-- 2. narrow: copy one field at a time from the failing order into a good one")
    good = order_v1(12.5, "USD")
    culprits = [k for k in good if send(good | {k: failed[0][k]}, f"swap-{k}") == 500]
    print("fields that reproduce the 500:", culprits)
    assert culprits == ["amount"]
    print("-- 3. the regression test (pytest would collect it), against the same mock")
    test_converted_prices_are_whole_cents()


if __name__ == "__main__":
    main()
