"""Claims made on content/questions/cursor-pagination/; each fails if a release changes them."""

import base64
import json
import sqlite3

import pytest

PAGE = "cursor-pagination"


def feed() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE posts (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL)")
    db.execute("CREATE INDEX posts_feed ON posts (created_at, id)")
    return db


def plan(db: sqlite3.Connection, sql: str, args: tuple[object, ...]) -> str:
    return " ".join(row[-1] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", args))


def test_sqlite_supports_row_values_compared_like_tuples() -> None:
    """SQLite (since 3.15) supports `(a, b) < (x, y)`, compared column by column."""
    assert sqlite3.sqlite_version_info >= (3, 15, 0)
    db = sqlite3.connect(":memory:")
    assert db.execute("SELECT ('10:05', 4) < ('10:05', 5)").fetchone() == (1,)
    assert db.execute("SELECT ('10:06', 1) < ('10:05', 5)").fetchone() == (0,)


def test_sqlite_seeks_through_the_index_for_the_keyset_query() -> None:
    """The row-value seek is a SEARCH on the (created_at, id) index, not a scan."""
    sql = (
        "SELECT id, created_at FROM posts WHERE (created_at, id) < (?, ?) "
        "ORDER BY created_at DESC, id DESC LIMIT 4"
    )
    steps = plan(feed(), sql, ("2026-11-22T10:05:00Z", 5))
    assert "SEARCH posts USING COVERING INDEX posts_feed" in steps and "SCAN" not in steps


def test_sqlite_walks_the_index_for_an_offset_query() -> None:
    """OFFSET has nothing to seek to: the plan is a SCAN of the index past the skipped rows."""
    sql = "SELECT id FROM posts ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?"
    assert "SCAN posts USING COVERING INDEX posts_feed" in plan(feed(), sql, (3, 3000))


@pytest.mark.parametrize(
    "cursor",
    ["%%%", "bm90IGEgY3Vyc29y", base64.urlsafe_b64encode(b"\xff\xfe").decode()],
)
def test_malformed_cursors_raise_value_errors(cursor: str) -> None:
    """Bad base64, bad UTF-8 and non-JSON all raise ValueError subclasses: one except, one 400."""
    with pytest.raises(ValueError):
        json.loads(base64.urlsafe_b64decode(cursor))


def test_rows_with_a_null_sort_key_drop_out_of_a_keyset_walk() -> None:
    """A row comparison with NULL is unknown, not true: such rows never match the seek filter."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE posts (id INTEGER PRIMARY KEY, published_at TEXT)")
    rows = [(1, "10:01"), (2, None), (3, "10:03"), (4, None)]
    db.executemany("INSERT INTO posts VALUES (?, ?)", rows)
    assert db.execute("SELECT (NULL, 1) < ('10:09', 9)").fetchone() == (None,)
    seek = (
        "SELECT id FROM posts WHERE (published_at, id) < (?, ?) ORDER BY published_at DESC, id DESC"
    )
    assert [r[0] for r in db.execute(seek, ("10:09", 9))] == [3, 1]  # posts 2 and 4 are lost
