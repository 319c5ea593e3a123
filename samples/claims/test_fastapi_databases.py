"""Claims made on content/questions/fastapi-databases/; each fails if a release changes them."""

import re
import threading
from collections.abc import Iterator
from importlib.metadata import requires
from typing import Annotated

import anyio
import pytest
from asgi import acall
from asgi import call_unraised as call  # as a server: the client sees what was sent
from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import create_engine, event, func, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.orm.exc import DetachedInstanceError
from sqlalchemy.pool import QueuePool, SingletonThreadPool, StaticPool

PAGE = "fastapi-databases"


class Base(DeclarativeBase): ...


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)


class AuthorOut(BaseModel):
    id: int
    name: str


def shared_memory_engine():
    engine = create_engine(
        "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
    )
    Base.metadata.create_all(engine)
    return engine


def test_fastapi_itself_depends_on_no_database_library() -> None:
    """FastAPI ships no ORM or database layer: none is among its required dependencies."""
    base = [r for r in requires("fastapi") or [] if "extra ==" not in r]
    names = {re.split(r"[ ;<>=!~\[]", r)[0].lower() for r in base}
    assert not names & {"sqlalchemy", "sqlmodel", "databases", "tortoise-orm"}


def test_sqlalchemy_2_1_needs_the_asyncio_extra_for_greenlet() -> None:
    """SQLAlchemy 2.1 installs greenlet only with its asyncio extra: sqlalchemy[asyncio]."""
    greenlet = [r for r in requires("sqlalchemy") or [] if r.startswith("greenlet")]
    assert greenlet and all('extra == "asyncio"' in r for r in greenlet)


def test_sqlalchemy_2_1_postgresql_urls_default_to_psycopg_3() -> None:
    """In SQLAlchemy 2.1 a postgresql:// URL uses the psycopg (3) driver by default."""
    assert postgresql.dialect.driver == "psycopg"


def test_pool_defaults() -> None:
    """QueuePool defaults: 5 pooled connections plus 10 overflow, 30 s wait; file SQLite uses
    QueuePool, in-memory SQLite a connection per thread (SingletonThreadPool)."""
    engine = create_engine("sqlite:///unused.db")
    assert isinstance(engine.pool, QueuePool)
    assert (engine.pool.size(), engine.pool._max_overflow, engine.pool._timeout) == (5, 10, 30)
    assert isinstance(create_engine("sqlite://").pool, SingletonThreadPool)


def test_def_endpoints_and_dependencies_run_outside_the_event_loop_thread() -> None:
    """Plain def endpoints and dependencies run in worker threads (AnyIO's pool, 40 by default)."""
    seen: dict[str, str] = {}

    def dependency() -> None:
        seen["dependency"] = threading.current_thread().name

    app = FastAPI()

    @app.get("/")
    def endpoint(_: Annotated[None, Depends(dependency)]) -> None:
        seen["endpoint"] = threading.current_thread().name

    async def run() -> int:
        seen["loop"] = threading.current_thread().name
        await acall(app, "GET", "/")
        return anyio.to_thread.current_default_thread_limiter().total_tokens

    assert anyio.run(run) == 40
    assert seen["endpoint"] != seen["loop"] and seen["dependency"] != seen["loop"]


def test_a_commit_after_yield_runs_after_the_response_by_default() -> None:
    """By default the code after yield runs after the response is sent, so a failing commit there
    cannot change the status; with scope="function" it runs first and the error reaches handlers."""
    engine = shared_memory_engine()
    factory = sessionmaker(engine)

    def transaction() -> Iterator[Session]:
        with factory.begin() as session:
            yield session

    app = FastAPI()
    app.add_exception_handler(
        IntegrityError, lambda request, exc: JSONResponse({"detail": "conflict"}, 409)
    )

    @app.post("/late", status_code=201)
    def late(session: Annotated[Session, Depends(transaction)]) -> None:
        session.add(Author(name="same"))

    @app.post("/early", status_code=201)
    def early(session: Annotated[Session, Depends(transaction, scope="function")]) -> None:
        session.add(Author(name="same"))

    assert [call(app, "POST", "/late").status_code for _ in range(2)] == [201, 201]
    with Session(engine) as session:  # the second 201 was sent for a commit that failed
        assert session.scalar(select(func.count()).select_from(Author)) == 1
    assert call(app, "POST", "/early").status_code == 409


