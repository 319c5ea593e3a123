# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Keep the first response per Idempotency-Key, replay it, reject misuse and in-flight twins."""

import asyncio
import hashlib
from typing import Annotated, Any

import httpx
from fastapi import FastAPI, Header, HTTPException, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel


class Payment(BaseModel):
    amount: int
    currency: str


app = FastAPI()
stored: dict[str, tuple[str, int | None, Any]] = {}  # key -> (fingerprint, status, body)
charges: list[Payment] = []  # the side effect that must happen once
in_flight, provider_done = asyncio.Event(), asyncio.Event()  # let main() pause one charge


@app.post("/payments")
async def pay(
    payment: Payment, idempotency_key: Annotated[str | None, Header()] = None
) -> JSONResponse:
    if idempotency_key is None:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "Idempotency-Key header is required")
    fingerprint = hashlib.sha256(payment.model_dump_json().encode()).hexdigest()
    if idempotency_key in stored:
        first_fingerprint, first_status, first_body = stored[idempotency_key]
        if first_fingerprint != fingerprint:
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "Key reused, new body")
        if first_status is None:
            raise HTTPException(status.HTTP_409_CONFLICT, "First request still in progress")
        return JSONResponse(first_body, first_status)  # replay; no second charge
    stored[idempotency_key] = (fingerprint, None, None)  # claim the key before any await
    in_flight.set()
    await provider_done.wait()  # the slow call to the payment provider
    charges.append(payment)
    body = {"id": f"pay_{len(charges)}", **payment.model_dump()}
    stored[idempotency_key] = (fingerprint, status.HTTP_201_CREATED, body)
    return JSONResponse(body, status.HTTP_201_CREATED)


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:

        async def post(key: str | None, amount: int) -> httpx.Response:
            body = {"amount": amount, "currency": "EUR"}
            headers = {"Idempotency-Key": key} if key else {}
            r = await client.post("/payments", json=body, headers=headers)
            print(f"POST /payments Idempotency-Key: {key} {body} -> {r.status_code} {r.json()}")
            return r

        first = asyncio.create_task(post("k-1", 500))
        await in_flight.wait()  # the first request holds the key, waiting on the provider
        print("first request with k-1 is in flight; a twin arrives")
        assert (await post("k-1", 500)).status_code == 409
        provider_done.set()
        assert (await first).status_code == 201
        retry = await post("k-1", 500)  # the client lost the 201 and retries
        assert retry.status_code == 201 and retry.json() == first.result().json()
        assert (await post("k-1", 900)).status_code == 422  # same key, different body
        assert (await post(None, 500)).status_code == 400  # no key at all
        print("charges made:", len(charges))
        assert len(charges) == 1


if __name__ == "__main__":
    asyncio.run(main())
