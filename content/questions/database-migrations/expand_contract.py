# /// script
# requires-python = ">=3.11"
# dependencies = ["sqlalchemy"]
# ///
"""Rename a column while two app versions share one database: in one step, or expand/contract."""

from collections.abc import Callable

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import OperationalError


def fresh_db() -> Engine:
    engine = create_engine("sqlite://")
    with engine.begin() as db:
        db.execute(text("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"))
        db.execute(text("INSERT INTO users (name) VALUES ('Ada'), ('Grace'), ('Linus')"))
    return engine


def v1_create(engine: Engine, name: str) -> str:  # the release still serving traffic
    with engine.begin() as db:
        db.execute(text("INSERT INTO users (name) VALUES (:n)"), {"n": name})
    return f"v1 created {name}"


def v2_create(engine: Engine, name: str) -> str:  # the new release writes both columns
    with engine.begin() as db:
        db.execute(text("INSERT INTO users (name, full_name) VALUES (:n, :n)"), {"n": name})
    return f"v2 created {name}"


def v2_names(engine: Engine) -> list[str]:  # and reads the new column, falling back to the old
    with engine.begin() as db:
        return list(db.scalars(text("SELECT coalesce(full_name, name) FROM users ORDER BY id")))


def attempt(label: str, step: Callable[[], object]) -> bool:
    try:
        print(f"  {label}: {step()}")
        return True
    except OperationalError as exc:
        print(f"  {label}: FAILS, {exc.orig}")
        return False


print("One step: rename the column, then roll out v2")
engine = fresh_db()
with engine.begin() as db:
    db.execute(text("ALTER TABLE users RENAME COLUMN name TO full_name"))
assert not attempt("old instance, v1 insert", lambda: v1_create(engine, "Barbara"))

print("Expand, migrate, contract")
engine = fresh_db()
with engine.begin() as db:  # 1. expand: additive only, old code does not notice
    db.execute(text("ALTER TABLE users ADD COLUMN full_name TEXT"))
assert attempt("old instance, v1 insert", lambda: v1_create(engine, "Barbara"))
assert attempt("new instance, v2 insert", lambda: v2_create(engine, "Ken"))
BACKFILL = text(
    "UPDATE users SET full_name = name"
    " WHERE id IN (SELECT id FROM users WHERE full_name IS NULL LIMIT 2)"
)
while True:  # 2. backfill in small batches, one short transaction each; safe to rerun
    with engine.begin() as db:
        updated = db.execute(BACKFILL).rowcount
    if not updated:
        break
    print(f"  backfilled {updated} rows")
attempt("v2 reads", lambda: v2_names(engine))
with engine.begin() as db:  # 3. contract: later, when no running code reads or writes `name`
    db.execute(text("ALTER TABLE users DROP COLUMN name"))
    names = list(db.scalars(text("SELECT full_name FROM users ORDER BY id")))
print("  after contract:", names)
assert names == ["Ada", "Grace", "Linus", "Barbara", "Ken"]
