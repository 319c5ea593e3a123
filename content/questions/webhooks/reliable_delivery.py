# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""A webhook sender that retries with backoff, and a receiver that verifies and deduplicates."""

import asyncio
import base64
import hashlib
import hmac
import random

import httpx
from fastapi import FastAPI, HTTPException, Request, status
from pydantic import BaseModel

SECRET = b"whsec-demo-0123456789abcdef01234"  # fixed for the demo; real code loads it from config
inbox: dict[str, bytes] = {}  # production: a table with a unique key, drained by a worker
receiver = FastAPI()
provider = FastAPI()  # the sender's own API, which documents the events it will POST


class InvoicePaid(BaseModel):
    type: str
    invoice: str


@provider.webhooks.post("invoice.paid")  # documentation only: nothing is sent from here
async def invoice_paid(event: InvoicePaid) -> None: ...


def sign(msg_id: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(SECRET, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256)
    return "v1," + base64.b64encode(mac.digest()).decode()


@receiver.post("/webhooks")
async def receive(request: Request) -> dict[str, str]:
    headers, body = request.headers, await request.body()  # raw bytes, before any parsing
    msg_id = headers["webhook-id"]
    expected = sign(msg_id, headers["webhook-timestamp"], body).encode()
    if not hmac.compare_digest(expected, headers["webhook-signature"].encode()):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, detail="bad signature")
    if msg_id in inbox:
        return {"status": "duplicate"}  # still 2xx, so the sender stops retrying
    inbox[msg_id] = body  # store and acknowledge now; the slow work happens later
    return {"status": "queued"}


faults = ["503", "lost"]  # what goes wrong on the first two attempts
to_receiver = httpx.ASGITransport(app=receiver)


async def network(request: httpx.Request) -> httpx.Response:
    fault = faults.pop(0) if faults else None
    if fault == "503":
        return httpx.Response(503, text="busy")  # a proxy answers; the receiver never sees it
    response = await to_receiver.handle_async_request(request)
    if fault == "lost":  # the receiver handled it, but the reply never arrives
        raise httpx.ReadTimeout("no reply", request=request)
    return response


class FakeClock:  # stands in for time.time() and asyncio.sleep(): nothing really waits
    now = 1_767_225_600.0

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


async def deliver(client: httpx.AsyncClient, msg_id: str, body: bytes, clock: FakeClock) -> bool:
    rng, start = random.Random(7), clock.now  # seeded, so the jitter is the same on every run
    for attempt in range(1, 6):
        ts = str(int(clock.now))  # each attempt is signed afresh with its own timestamp
        signature = sign(msg_id, ts, body)
        headers = {"webhook-id": msg_id, "webhook-timestamp": ts, "webhook-signature": signature}
        try:
            response = await client.post("/webhooks", content=body, headers=headers)
            result = f"{response.status_code} {response.text}"
        except httpx.TransportError as exc:
            response, result = None, type(exc).__name__
        print(f"+{clock.now - start:3.1f}s attempt {attempt} -> {result}")
        if response is not None and response.is_success:
            return True
        await clock.sleep(min(300.0, 2.0**attempt) * rng.uniform(0.5, 1.0))  # capped, jittered
    return False  # give up: park the event for manual replay and alert the endpoint owner


async def main() -> None:
    body = InvoicePaid(type="invoice.paid", invoice="inv_42").model_dump_json().encode()
    transport = httpx.MockTransport(network)
    async with httpx.AsyncClient(transport=transport, base_url="http://hooks.test") as client:
        assert await deliver(client, "msg_1", body, FakeClock())
        forged = {"webhook-id": "msg_2", "webhook-timestamp": "0", "webhook-signature": "v1,AAAA"}
        response = await client.post("/webhooks", content=body, headers=forged)
        print("forged delivery ->", response.status_code, response.text)
        assert response.status_code == status.HTTP_400_BAD_REQUEST
    print("stored events:", list(inbox))
    assert list(inbox) == ["msg_1"]  # three attempts, one stored event
    documented = list(provider.openapi()["webhooks"])
    print("webhooks in the provider's OpenAPI document:", documented)
    assert documented == ["invoice.paid"]


if __name__ == "__main__":
    asyncio.run(main())
