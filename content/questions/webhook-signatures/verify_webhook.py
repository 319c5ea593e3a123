# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Webhook receiver: HMAC over id + timestamp + raw body, a time window, replay check by id."""

import asyncio
import base64
import hashlib
import hmac
import json
import time
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException, Request, status

SECRET = b"demo-secret-0123456789abcdef0123"  # fixed for the demo; real code loads it from config
OLD_SECRET = b"retired-secret-0123456789abcdef"  # the sender still signs with it during rotation
TOLERANCE = 300  # seconds either side of the receiver's clock
NOW = 1_767_225_600  # what the fake clock says: 2026-01-01 00:00:00 UTC
app = FastAPI()
seen_ids: set[str] = set()  # production: a shared store with a TTL, e.g. Redis SET NX EX
handled: list[str] = []


def sign(msg_id: str, timestamp: str, body: bytes, secret: bytes = SECRET) -> str:
    mac = hmac.new(secret, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256)
    return "v1," + base64.b64encode(mac.digest()).decode()


async def clock() -> int:
    return int(time.time())


@app.post("/webhooks")
async def receive(request: Request, now: Annotated[int, Depends(clock)]) -> dict[str, str]:
    msg_id = request.headers.get("webhook-id", "")
    timestamp = request.headers.get("webhook-timestamp", "")
    body = await request.body()  # the exact bytes the sender signed, not re-encoded JSON
    expected = sign(msg_id, timestamp, body).encode()
    offered = request.headers.get("webhook-signature", "").split()  # a list: keys can rotate
    if not any(hmac.compare_digest(expected, sig.encode()) for sig in offered):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, detail="bad signature")
    if abs(now - int(timestamp)) > TOLERANCE:  # signed, so the timestamp can be trusted now
        raise HTTPException(status.HTTP_400_BAD_REQUEST, detail="timestamp outside tolerance")
    if msg_id in seen_ids:  # handled before: acknowledge with 2xx, do nothing
        return {"status": "duplicate"}
    seen_ids.add(msg_id)
    handled.append(msg_id)  # real code enqueues the event and returns quickly
    return {"status": "accepted"}


async def fixed_clock() -> int:
    return NOW


def signed(msg_id: str, sent_at: int, body: bytes, *keys: bytes) -> dict[str, str]:  # sender
    signatures = " ".join(sign(msg_id, str(sent_at), body, key) for key in keys or [SECRET])
    headers = {"webhook-id": msg_id, "webhook-timestamp": str(sent_at)}
    return headers | {"webhook-signature": signatures}


async def main() -> None:
    app.dependency_overrides[clock] = fixed_clock
    body = b'{"type":"invoice.paid","amount":4200}'
    fresh = signed("msg_1", NOW - 20, body)
    cases = [("valid", body, fresh, 200), ("replayed", body, fresh, 200)]
    cases += [("tampered", body.replace(b"4200", b"9999"), fresh, 400)]
    cases += [("same JSON, new bytes", json.dumps(json.loads(body)).encode(), fresh, 400)]
    cases += [("stale", body, signed("msg_2", NOW - 900, body), 400)]
    cases += [("old key only", body, signed("msg_3", NOW, body, OLD_SECRET), 400)]
    cases += [("rotation: old and new", body, signed("msg_4", NOW, body, OLD_SECRET, SECRET), 200)]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for label, content, headers, expected in cases:
            response = await client.post("/webhooks", content=content, headers=headers)
            print(f"POST /webhooks ({label}) -> {response.status_code} {response.text}")
            assert response.status_code == expected
    assert handled == ["msg_1", "msg_4"]  # the replay was acknowledged but not processed twice


if __name__ == "__main__":
    asyncio.run(main())
