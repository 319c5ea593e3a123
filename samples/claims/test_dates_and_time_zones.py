"""Claims on content/questions/dates-and-time-zones/; each fails if a release breaks it."""

import sys
import warnings
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from typing import Annotated

import pytest
from asgi import call
from fastapi import FastAPI, status
from pydantic import AwareDatetime, BaseModel, ConfigDict, Strict, ValidationError
from sqlalchemy import Column, DateTime, Integer, MetaData, Table, create_engine, select

PAGE = "dates-and-time-zones"


class Plain(BaseModel):
    at: datetime


class Aware(BaseModel):
    at: AwareDatetime


def test_a_plain_datetime_field_accepts_naive_values_and_bare_dates() -> None:
    """`datetime` accepts a timestamp with no offset (naive) and a date as midnight."""
    assert Plain(at="2026-03-29T09:00:00").at.tzinfo is None
    assert Plain(at="2026-03-29").at == datetime(2026, 3, 29)


def test_aware_datetime_rejects_naive_input() -> None:
    """`AwareDatetime` rejects a value without an offset with error type timezone_aware."""
    with pytest.raises(ValidationError) as error:
        Aware(at="2026-03-29T09:00:00")
    assert error.value.errors()[0]["type"] == "timezone_aware"


def test_numbers_are_read_as_unix_time_in_seconds_or_milliseconds() -> None:
    """Numbers, and numeric strings, are Unix time: seconds, or milliseconds above 2e10; UTC."""
    expected = datetime(2026, 3, 29, 7, 0, tzinfo=UTC)
    assert Aware(at=1774767600).at == expected
    assert Aware(at=1774767600000).at == expected
    assert Aware(at="1774767600").at == expected


def test_strict_mode_rejects_json_numbers_but_not_numeric_strings() -> None:
    """With Strict(), a JSON number is refused, but a numeric string is still Unix time."""

    class StrictAware(BaseModel):
        at: Annotated[AwareDatetime, Strict()]

    with pytest.raises(ValidationError):
        StrictAware.model_validate_json('{"at": 1774767600}')
    assert StrictAware.model_validate_json('{"at": "1774767600"}').at.year == 2026


def test_offsets_are_kept_on_output_and_utc_is_written_as_z() -> None:
    """Pydantic keeps the offset it was given and writes UTC as Z; it does not normalize."""
    assert Plain(at="2026-03-29T09:00:00+02:00").model_dump_json() == (
        '{"at":"2026-03-29T09:00:00+02:00"}'
    )
    assert (
        Plain(at="2026-03-29T07:00:00+00:00").model_dump_json() == '{"at":"2026-03-29T07:00:00Z"}'
    )


def test_digits_beyond_microseconds_are_dropped() -> None:
    """Nanosecond digits are accepted and silently cut to microseconds."""
    assert Plain(at="2026-03-29T09:00:00.123456789Z").at.microsecond == 123456


def test_temporal_unit_settings() -> None:
    """`val_temporal_unit` pins the input unit; `ser_json_temporal` can write numbers instead."""

    class Seconds(BaseModel):
        model_config = ConfigDict(val_temporal_unit="seconds", ser_json_temporal="milliseconds")
        at: datetime

    with pytest.raises(ValidationError):
        Seconds(at=1774767600000)
    assert Seconds(at=1774767600).model_dump_json() == '{"at":1774767600000.0}'


def test_sqlalchemy_on_sqlite_drops_the_offset() -> None:
    """On SQLite, `DateTime(timezone=True)` stores the wall time without its offset."""
    metadata = MetaData()
    table = Table(
        "t", metadata, Column("id", Integer, primary_key=True), Column("at", DateTime(True))
    )
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(
            table.insert(), {"at": datetime(2026, 3, 29, 9, tzinfo=timezone(timedelta(hours=2)))}
        )
        assert conn.execute(select(table.c.at)).scalar_one() == datetime(2026, 3, 29, 9)


def test_fromisoformat_reads_z() -> None:
    """Since Python 3.11, `datetime.fromisoformat` accepts the Z suffix."""
    assert datetime.fromisoformat("2026-03-29T07:00:00Z").tzinfo == UTC


def test_an_unencoded_plus_in_a_query_string_breaks_the_offset() -> None:
    """A raw `+` in a query string decodes to a space, so `+02:00` fails; `%2B` or Z works."""
    app = FastAPI()

    @app.get("/events")
    async def events(since: AwareDatetime) -> dict[str, str]:
        return {"since": since.isoformat()}

    raw = call(app, "GET", "/events?since=2026-03-29T09:00:00+02:00")
    assert raw.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert call(app, "GET", "/events?since=2026-03-29T09:00:00%2B02:00").status_code == 200
    assert call(app, "GET", "/events?since=2026-03-29T07:00:00Z").status_code == 200


def test_utc_is_z_through_a_model_and_plus_zero_through_a_bare_dict() -> None:
    """A declared model writes UTC as Z; a route returning a bare dict writes +00:00."""
    app = FastAPI()
    moment = datetime(2026, 3, 29, 7, tzinfo=UTC)

    @app.get("/model")
    async def with_model() -> Plain:
        return Plain(at=moment)

    @app.get("/dict")
    async def bare_dict():  # no return type: FastAPI's jsonable_encoder serializes it
        return {"at": moment}

    assert call(app, "GET", "/model").json() == {"at": "2026-03-29T07:00:00Z"}
    assert call(app, "GET", "/dict").json() == {"at": "2026-03-29T07:00:00+00:00"}


def test_naive_and_aware_datetimes_cannot_be_ordered_and_are_never_equal() -> None:
    """Ordering a naive against an aware datetime raises TypeError; `==` returns False."""
    aware, naive = datetime(2026, 3, 29, 7, tzinfo=UTC), datetime(2026, 3, 29, 7)
    with pytest.raises(TypeError):
        sorted([aware, naive])
    assert (aware == naive) is False


def test_utcnow_is_naive_and_deprecated_from_python_3_12() -> None:
    """`datetime.utcnow()` returns a naive value and warns as deprecated since Python 3.12."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert datetime.utcnow().tzinfo is None
    deprecated = any(issubclass(w.category, DeprecationWarning) for w in caught)
    assert deprecated is (sys.version_info >= (3, 12))


def test_an_rfc_9557_zone_suffix_is_rejected_by_pydantic_and_fromisoformat() -> None:
    """RFC 9557's bracketed zone ("...+02:00[Europe/Berlin]") fails Pydantic and fromisoformat."""
    stamp = "2026-03-29T09:00:00+02:00[Europe/Berlin]"
    with pytest.raises(ValidationError):
        Aware(at=stamp)
    with pytest.raises(ValueError):
        datetime.fromisoformat(stamp)


def test_email_utils_writes_and_reads_the_http_date_format() -> None:
    """`email.utils.format_datetime(..., usegmt=True)` writes RFC 9110's IMF-fixdate from an aware
    UTC datetime (and refuses other zones); `parsedate_to_datetime` reads it back as UTC."""
    moment = datetime(2026, 3, 29, 7, tzinfo=UTC)
    assert format_datetime(moment, usegmt=True) == "Sun, 29 Mar 2026 07:00:00 GMT"
    assert parsedate_to_datetime("Sun, 29 Mar 2026 07:00:00 GMT") == moment
    with pytest.raises(ValueError):
        format_datetime(datetime(2026, 3, 29, 9, tzinfo=timezone(timedelta(hours=2))), usegmt=True)
