"""Claims made on content/questions/design-booking-api/; each fails if a release changes them."""

from datetime import UTC, datetime, timedelta, timezone
from typing import Annotated

import pytest
from asgi import call
from fastapi import FastAPI, Header
from pydantic import AwareDatetime, BaseModel, ValidationError

PAGE = "design-booking-api"


class Slot(BaseModel):
    starts_at: AwareDatetime


def test_aware_datetime_refuses_times_without_an_offset() -> None:
    """AwareDatetime rejects a naive time such as "2026-12-07T10:00:00" (422 in FastAPI)."""
    with pytest.raises(ValidationError) as caught:
        Slot(starts_at="2026-12-07T10:00:00")
    assert caught.value.errors()[0]["type"] == "timezone_aware"


def test_two_spellings_of_one_instant_become_equal_in_utc() -> None:
    """10:00+01:00 and 09:00Z parse to the same instant; converted to UTC they are spelled alike."""
    cet = Slot(starts_at="2026-12-07T10:00:00+01:00").starts_at
    utc = Slot(starts_at="2026-12-07T09:00:00Z").starts_at
    assert cet.utcoffset() == timedelta(hours=1) and utc.tzinfo is not None
    assert cet.astimezone(UTC).isoformat() == utc.astimezone(UTC).isoformat()


def test_utc_datetimes_serialize_with_a_z_suffix() -> None:
    """Pydantic writes a UTC datetime in JSON as ...Z, and keeps other offsets as given."""

    class Out(BaseModel):
        at: datetime

    assert Out(at=datetime(2026, 12, 7, 8, 10, tzinfo=UTC)).model_dump_json() == (
        '{"at":"2026-12-07T08:10:00Z"}'
    )
    plus_one = datetime(2026, 12, 7, 9, 10, tzinfo=timezone(timedelta(hours=1)))
    assert Out(at=plus_one).model_dump_json() == '{"at":"2026-12-07T09:10:00+01:00"}'


def test_header_parameters_read_idempotency_key_with_hyphens() -> None:
    """A Header() parameter named idempotency_key reads the Idempotency-Key header (FastAPI turns
    underscores into hyphens, and header names are case-insensitive)."""
    app = FastAPI()

    @app.post("/bookings")
    async def book(idempotency_key: Annotated[str | None, Header()] = None) -> str | None:
        return idempotency_key

    assert call(app, "POST", "/bookings", headers={"idempotency-key": "b-1"}).json() == "b-1"
    assert call(app, "POST", "/bookings").json() is None


def test_an_rfc_9557_zone_suffix_is_rejected() -> None:
    """RFC 9557's bracketed zone suffix ("...+01:00[Europe/Berlin]") is refused by Pydantic's
    datetime parsing and by datetime.fromisoformat, so the zone travels as its own field."""
    with pytest.raises(ValidationError):
        Slot(starts_at="2026-12-07T10:00:00+01:00[Europe/Berlin]")
    with pytest.raises(ValueError):
        datetime.fromisoformat("2026-12-07T10:00:00+01:00[Europe/Berlin]")
