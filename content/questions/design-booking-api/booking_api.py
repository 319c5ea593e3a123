# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Holds that expire, bookings confirmed with an idempotency key, and the tests that prove both."""

import asyncio
import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Annotated

import httpx
from fastapi import FastAPI, Header, HTTPException, Response, status
from pydantic import AwareDatetime, BaseModel

db = sqlite3.connect(":memory:")
db.row_factory = sqlite3.Row
db.execute("""CREATE TABLE claims (  -- one row per taken slot: a hold or a booking
    id INTEGER PRIMARY KEY AUTOINCREMENT, resource TEXT NOT NULL, starts_at TEXT NOT NULL,
    customer TEXT NOT NULL, status TEXT NOT NULL, expires_at TEXT, idempotency_key TEXT,
    UNIQUE (resource, starts_at), UNIQUE (customer, idempotency_key))""")
clock = [datetime(2026, 12, 7, 8, 0, tzinfo=UTC)]  # a fake clock the tests move forward
Customer = Annotated[str, Header(alias="X-Customer")]  # stands in for real authentication
app = FastAPI()


class HoldIn(BaseModel):
    resource: str
    starts_at: AwareDatetime  # "10:00" without an offset is refused: 10:00 where?


class Claim(BaseModel):
    id: int
    status: str
    expires_at: datetime | None


def load(claim_id: int) -> Claim:
    sql = "SELECT id, status, expires_at FROM claims WHERE id = ?"
    return Claim(**db.execute(sql, (claim_id,)).fetchone())


@app.post("/holds", status_code=status.HTTP_201_CREATED)
async def hold(body: HoldIn, who: Customer, response: Response) -> Claim:
    now, slot = clock[0].isoformat(), (body.resource, body.starts_at.astimezone(UTC).isoformat())
    expires = (clock[0] + timedelta(minutes=10)).isoformat()
    try:
        with db:  # one transaction: drop an expired hold on this slot, then claim the slot
            db.execute(
                "DELETE FROM claims WHERE resource = ? AND starts_at = ? AND status = 'held'"
                " AND expires_at <= ?",
                (*slot, now),
            )
            claim = db.execute(
                "INSERT INTO claims (resource, starts_at, customer, status, expires_at)"
                " VALUES (?, ?, ?, 'held', ?)",
                (*slot, who, expires),
            )
    except sqlite3.IntegrityError:  # UNIQUE (resource, starts_at): someone holds or booked it
        raise HTTPException(status.HTTP_409_CONFLICT, "slot is held or booked") from None
    response.headers["Location"] = f"/holds/{claim.lastrowid}"
    return load(claim.lastrowid)


class BookingIn(BaseModel):
    hold_id: int


@app.post("/bookings", status_code=status.HTTP_201_CREATED)
async def book(
    body: BookingIn,
    who: Customer,
    r: Response,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> Claim:
    if idempotency_key is None:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "send an Idempotency-Key header")
    sql = "SELECT id FROM claims WHERE customer = ? AND idempotency_key = ?"
    if earlier := db.execute(sql, (who, idempotency_key)).fetchone():  # a retry of a success
        if earlier["id"] != body.hold_id:
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "key used for another hold")
    else:
        with db:  # confirm only this customer's live hold, in one conditional UPDATE
            confirmed = db.execute(
                "UPDATE claims SET status = 'booked', expires_at = NULL, idempotency_key = ?"
                " WHERE id = ? AND customer = ? AND status = 'held' AND expires_at > ?",
                (idempotency_key, body.hold_id, who, clock[0].isoformat()),
            ).rowcount
        if not confirmed:
            raise HTTPException(status.HTTP_409_CONFLICT, "hold expired or not yours")
    r.headers["Location"] = f"/bookings/{body.hold_id}"
    return load(body.hold_id)


ANA, BEN = {"X-Customer": "ana"}, {"X-Customer": "ben"}
SLOT = {"resource": "dr-lee", "starts_at": "2026-12-07T10:00:00+01:00"}


async def test_a_hold_blocks_the_slot_until_it_expires(client: httpx.AsyncClient) -> None:
    held = await client.post("/holds", json=SLOT, headers=ANA)
    assert held.status_code == 201 and held.json()["expires_at"] == "2026-12-07T08:10:00Z"
    assert (await client.post("/holds", json=SLOT, headers=BEN)).status_code == 409
    naive = {**SLOT, "starts_at": "2026-12-07T10:00:00"}
    assert (await client.post("/holds", json=naive, headers=BEN)).status_code == 422
    clock[0] += timedelta(minutes=11)  # ana took too long to pay
    assert (await client.post("/holds", json=SLOT, headers=BEN)).json()["id"] == 2
    late = {"Idempotency-Key": "a-1"} | ANA
    assert (await client.post("/bookings", json={"hold_id": 1}, headers=late)).status_code == 409


async def test_booking_is_idempotent_per_key_and_never_expires(client: httpx.AsyncClient) -> None:
    key = {"Idempotency-Key": "b-1"} | BEN
    first = await client.post("/bookings", json={"hold_id": 2}, headers=key)
    retry = await client.post("/bookings", json={"hold_id": 2}, headers=key)
    assert (first.status_code, retry.status_code) == (201, 201) and first.json() == retry.json()
    assert (await client.post("/bookings", json={"hold_id": 7}, headers=key)).status_code == 422
    assert (await client.post("/bookings", json={"hold_id": 2}, headers=BEN)).status_code == 400
    clock[0] += timedelta(hours=1)
    assert (await client.post("/holds", json=SLOT, headers=ANA)).status_code == 409


async def show(response: httpx.Response) -> None:  # prints every exchange the tests make
    request, key = response.request, response.request.headers.get("idempotency-key")
    sent = [request.headers["x-customer"] + ":", request.method, request.url.path]
    sent += [request.content.decode(), *([f"Idempotency-Key: {key}"] if key else [])]
    print(" ", *sent, "->", response.status_code)


async def main() -> None:
    transport, hooks = httpx.ASGITransport(app=app), {"response": [show]}
    async with httpx.AsyncClient(transport=transport, base_url="http://t", event_hooks=hooks) as c:
        for test in (
            test_a_hold_blocks_the_slot_until_it_expires,
            test_booking_is_idempotent_per_key_and_never_expires,
        ):
            await test(c)
            print(f"PASS {test.__name__} (clock {clock[0]:%H:%M}Z)")


if __name__ == "__main__":
    asyncio.run(main())