def test_expire_on_commit_reloads_after_commit_and_fails_once_closed() -> None:
    """sessionmaker defaults to expire_on_commit=True: reading an attribute after commit sends a
    SELECT; after the session closes it raises DetachedInstanceError, which FastAPI reports as a
    500 (ResponseValidationError) when the object is returned."""
    engine = shared_memory_engine()
    assert sessionmaker(engine).kw["expire_on_commit"] is True
    sent: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda c, cu, sql, *a: sent.append(sql))
    with Session(engine) as session:
        author = Author(name="ada")
        session.add(author)
        session.commit()
        sent.clear()
        assert author.name == "ada" and sent and sent[0].startswith("SELECT")
        session.commit()
    with pytest.raises(DetachedInstanceError):
        _ = author.name

    app = FastAPI()

    @app.get("/", response_model=AuthorOut)
    def detached() -> Author:
        with Session(engine) as session:
            found = session.scalars(select(Author)).one()
            session.commit()
        return found

    assert call(app, "GET", "/").status_code == 500


def test_a_session_takes_a_pooled_connection_only_when_it_first_runs_a_statement() -> None:
    """A Session checks a pooled connection out on first use and returns it on close."""
    engine = create_engine("sqlite:///file::memory:?uri=true", poolclass=QueuePool)
    session = Session(engine)
    assert engine.pool.checkedout() == 0
    session.scalar(select(1))
    assert engine.pool.checkedout() == 1
    session.close()
    assert engine.pool.checkedout() == 0


def test_without_greenlet_the_asyncio_extension_does_not_import() -> None:
    """Without greenlet (plain `pip install sqlalchemy` on 2.1), sqlalchemy.ext.asyncio fails to
    import and names the sqlalchemy[asyncio] extra."""
    try:
        import greenlet  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("greenlet is installed in this environment")
    with pytest.raises(ImportError, match=r"sqlalchemy\[asyncio\]"):
        import sqlalchemy.ext.asyncio  # noqa: F401


def test_a_handler_and_its_dependencies_share_one_session_per_request() -> None:
    """The session dependency is cached per request: every consumer gets the same Session."""
    engine = shared_memory_engine()
    opened: list[Session] = []

    def get_session() -> Iterator[Session]:
        with Session(engine) as session:
            opened.append(session)
            yield session

    SessionDep = Annotated[Session, Depends(get_session)]

    def current_user(session: SessionDep) -> Session:
        return session

    app = FastAPI()

    @app.get("/")
    def handler(session: SessionDep, user_session: Annotated[Session, Depends(current_user)]):
        return {"same": session is user_session}

    assert call(app, "GET", "/").json() == {"same": True}
    assert call(app, "GET", "/").json() == {"same": True}
    assert len(opened) == 2 and opened[0] is not opened[1]


def test_an_exception_in_the_handler_is_thrown_into_the_dependency_at_yield() -> None:
    """When a handler raises, FastAPI throws the exception into the yield dependency's generator,
    so `except` and `finally` around the `yield` run."""
    seen: list[str] = []

    def get_session() -> Iterator[None]:
        try:
            yield
        except ValueError as error:
            seen.append(f"caught {error}")
            raise
        finally:
            seen.append("closed")

    app = FastAPI()

    @app.get("/")
    def handler(_: Annotated[None, Depends(get_session)]) -> None:
        raise ValueError("boom")

    assert call(app, "GET", "/").status_code == 500
    assert seen == ["caught boom", "closed"]


