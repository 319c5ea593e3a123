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

OLD_SECRET, NEW_SECRET = b"whsec-old-0123456789abcdef0123", b"whsec-new-0123456789abcdef0123"
TOLERANCE = 300  # seconds either side of the receiver's clock
inbox: dict[str, bytes] = {}  # production: a table with a unique key, drained by a worker
receiver = FastAPI()


class FakeClock:  # stands in for time.time() and asyncio.sleep(): nothing really waits
    now = 1_767_225_600.0

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


clock = FakeClock()


def sign(secret: bytes, msg_id: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256)
    return "v1," + base64.b64encode(mac.digest()).decode()


@receiver.post("/webhooks")
async def receive(request: Request) -> dict[str, str]:
    headers, body = request.headers, await request.body()  # raw bytes, before any parsing
    msg_id, timestamp = headers["webhook-id"], headers["webhook-timestamp"]
    expected = sign(OLD_SECRET, msg_id, timestamp, body)  # this receiver has not rotated yet
    offered = headers["webhook-signature"].split()  # space-separated: one per signing secret
    if not any(hmac.compare_digest(expected, sig) for sig in offered):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, detail="bad signature")
    if abs(clock.now - int(timestamp)) > TOLERANCE:  # signed, so it can be trusted now
        raise HTTPException(status.HTTP_400_BAD_REQUEST, detail="timestamp outside tolerance")
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


def signed_headers(msg_id: str, timestamp: str, body: bytes) -> dict[str, str]:
    # During rotation the sender signs with both secrets: the new one first, then the old one.
    signatures = " ".join(sign(s, msg_id, timestamp, body) for s in (NEW_SECRET, OLD_SECRET))
    return {"webhook-id": msg_id, "webhook-timestamp": timestamp, "webhook-signature": signatures}


async def deliver(client: httpx.AsyncClient, msg_id: str, body: bytes) -> bool:
    rng, start = random.Random(7), clock.now  # seeded, so the jitter is the same on every run
    for attempt in range(1, 6):
        headers = signed_headers(msg_id, str(int(clock.now)), body)  # fresh timestamp each time
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
    body = b'{"type":"invoice.paid","invoice":"inv_42"}'
    async with httpx.AsyncClient(
        transport=httpx.MockTransport(network), base_url="http://hooks.test"
    ) as client:
        sent_at = str(int(clock.now))
        assert await deliver(client, "msg_1", body)
        forged = {**signed_headers("msg_2", sent_at, body), "webhook-signature": "v1,AAAA"}
        replayed = signed_headers("msg_1", sent_at, body)  # a captured copy of attempt 1
        await clock.sleep(600)  # ten minutes later
        for label, headers in [("forged", forged), ("replayed", replayed)]:
            response = await client.post("/webhooks", content=body, headers=headers)
            print(f"{label} delivery -> {response.status_code} {response.text}")
            assert response.status_code == status.HTTP_400_BAD_REQUEST
    print("stored events:", list(inbox))
    assert list(inbox) == ["msg_1"]  # three attempts, one stored event


if __name__ == "__main__":
    asyncio.run(main())
