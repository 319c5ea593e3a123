"""Claims made on content/questions/dependency-overrides/; each fails if a release changes them."""

import asyncio
import sys
import types
import warnings
from collections.abc import AsyncIterator, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any
from unittest import mock

import httpx
import pytest
from asgi import call
from fastapi import APIRouter, Depends, FastAPI

PAGE = "dependency-overrides"


def test_one_override_reaches_handler_sub_dependency_and_router_dependencies_once() -> None:
    """An override replaces the provider in the handler, in sub-dependencies and in router-level
    `dependencies=[...]`, and the per-request cache still holds (one call)."""
    calls: list[str] = []

    def get_db() -> str:
        calls.append("real")
        return "real"

    def fake_db() -> str:
        calls.append("fake")
        return "fake"

    def current_user(db: Annotated[str, Depends(get_db)]) -> str:
        return f"user from {db}"

    router = APIRouter(dependencies=[Depends(get_db)])

    @router.get("/orders")
    async def orders(
        db: Annotated[str, Depends(get_db)], user: Annotated[str, Depends(current_user)]
    ) -> list[str]:
        return [db, user]

    app = FastAPI()
    app.include_router(router)
    app.dependency_overrides[get_db] = fake_db
    assert call(app, "GET", "/orders").json() == ["fake", "user from fake"]
    assert calls == ["fake"]


def test_overrides_are_read_on_every_request() -> None:
    """Changing the dictionary between requests takes effect at once; clearing restores."""

    async def clock() -> str:
        return "real"

    app = FastAPI()

    @app.get("/")
    async def now(value: Annotated[str, Depends(clock)]) -> str:
        return value

    assert call(app, "GET", "/").json() == "real"
    app.dependency_overrides[clock] = lambda: "fake"
    assert call(app, "GET", "/").json() == "fake"
    app.dependency_overrides.clear()
    assert call(app, "GET", "/").json() == "real"


def test_the_replacements_parameters_are_request_inputs_but_openapi_keeps_the_original() -> None:
    """An override's own parameters come from the request (422 when missing); the OpenAPI
    document is still built from the original declaration."""

    async def get_user() -> str:
        return "ada"

    def user_from_query(user: str) -> str:
        return user

    app = FastAPI()

    @app.get("/me")
    async def me(user: Annotated[str, Depends(get_user)]) -> str:
        return user

    app.dependency_overrides[get_user] = user_from_query
    assert call(app, "GET", "/me?user=grace").json() == "grace"
    missing = call(app, "GET", "/me")
    assert missing.status_code == 422 and missing.json()["detail"][0]["loc"] == ["query", "user"]
    assert "parameters" not in app.openapi()["paths"]["/me"]["get"]


def test_replacing_a_yield_dependency_skips_its_setup_and_teardown() -> None:
    """With a plain replacement, the original `yield` dependency's code never runs."""
    log: list[str] = []

    async def session() -> AsyncIterator[str]:
        log.append("setup")
        yield "real"
        log.append("teardown")

    app = FastAPI()

    @app.get("/")
    async def handler(value: Annotated[str, Depends(session)]) -> str:
        return value

    app.dependency_overrides[session] = lambda: "fake"
    assert call(app, "GET", "/").json() == "fake" and log == []


def test_keys_are_objects_not_names() -> None:
    """Lookup is by identity: a class, the very instance, the `lru_cache`-decorated function;
    a look-alike instance overrides nothing."""

    class RoleChecker:
        def __init__(self, role: str) -> None:
            self.role = role

        def __call__(self) -> str:
            return self.role

    @lru_cache
    def get_settings() -> str:
        return "prod"

    require_admin = RoleChecker("admin")
    app = FastAPI()

    @app.get("/role")
    async def role(value: Annotated[str, Depends(require_admin)]) -> str:
        return value

    @app.get("/settings")
    async def settings(value: Annotated[str, Depends(get_settings)]) -> str:
        return value

    app.dependency_overrides[RoleChecker("admin")] = lambda: "look-alike"
    app.dependency_overrides["get_settings"] = lambda: "by name"  # type: ignore[index]
    assert call(app, "GET", "/role").json() == "admin"
    assert call(app, "GET", "/settings").json() == "prod"
    app.dependency_overrides[require_admin] = lambda: "same instance"
    app.dependency_overrides[get_settings] = lambda: "test"
    assert call(app, "GET", "/role").json() == "same instance"
    assert call(app, "GET", "/settings").json() == "test"


def test_mock_patch_of_the_module_attribute_does_not_reach_routes() -> None:
    """Routes hold the original function object, so patching the module name changes nothing."""
    module = types.ModuleType("claims_deps")

    def get_db() -> str:
        return "real"

    module.get_db = get_db  # type: ignore[attr-defined]
    sys.modules["claims_deps"] = module
    app = FastAPI()

    @app.get("/")
    async def handler(db: Annotated[str, Depends(module.get_db)]) -> str:  # type: ignore[attr-defined]
        return db

    try:
        with mock.patch("claims_deps.get_db", lambda: "patched"):
            assert call(app, "GET", "/").json() == "real"
    finally:
        del sys.modules["claims_deps"]


def test_a_value_instead_of_a_callable_fails_at_request_time() -> None:
    """`dependency_overrides[get_db] = fake_session` raises TypeError when a request comes."""

    async def get_db() -> str:
        return "real"

    app = FastAPI()

    @app.get("/")
    async def handler(db: Annotated[str, Depends(get_db)]) -> str:
        return db

    app.dependency_overrides[get_db] = "fake session"  # type: ignore[assignment]
    with pytest.raises(TypeError, match="not a callable"):
        call(app, "GET", "/")


