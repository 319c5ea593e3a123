# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""A field validator, a model validator and a reusable Annotated validator, seen through a 422."""

import asyncio
from datetime import date
from typing import Annotated, Self

import httpx
from fastapi import FastAPI, status
from pydantic import AfterValidator, BaseModel, field_validator, model_validator


def room_code(value: str) -> str:
    if not (len(value) == 4 and value[0].isalpha() and value[1:].isdigit()):
        raise ValueError("room codes look like B204")
    return value.upper()  # a validator may also transform the value it returns


RoomCode = Annotated[str, AfterValidator(room_code)]  # reusable in any model


class Booking(BaseModel):
    email: str
    room: RoomCode
    check_in: date
    check_out: date

    @field_validator("email")  # mode="after" (the default): value is already a str
    @classmethod
    def normalize_email(cls, value: str) -> str:
        value = value.strip().lower()
        local, _, domain = value.partition("@")
        if not local or "." not in domain:  # a sketch; real code would use EmailStr
            raise ValueError("not an email address")
        return value

    @model_validator(mode="after")  # sees the whole model, once every field is valid
    def check_dates(self) -> Self:
        if self.check_out <= self.check_in:
            raise ValueError("check_out must be after check_in")
        return self


app = FastAPI()


@app.post("/bookings")
async def book(booking: Booking) -> Booking:
    return booking


async def main() -> None:
    ok, invalid = status.HTTP_200_OK, status.HTTP_422_UNPROCESSABLE_CONTENT
    good = {"check_in": "2026-12-01", "check_out": "2026-12-03"}
    backwards = {"check_in": "2026-12-03", "check_out": "2026-12-01"}
    cases = [
        ("valid", {"email": "  Ada@Example.COM ", "room": "b204"} | good, ok),
        ("bad fields", {"email": "ada@example", "room": "204"} | backwards, invalid),
        ("bad dates", {"email": "ada@example.com", "room": "B204"} | backwards, invalid),
    ]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for label, body, expected in cases:
            r = await client.post("/bookings", json=body)
            data = r.json()  # for a 422, print stable keys only ("input" and "ctx" vary)
            shown = [(e["loc"], e["msg"]) for e in data["detail"]] if "detail" in data else [data]
            print(f"POST /bookings ({label}) -> {r.status_code}", *shown, sep="\n  ")
            assert r.status_code == expected
    assert shown == [(["body"], "Value error, check_out must be after check_in")]


if __name__ == "__main__":
    asyncio.run(main())
