"""Claims on content/questions/database-migrations/; each fails if a release breaks it."""

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, inspect, text
from sqlalchemy.exc import OperationalError

PAGE = "database-migrations"


def test_create_all_adds_missing_tables_but_never_alters_existing_ones() -> None:
    """`metadata.create_all()` creates tables that are missing and leaves existing ones alone,
    so a column added to a model never reaches a table that already exists."""
    engine = create_engine("sqlite://")
    before = MetaData()
    Table("users", before, Column("id", Integer, primary_key=True))
    before.create_all(engine)

    after = MetaData()
    Table("users", after, Column("id", Integer, primary_key=True), Column("email", String))
    Table("orders", after, Column("id", Integer, primary_key=True))
    after.create_all(engine)

    db = inspect(engine)
    assert sorted(db.get_table_names()) == ["orders", "users"]
    assert [column["name"] for column in db.get_columns("users")] == ["id"]


def test_a_rename_breaks_queries_that_still_use_the_old_name() -> None:
    """After a one-step column rename, code that still writes the old name fails at once."""
    engine = create_engine("sqlite://")
    with engine.begin() as db:
        db.execute(text("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)"))
        db.execute(text("ALTER TABLE users RENAME COLUMN name TO full_name"))
    with pytest.raises(OperationalError), engine.begin() as db:
        db.execute(text("INSERT INTO users (name) VALUES ('Ada')"))
