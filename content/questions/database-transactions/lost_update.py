# /// script
# requires-python = ">=3.11"
# dependencies = ["sqlalchemy"]
# ///
"""Two interleaved read-modify-write requests: a lost update, a version check, an atomic UPDATE."""

import tempfile
from collections.abc import Callable

from sqlalchemy import create_engine, text

engine = create_engine(f"sqlite:///{tempfile.mkdtemp()}/shop.db")  # a file: separate connections
READ = text("SELECT stock, version FROM products WHERE id = 1")
WRITE = {  # the same computed write, without and with a check of the version that was read
    "plain": text("UPDATE products SET stock = :new WHERE id = 1"),
    "versioned": text(
        "UPDATE products SET stock = :new, version = version + 1 WHERE id = 1 AND version = :seen"
    ),
}


def reserve(how: str, who: str, quantity: int, meanwhile: Callable[[], None] | None = None) -> None:
    """Read the stock, let the other request commit in the gap, write the computed value."""
    for attempt in (1, 2, 3):
        with engine.connect() as db:  # leaving the block rolls back anything uncommitted
            stock, seen = db.execute(READ).one()
            if meanwhile:  # the other request runs and commits in this gap, once
                meanwhile, run_other = None, meanwhile
                run_other()
            matched = db.execute(WRITE[how], {"new": stock - quantity, "seen": seen}).rowcount
            db.commit()
        if matched:
            print(f"  {who}, attempt {attempt}: read {stock}, wrote {stock - quantity}")
            return
        print(f"  {who}, attempt {attempt}: read {stock}, 0 rows matched: someone wrote first")
    raise RuntimeError("still conflicting after 3 attempts")


def main() -> None:
    for how in ("plain", "versioned"):
        with engine.begin() as db:
            db.execute(text("DROP TABLE IF EXISTS products"))
            db.execute(
                text("CREATE TABLE products (id INTEGER PRIMARY KEY, stock INT, version INT)")
            )
            db.execute(text("INSERT INTO products VALUES (1, 10, 1)"))
        print(f"{how}: bob reserves 2 while alice reserves 3, from a stock of 10")
        reserve(how, "bob", 2, meanwhile=lambda how=how: reserve(how, "alice", 3))
        with engine.connect() as db:
            stock = db.execute(READ).one().stock
        print(f"  final stock {stock}, expected 5")
        assert stock == (8 if how == "plain" else 5)  # plain lost alice's reservation

    print("atomic: no read first; the WHERE clause refuses an oversell")
    take = text("UPDATE products SET stock = stock - :n WHERE id = 1 AND stock >= :n")
    for quantity in (4, 9):
        with engine.begin() as db:
            print(f"  take {quantity}: {db.execute(take, {'n': quantity}).rowcount} row(s) updated")
    with engine.connect() as db:
        assert db.execute(READ).one().stock == 1  # 5 - 4; taking 9 more was refused


if __name__ == "__main__":
    main()
