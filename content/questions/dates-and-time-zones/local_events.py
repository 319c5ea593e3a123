# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""Future local events need the zone name: DST gaps, repeated hours and 'same time tomorrow'."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

berlin = ZoneInfo("Europe/Berlin")

# Store what the user meant: wall time plus IANA zone, and derive UTC when needed.
standup = {"local": "2026-03-28T09:00", "zone": "Europe/Berlin"}
first = datetime.fromisoformat(standup["local"]).replace(tzinfo=ZoneInfo(standup["zone"]))
print("first standup:      ", first.isoformat(), "=", first.astimezone(UTC).isoformat())

# Aware arithmetic on one tzinfo is wall-clock arithmetic: 09:00 stays 09:00 across the change.
next_day = first + timedelta(days=1)
print("next day, wall time:", next_day.isoformat(), "=", next_day.astimezone(UTC).isoformat())
in_24h = (first.astimezone(UTC) + timedelta(hours=24)).astimezone(berlin)
print("24 hours later:     ", in_24h.isoformat())
assert next_day.hour == 9 and in_24h.hour == 10

# 02:30 on 29 March does not exist in Berlin (clocks jump from 02:00 to 03:00).
gap = datetime(2026, 3, 29, 2, 30, tzinfo=berlin)
round_trip = gap.astimezone(UTC).astimezone(berlin)
print("nonexistent 02:30:  ", gap.isoformat(), "-> after a UTC round trip", round_trip.isoformat())
assert round_trip.hour == 3

# 02:30 on 25 October happens twice; fold picks the first or second occurrence.
first_pass = datetime(2026, 10, 25, 2, 30, tzinfo=berlin)
second_pass = first_pass.replace(fold=1)
print("ambiguous 02:30:    ", first_pass.astimezone(UTC).isoformat(), "or", end=" ")
print(second_pass.astimezone(UTC).isoformat())
assert second_pass.astimezone(UTC) - first_pass.astimezone(UTC) == timedelta(hours=1)

# A fixed offset is not a zone: +01:00 in winter says nothing about the summer offset.
winter = datetime(2026, 1, 15, 9, 0, tzinfo=berlin)
print(
    "offsets in one zone:",
    winter.strftime("%z"),
    "on 15 January,",
    next_day.strftime("%z"),
    "on 29 March",
)