def test_max_concurrency_caps_how_many_requests_hold_a_session() -> None:
    """Depends(get_session, max_concurrency=N) (FastAPI 0.163+) lets at most N requests hold a
    session at once; routes share the limit through one alias, while each separate Depends(...)
    object keeps a limit of its own."""
    open_now = peak = 0

    def get_session() -> Iterator[None]:
        nonlocal open_now, peak
        open_now += 1
        peak = max(peak, open_now)
        try:
            yield
        finally:
            open_now -= 1

    SessionDep = Annotated[None, Depends(get_session, max_concurrency=2)]
    app = FastAPI()

    @app.get("/a")
    async def shared_a(_: SessionDep) -> None:
        await anyio.sleep(0.02)

    @app.get("/b")
    async def shared_b(_: SessionDep) -> None:
        await anyio.sleep(0.02)

    @app.get("/c")
    async def own_c(_: Annotated[None, Depends(get_session, max_concurrency=2)]) -> None:
        await anyio.sleep(0.02)

    @app.get("/d")
    async def own_d(_: Annotated[None, Depends(get_session, max_concurrency=2)]) -> None:
        await anyio.sleep(0.02)

    def peak_for(paths: list[str]) -> int:
        nonlocal peak
        peak = 0

        async def run() -> None:
            async with anyio.create_task_group() as group:
                for path in paths * 3:
                    group.start_soon(acall, app, "GET", path)

        anyio.run(run)
        return peak

    assert peak_for(["/a"]) == 2
    assert peak_for(["/a", "/b"]) == 2  # one alias, one limit
    assert peak_for(["/c", "/d"]) == 4  # two Depends objects, two limits


def test_a_yield_dependency_that_swallows_the_exception_turns_it_into_a_500() -> None:
    """A session dependency that catches the handler's exception without re-raising leaves FastAPI
    with no response: even a deliberate 404 becomes a 500."""

    def get_session() -> Iterator[None]:
        try:
            yield
        except Exception:  # the mistake the page warns about: no re-raise
            print("rolled back")

    app = FastAPI()

    @app.get("/")
    def handler(_: Annotated[None, Depends(get_session)]) -> None:
        raise HTTPException(404, "no such author")

    assert call(app, "GET", "/").status_code == 500


def test_file_sqlite_needs_no_check_same_thread_flag() -> None:
    """For a file database SQLAlchemy turns sqlite3's same-thread check off itself (QueuePool),
    so a connection can be used from a def endpoint's worker thread without connect_args."""
    engine = create_engine("sqlite:///unused.db")
    assert engine.dialect.create_connect_args(engine.url)[1]["check_same_thread"] is False
    memory = create_engine("sqlite://")  # :memory: keeps sqlite3's default check
    assert memory.dialect.create_connect_args(memory.url)[1]["check_same_thread"] is True


def test_static_pool_shares_one_transaction_so_a_rollback_hits_every_session() -> None:
    """StaticPool hands every session the same connection: one session's rollback discards
    another session's uncommitted work."""
    engine = shared_memory_engine()
    first, second = Session(engine), Session(engine)
    first.add(Author(name="ada"))
    first.flush()
    second.scalar(select(1))
    second.rollback()
    assert first.scalar(select(func.count()).select_from(Author)) == 0


def test_shared_cache_memory_url_gives_sessions_their_own_connections() -> None:
    """sqlite:///file::memory:?cache=shared&uri=true gets QueuePool: each session has its own
    connection and transaction to one in-memory database."""
    engine = create_engine("sqlite:///file::memory:?cache=shared&uri=true")
    assert isinstance(engine.pool, QueuePool)
    keepalive = engine.connect()  # the database lives while one connection is open
    Base.metadata.create_all(engine)
    first, second = Session(engine), Session(engine)
    first.add(Author(name="ada"))
    first.flush()
    second.scalar(select(1))
    second.rollback()
    first.commit()
    with Session(engine) as third:
        assert third.scalar(select(func.count()).select_from(Author)) == 1
    for session in (first, second):
        session.close()
    keepalive.close()
    engine.dispose()
