"""Claims made on content/questions/database-transactions/; each fails if a release changes them."""

import sqlite3
from collections.abc import Iterator
from typing import Annotated, ClassVar

import pytest
from asgi import call_unraised as call  # as a server: the client sees what was sent
from fastapi import Depends, FastAPI, Header, HTTPException
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import create_engine, event, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import StaticPool

PAGE = "database-transactions"


class Base(DeclarativeBase): ...


class Item(Base):
    __tablename__ = "items"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    version: Mapped[int] = mapped_column()
    __mapper_args__: ClassVar = {"version_id_col": version}


def memory_engine():
    engine = create_engine(
        "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
    )
    Base.metadata.create_all(engine)
    return engine


def test_version_id_col_adds_the_version_to_the_where_clause_and_raises_stale_data() -> None:
    """With version_id_col, the ORM's UPDATE checks `AND version = ?`, bumps the version, and
    raises StaleDataError when no row matched because another transaction wrote first."""
    engine = memory_engine()
    sent: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda c, cu, sql, *a: sent.append(sql))
    with Session(engine) as setup:
        setup.add(Item(id=1, name="pen"))
        setup.commit()
        assert setup.get(Item, 1).version == 1
    with Session(engine) as first, Session(engine) as second:
        mine, theirs = first.get(Item, 1), second.get(Item, 1)
        theirs.name = "pencil"
        second.commit()
        mine.name = "marker"
        sent.clear()
        with pytest.raises(StaleDataError):
            first.commit()
    assert "items.version = ?" in sent[0] and sent[0].startswith("UPDATE")


def test_sqlite_drops_for_update_while_postgresql_renders_each_variant() -> None:
    """with_for_update() renders FOR UPDATE, NOWAIT, SKIP LOCKED, FOR NO KEY UPDATE (key_share)
    and FOR SHARE (read) on PostgreSQL; the SQLite dialect leaves the clause out entirely."""
    query = select(Item).where(Item.id == 1)

    def pg(**options) -> str:
        return str(query.with_for_update(**options).compile(dialect=postgresql.dialect()))

    assert pg().endswith("FOR UPDATE")
    assert pg(nowait=True).endswith("FOR UPDATE NOWAIT")
    assert pg(skip_locked=True).endswith("FOR UPDATE SKIP LOCKED")
    assert pg(key_share=True).endswith("FOR NO KEY UPDATE")
    assert pg(read=True).endswith("FOR SHARE")
    assert "FOR" not in str(query.with_for_update().compile(dialect=sqlite.dialect()))


def test_isolation_level_per_engine_and_per_connection() -> None:
    """The isolation level is set on create_engine or with execution_options; an engine copy made
    by execution_options shares the original's pool. SQLite reports SERIALIZABLE by default."""
    engine = create_engine("sqlite://")
    with engine.connect() as connection:
        assert connection.get_isolation_level() == "SERIALIZABLE"
    dirty = engine.execution_options(isolation_level="READ UNCOMMITTED")
    assert dirty.pool is engine.pool
    with dirty.connect() as connection:
        assert connection.get_isolation_level() == "READ UNCOMMITTED"
    other = create_engine("sqlite://", isolation_level="READ UNCOMMITTED")
    with other.connect() as connection:
        assert connection.get_isolation_level() == "READ UNCOMMITTED"


def test_driver_errors_arrive_wrapped_with_the_original_in_orig() -> None:
    """SQLAlchemy wraps a driver's exception in the sqlalchemy.exc class of the same name and
    keeps the driver's own exception in `.orig` (where PostgreSQL drivers expose the SQLSTATE)."""
    engine = create_engine("sqlite://")
    with engine.connect() as connection, pytest.raises(OperationalError) as caught:
        connection.execute(text("SELECT * FROM missing_table"))
    assert isinstance(caught.value.orig, sqlite3.OperationalError)


