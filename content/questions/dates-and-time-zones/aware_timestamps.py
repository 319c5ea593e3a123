# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Accept only timestamps with an offset, store them as UTC, and send them back with a Z."""

import asyncio
from datetime import UTC, datetime
from typing import Annotated

import httpx
from fastapi import FastAPI, status
from pydantic import AfterValidator, AwareDatetime, BaseModel

UtcDatetime = Annotated[AwareDatetime, AfterValidator(lambda moment: moment.astimezone(UTC))]


class Meeting(BaseModel):
    title: str
    starts_at: UtcDatetime  # naive input is a 422; any offset is converted to UTC


class Loose(BaseModel):
    starts_at: datetime  # what a plain annotation accepts


app = FastAPI()
meetings: list[Meeting] = []


@app.post("/meetings", status_code=status.HTTP_201_CREATED)
async def create(meeting: Meeting) -> Meeting:
    meetings.append(meeting)
    return meeting


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for starts_at in ("2026-03-29T09:00:00+02:00", "2026-03-29T09:00:00", 1774767600):
            body = {"title": "Kickoff", "starts_at": starts_at}
            r = await client.post("/meetings", json=body)
            shown = r.json() if r.is_success else r.json()["detail"][0]["type"]
            print(f"POST starts_at={starts_at!r} -> {r.status_code} {shown}")
    assert [m.starts_at.tzinfo for m in meetings] == [UTC, UTC]
    print("stored:", [m.starts_at.isoformat() for m in meetings])
    for value in ("2026-03-29T09:00:00", "2026-03-29", "2026-03-29T09:00:00.123456789Z"):
        print(f"datetime field, {value!r:32} -> {Loose(starts_at=value).starts_at!r}")


if __name__ == "__main__":
    asyncio.run(main())
