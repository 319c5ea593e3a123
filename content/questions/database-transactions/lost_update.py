# /// script
# requires-python = ">=3.11"
# dependencies = ["sqlalchemy"]
# ///
"""Two interleaved read-modify-write transactions: a lost update, then a version column's retry."""

import tempfile
from collections.abc import Callable
from typing import ClassVar

from sqlalchemy import create_engine, event, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.orm.exc import StaleDataError


class Base(DeclarativeBase): ...


class Plain(Base):
    __tablename__ = "plain"
    id: Mapped[int] = mapped_column(primary_key=True)
    stock: Mapped[int]


class Versioned(Base):
    __tablename__ = "versioned"
    id: Mapped[int] = mapped_column(primary_key=True)
    stock: Mapped[int]
    version: Mapped[int] = mapped_column()
    __mapper_args__: ClassVar = {"version_id_col": version}  # every UPDATE checks and bumps it


engine = create_engine(f"sqlite:///{tempfile.mkdtemp()}/shop.db")  # a file: separate connections
Base.metadata.create_all(engine)
with Session(engine) as setup:
    setup.add_all([Plain(id=1, stock=10), Versioned(id=1, stock=10)])
    setup.commit()
statements: list[str] = []


@event.listens_for(engine, "before_cursor_execute")
def record(conn, cursor, statement: str, *rest: object) -> None:
    statements.append(" ".join(statement.split()))


def last_update() -> str:
    return next(sql for sql in reversed(statements) if sql.startswith("UPDATE"))


def reserve(model: type, who: str, quantity: int, meanwhile: Callable[[], None] | None = None):
    """Read the stock, let another transaction run in the gap, then write the computed value."""
    for attempt in range(1, 4):
        with Session(engine) as session:  # closing it rolls back whatever was not committed
            item = session.get(model, 1)
            if meanwhile:  # the other request runs and commits in this gap, once
                meanwhile()
                meanwhile = None
            item.stock -= quantity
            try:
                session.commit()
            except StaleDataError as error:  # 0 rows matched: someone wrote first
                print(f"  {who}, attempt {attempt}: {error} Rolled back; retrying.")
                continue
            print(f"  {who}, attempt {attempt}: reserved {quantity}, stock now {item.stock}")
            return
    raise RuntimeError("still conflicting after 3 attempts")


def main() -> None:
    for model in (Plain, Versioned):
        print(f"{model.__name__}: bob reserves 2 while alice reserves 3, from a stock of 10")
        reserve(model, "bob", 2, meanwhile=lambda model=model: reserve(model, "alice", 3))
        with Session(engine) as check:
            stock = check.get(model, 1).stock
        print(f"  final stock {stock}, expected 5; bob's UPDATE: {last_update()}")
        assert stock == (8 if model is Plain else 5)  # Plain lost alice's reservation

    with Session(engine) as session:  # when the new value needs only the old one, skip the read
        decrement = update(Plain).where(Plain.id == 1, Plain.stock >= 4)
        session.execute(decrement.values(stock=Plain.stock - 4))
        session.commit()
        print(f"Atomic instead: {last_update()} -> stock {session.get(Plain, 1).stock}")


if __name__ == "__main__":
    main()
