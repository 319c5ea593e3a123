# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""SQL injection: string-built SQL obeys the attacker; bound parameters keep input as data."""

import sqlite3

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE users (name TEXT, email TEXT)")
seed = [("ada", "lovelace@example.com"), ("root", "admin@example.com")]
db.executemany("INSERT INTO users VALUES (?, ?)", seed)
SORT_COLUMNS = {"name": "name", "email": "email"}  # identifiers cannot be bound: allow-list them


def find_unsafe(name: str) -> list[tuple[str, str]]:
    sql = f"SELECT name, email FROM users WHERE name = '{name}'"  # input becomes SQL text
    print("  SQL sent:", sql)
    return db.execute(sql).fetchall()


def find_safe(name: str) -> list[tuple[str, str]]:
    # The driver sends the value separately; a quote in it is just a character.
    return db.execute("SELECT name, email FROM users WHERE name = ?", (name,)).fetchall()


def list_sorted(sort: str) -> list[tuple[str, str]]:
    column = SORT_COLUMNS.get(sort)
    if column is None:  # in an API, a Literal["name", "email"] query parameter gives a 422
        raise ValueError(f"cannot sort by {sort!r}")
    return db.execute(f"SELECT name, email FROM users ORDER BY {column}").fetchall()


def main() -> None:
    attack = "' OR 1=1 --"
    print("unsafe, name='ada' ->", find_unsafe("ada"))
    rows = find_unsafe(attack)
    print(f"unsafe, name={attack!r} ->", rows)
    assert len(rows) == 2  # every user leaked

    rows = find_safe(attack)
    print(f"safe,   name={attack!r} ->", rows)
    assert rows == []  # no user is literally called that
    assert find_safe("ada") == [("ada", "lovelace@example.com")]

    print("sorted by 'email' ->", list_sorted("email"))
    try:
        list_sorted("name; DROP TABLE users")
    except ValueError as error:
        print("sorted by 'name; DROP TABLE users' -> refused:", error)
    else:
        raise AssertionError("the sort column should have been refused")
    assert db.execute("SELECT count(*) FROM users").fetchone() == (2,)


if __name__ == "__main__":
    main()