def test_the_wrapper_class_follows_the_driver_class_names_so_catch_dbapi_error() -> None:
    """SQLAlchemy picks its wrapper from the names in the driver exception's class hierarchy:
    psycopg's SerializationFailure derives from OperationalError and arrives as OperationalError,
    while SQLAlchemy's asyncpg adapter raises a plain Error subclass, which arrives as DBAPIError.
    Both are DBAPIError, and the SQLSTATE stays on `.orig`."""

    class Error(Exception):  # a PEP 249 driver's exception tree, as psycopg and asyncpg build it
        sqlstate = "40001"

    class OperationalError_(Error): ...

    OperationalError_.__name__ = "OperationalError"

    class TransactionRollback(OperationalError_): ...  # psycopg: SerializationFailure's base

    class AdaptedAsyncpgError(Error): ...  # asyncpg's serialization error, as adapted

    psycopg_like = DBAPIError.instance("UPDATE ...", {}, TransactionRollback(), Error)
    asyncpg_like = DBAPIError.instance("UPDATE ...", {}, AdaptedAsyncpgError(), Error)
    assert type(psycopg_like) is OperationalError
    assert type(asyncpg_like) is DBAPIError
    assert all(isinstance(e, DBAPIError) for e in (psycopg_like, asyncpg_like))
    assert asyncpg_like.orig.sqlstate == "40001"


def test_a_session_begin_dependency_rolls_back_when_the_handler_raises() -> None:
    """A `with SessionLocal.begin()` yield dependency commits when the handler returns and rolls
    back when it raises, HTTPException included: the 412 leaves the row as it was."""
    engine = memory_engine()
    factory = sessionmaker(engine)
    with factory.begin() as setup:
        setup.add(Item(id=1, name="pen"))

    def transaction() -> Iterator[Session]:
        with factory.begin() as session:
            yield session

    app = FastAPI()

    @app.put("/items/1")
    def rename(name: str, session: Annotated[Session, Depends(transaction, scope="function")]):
        session.execute(update(Item).where(Item.id == 1).values(name=name))
        if name == "refuse":
            raise HTTPException(412, "changed since you read it")
        return {"name": name}

    assert call(app, "PUT", "/items/1", params={"name": "refuse"}).status_code == 412
    with Session(engine) as check:
        assert check.get(Item, 1).name == "pen"
    assert call(app, "PUT", "/items/1", params={"name": "marker"}).status_code == 200
    with Session(engine) as check:
        assert check.get(Item, 1).name == "marker"


def test_scope_function_commits_before_the_response_is_sent() -> None:
    """With the default scope a commit after `yield` runs after the response is sent, so a failing
    commit cannot change the status; with Depends(scope="function") the failure reaches the
    exception handlers first."""
    engine = memory_engine()
    factory = sessionmaker(engine)

    def transaction() -> Iterator[Session]:
        with factory.begin() as session:
            yield session

    app = FastAPI()
    app.add_exception_handler(
        IntegrityError, lambda request, exc: JSONResponse({"detail": "conflict"}, 409)
    )

    @app.post("/default", status_code=201)
    def late(session: Annotated[Session, Depends(transaction)]) -> None:
        session.add(Item(name="same", version=1))

    @app.post("/function", status_code=201)
    def early(session: Annotated[Session, Depends(transaction, scope="function")]) -> None:
        session.add(Item(name="same", version=1))

    assert [call(app, "POST", "/default").status_code for _ in range(2)] == [201, 201]
    assert call(app, "POST", "/function").status_code == 409


def test_validation_runs_before_the_handler_so_422_wins_over_a_stale_if_match() -> None:
    """FastAPI validates the body before the handler runs, so an invalid body with a stale
    If-Match gets 422, never 412: the precondition is not evaluated."""

    class Body(BaseModel):
        text: str

    app = FastAPI()
    evaluated: list[str] = []

    @app.patch("/notes/1")
    def edit(body: Body, if_match: Annotated[str | None, Header()] = None) -> None:
        evaluated.append(if_match or "")
        raise HTTPException(412, "changed since you read it")

    response = call(app, "PATCH", "/notes/1", json={"text": 5}, headers={"If-Match": '"1"'})
    assert response.status_code == 422 and evaluated == []
