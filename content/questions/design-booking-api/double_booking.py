# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Two customers book one slot at the same moment: a check in code admits both, a constraint one."""

import asyncio
import sqlite3
from datetime import UTC

import httpx
from fastapi import FastAPI, HTTPException, status
from pydantic import AwareDatetime, BaseModel


class BookingIn(BaseModel):
    resource: str
    starts_at: AwareDatetime
    customer: str


def make_app(unique_slot: bool) -> tuple[FastAPI, sqlite3.Connection]:
    db = sqlite3.connect(":memory:")
    rule = ", UNIQUE (resource, starts_at)" if unique_slot else ""
    db.execute(f"CREATE TABLE bookings (resource TEXT, starts_at TEXT, customer TEXT{rule})")
    payment_provider = asyncio.Barrier(2)  # fake: answers once both customers are waiting on it
    app = FastAPI()

    @app.post("/bookings", status_code=status.HTTP_201_CREATED)
    async def book(body: BookingIn) -> dict[str, str]:
        instant = body.starts_at.astimezone(UTC).isoformat()  # one spelling per instant
        slot = (body.resource, instant)
        taken = db.execute("SELECT 1 FROM bookings WHERE resource = ? AND starts_at = ?", slot)
        if taken.fetchone():  # correct for one request at a time, useless for two at once
            raise HTTPException(status.HTTP_409_CONFLICT, "slot already booked")
        await payment_provider.wait()  # any await between check and insert lets the other run
        try:
            with db:
                db.execute("INSERT INTO bookings VALUES (?, ?, ?)", (*slot, body.customer))
        except sqlite3.IntegrityError:  # the constraint decides, whatever the code saw before
            raise HTTPException(status.HTTP_409_CONFLICT, "slot already booked") from None
        return {"booked": slot[1], "for": body.customer}

    return app, db


async def main() -> None:
    for unique_slot in (False, True):
        app, db = make_app(unique_slot)
        print("UNIQUE (resource, starts_at):", "yes" if unique_slot else "no")
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            bodies = [  # the same instant, written in two time zones
                {"resource": "dr-lee", "starts_at": "2026-12-07T09:00:00Z", "customer": "ana"},
                {"resource": "dr-lee", "starts_at": "2026-12-07T10:00:00+01:00", "customer": "ben"},
            ]
            answers = await asyncio.gather(*(client.post("/bookings", json=b) for b in bodies))
        for body, answer in zip(bodies, answers, strict=True):
            sent = f"{body['customer']}: POST /bookings starts_at={body['starts_at']}"
            print(f"  {sent} -> {answer.status_code} {answer.json()}")
        rows = db.execute("SELECT count(*) FROM bookings").fetchone()[0]
        print(f"  bookings stored for that slot: {rows}")
        assert rows == (1 if unique_slot else 2)  # without the constraint: a double booking
        assert sorted(a.status_code for a in answers) == ([201, 409] if unique_slot else [201, 201])


if __name__ == "__main__":
    asyncio.run(main())