def test_included_routers_share_the_apps_dictionary_but_mounted_apps_have_their_own() -> None:
    """Overrides on the app reach routes from `include_router`, not those of a mounted app."""

    async def get_db() -> str:
        return "real"

    router, sub = APIRouter(), FastAPI()

    @router.get("/included")
    async def included(db: Annotated[str, Depends(get_db)]) -> str:
        return db

    @sub.get("/mounted")
    async def mounted(db: Annotated[str, Depends(get_db)]) -> str:
        return db

    app = FastAPI()
    app.include_router(router)
    app.mount("/sub", sub)
    app.dependency_overrides[get_db] = lambda: "fake"
    assert call(app, "GET", "/included").json() == "fake"
    assert call(app, "GET", "/sub/mounted").json() == "real"
    sub.dependency_overrides[get_db] = lambda: "fake"
    assert call(app, "GET", "/sub/mounted").json() == "fake"


def test_the_original_depends_options_carry_over_to_the_replacement() -> None:
    """`use_cache=False` and `max_concurrency=` (FastAPI 0.163+) written in the original
    `Depends(...)` still apply to the replacement."""
    calls: list[str] = []
    running = {"now": 0, "peak": 0}

    async def get_token() -> str:
        return "real"

    async def fake_token() -> str:
        calls.append("fake")
        return "fake"

    async def get_client() -> str:
        return "real"

    async def slow_fake_client() -> str:
        running["now"] += 1
        running["peak"] = max(running["peak"], running["now"])
        await asyncio.sleep(0.01)
        running["now"] -= 1
        return "fake"

    uncached = Depends(get_token, use_cache=False)
    app = FastAPI()

    @app.get("/twice")
    async def twice(a: Annotated[str, uncached], b: Annotated[str, uncached]) -> list[str]:
        return [a, b]

    @app.get("/limited")
    async def limited(
        client: Annotated[str, Depends(get_client, max_concurrency=1)],
    ) -> str:
        return client

    app.dependency_overrides[get_token] = fake_token
    app.dependency_overrides[get_client] = slow_fake_client
    assert call(app, "GET", "/twice").json() == ["fake", "fake"] and calls == ["fake", "fake"]

    async def three_at_once() -> list[int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            replies = await asyncio.gather(*(client.get("/limited") for _ in range(3)))
        return [reply.status_code for reply in replies]

    assert asyncio.run(three_at_once()) == [200, 200, 200]
    assert running["peak"] == 1  # the replacement ran one at a time, as the original would


def _rollback_per_test(database: Path, mode: str | None) -> tuple[list[str], list[str], int]:
    """Runs one "test" against an app whose session dependency is overridden with a Session bound
    to a connection in an outer transaction; returns the replies, the rows the test saw, and the
    rows left in the database after the outer transaction was rolled back."""
    from sqlalchemy import String, create_engine, event, func, select
    from sqlalchemy.exc import IntegrityError
    from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

    class Base(DeclarativeBase):
        pass

    class Note(Base):
        __tablename__ = "notes"
        title: Mapped[str] = mapped_column(String, primary_key=True)

    engine = create_engine(f"sqlite:///{database}")

    # pysqlite (through Python 3.11) mishandles SAVEPOINT unless SQLAlchemy emits BEGIN itself;
    # this is the workaround SQLAlchemy's SQLite dialect documents. PostgreSQL needs none.
    @event.listens_for(engine, "connect")
    def no_driver_transactions(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def emit_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    Base.metadata.create_all(engine)

    def get_session() -> Iterator[Session]:
        with Session(engine) as session:
            yield session

    app = FastAPI()

    @app.post("/notes/{title}")
    async def add_note(title: str, session: Annotated[Session, Depends(get_session)]) -> str:
        session.add(Note(title=title))
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            return "duplicate"
        return "created"

    connection = engine.connect()
    outer = connection.begin()
    options = {} if mode is None else {"join_transaction_mode": mode}
    test_session = Session(bind=connection, **options)
    test_session.add(Note(title="seed"))  # fixture data, written inside the test's transaction
    test_session.flush()
    app.dependency_overrides[get_session] = lambda: test_session
    replies = [call(app, "POST", url).json() for url in ("/notes/a", "/notes/a", "/notes/b")]
    seen = list(test_session.scalars(select(Note.title).order_by(Note.title)))
    test_session.close()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the default mode has already ended `outer`
        outer.rollback()
    connection.close()
    with engine.connect() as check:
        left = check.scalar(select(func.count()).select_from(Note)) or 0
    engine.dispose()
    return replies, seen, left


def test_create_savepoint_keeps_app_commits_and_rollbacks_inside_the_test_transaction(
    tmp_path: Path,
) -> None:
    """With `Session(bind=connection, join_transaction_mode="create_savepoint")` overriding the
    session dependency, the app's commit() and rollback() only end savepoints, and rolling back
    the outer transaction at teardown erases everything the test wrote. With the default mode
    (`conditional_savepoint`), the app's first rollback() ends the test's own transaction."""
    replies, seen, left = _rollback_per_test(tmp_path / "savepoint.db", "create_savepoint")
    assert replies == ["created", "duplicate", "created"]
    assert seen == ["a", "b", "seed"] and left == 0

    replies, seen, left = _rollback_per_test(tmp_path / "default.db", None)
    assert replies == ["created", "duplicate", "created"]
    assert seen == ["b"]  # the duplicate's rollback took the seed row and "a" with it
    assert left == 1  # and "b", committed after that, escaped the test's rollback
