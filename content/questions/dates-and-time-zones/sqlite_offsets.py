# /// script
# requires-python = ">=3.11"
# dependencies = ["sqlalchemy"]
# ///
"""SQLite has no time zone type: SQLAlchemy drops the offset unless you store UTC yourself."""

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, MetaData, Table, create_engine, select
from sqlalchemy.exc import StatementError
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as UTC and gives them back aware; refuses naive ones."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError(f"naive datetime {value} has no offset; refusing to guess")
        return None if value is None else value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


metadata = MetaData()
events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("naive_way", DateTime(timezone=True)),  # timezone=True means nothing to SQLite
    Column("utc_way", UtcDateTime()),
)
engine = create_engine("sqlite://")
metadata.create_all(engine)

berlin_summer = timezone(timedelta(hours=2))
sent = datetime(2026, 3, 29, 9, 0, tzinfo=berlin_summer)  # 07:00 UTC
with engine.begin() as conn:
    conn.execute(events.insert(), {"naive_way": sent, "utc_way": sent})
    raw = conn.exec_driver_sql("SELECT naive_way, utc_way FROM events").one()
    naive_way, utc_way = conn.execute(select(events.c.naive_way, events.c.utc_way)).one()

print("client sent:          ", sent.isoformat())
print("SQLite holds:         ", raw)
print("DateTime(timezone=True) reads back:", repr(naive_way))
print("UtcDateTime reads back:            ", utc_way.isoformat())
assert naive_way.tzinfo is None and naive_way.hour == 9  # offset gone: 09:00 of which zone?
assert utc_way == sent  # the same instant
try:
    with engine.begin() as conn:
        conn.execute(events.insert(), {"utc_way": datetime(2026, 3, 29, 9, 0)})
except StatementError as exc:
    print("naive insert refused:", type(exc.orig).__name__, exc.orig)
else:
    raise AssertionError("a naive datetime was stored")
