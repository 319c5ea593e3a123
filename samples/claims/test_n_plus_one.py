"""Claims made on content/questions/n-plus-one/; each fails if a release changes them."""

import asyncio
import gc
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import requires, version
from typing import Annotated

import pytest
from asgi import call
from fastapi import Depends, FastAPI
from pydantic import BaseModel
from sqlalchemy import ForeignKey, create_engine, event, select
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    contains_eager,
    joinedload,
    mapped_column,
    raiseload,
    relationship,
    selectinload,
    subqueryload,
)
from sqlalchemy.pool import StaticPool

PAGE = "n-plus-one"


class Base(DeclarativeBase): ...


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    books: Mapped[list["Book"]] = relationship(back_populates="author")


class Book(Base):
    __tablename__ = "books"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))
    author: Mapped[Author] = relationship(back_populates="books")


def make_engine(authors: int, books_each: int = 3):
    # one in-memory database for every thread: sync dependencies run in a thread pool
    engine = create_engine(
        "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
    )
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add_all(
            Author(name=f"a{n}", books=[Book() for _ in range(books_each)]) for n in range(authors)
        )
        session.commit()
    return engine


@contextmanager
def counting(engine) -> Iterator[list[str]]:
    sent: list[str] = []

    def record(conn, cursor, statement, *args) -> None:
        sent.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_sqlalchemy_is_the_2_1_series() -> None:
    """The page describes SQLAlchemy 2.1."""
    assert version("sqlalchemy").startswith("2.1.")


def test_default_lazy_loading_sends_one_query_per_parent() -> None:
    """A relationship's default loader (lazy="select") sends 1 + N statements for N parents."""
    engine = make_engine(10)
    with counting(engine) as sent, Session(engine) as session:
        for author in session.scalars(select(Author)).all():
            assert len(author.books) == 3
    assert len(sent) == 11


def test_many_to_one_lazy_loads_hit_the_identity_map() -> None:
    """Lazy many-to-one loads an already-loaded parent from the identity map, without SQL."""
    engine = make_engine(10)  # 30 books by 10 authors
    with counting(engine) as sent, Session(engine) as session:
        books = session.scalars(select(Book)).all()
        assert len({book.author.name for book in books}) == 10
    assert len(books) == 30 and len(sent) == 1 + 10  # not 1 + 30


def test_selectinload_batches_500_keys_per_in_by_default_and_chunksize_changes_it() -> None:
    """selectinload sends one SELECT ... IN per 500 parent keys; 2.1 added chunksize=."""
    engine = make_engine(1200, books_each=1)
    for options, expected in [((), 1 + 3), ({"chunksize": 1000}, 1 + 2)]:
        loader = selectinload(Author.books, **dict(options))
        with counting(engine) as sent, Session(engine) as session:
            authors = session.scalars(select(Author).options(loader)).all()
            assert sum(len(a.books) for a in authors) == 1200
        assert len(sent) == expected
        assert " IN (" in sent[1]


def test_joinedload_of_a_collection_needs_unique() -> None:
    """joinedload on a collection sends one JOIN, and the result must be de-duplicated."""
    engine = make_engine(10)
    with counting(engine) as sent, Session(engine) as session:
        statement = select(Author).options(joinedload(Author.books))
        with pytest.raises(InvalidRequestError, match="unique"):
            session.scalars(statement).all()
        authors = session.scalars(statement).unique().all()
        assert len(authors) == 10 and all(len(a.books) == 3 for a in authors)
    assert "LEFT OUTER JOIN" in sent[-1]


def test_contains_eager_fills_a_relation_from_a_join_you_wrote() -> None:
    """contains_eager fills the relation from the query's own JOIN: one statement, one join."""
    engine = make_engine(10)
    with counting(engine) as sent, Session(engine) as session:
        statement = (
            select(Book)
            .join(Book.author)
            .where(Author.name == "a3")
            .options(contains_eager(Book.author))
        )
        books = session.scalars(statement).all()
        assert len(books) == 3 and {book.author.name for book in books} == {"a3"}
    assert len(sent) == 1 and sent[0].count("JOIN") == 1


def test_raiseload_and_raise_on_sql() -> None:
    """raiseload raises on access; lazy="raise_on_sql" still allows identity-map hits."""
    engine = make_engine(2)
    with Session(engine) as session:
        author = session.scalars(select(Author).options(raiseload(Author.books))).first()
        with pytest.raises(InvalidRequestError, match="lazy='raise'"):
            _ = author.books
    with counting(engine) as sent, Session(engine) as session:
        authors = session.scalars(select(Author)).all()  # held: the identity map is weak
        statement = select(Book).options(raiseload(Book.author, sql_only=True))
        books = session.scalars(statement).all()
        assert {book.author.name for book in books} == {a.name for a in authors}
    assert len(sent) == 2


def test_fastapi_reads_attributes_of_returned_objects_without_from_attributes() -> None:
    """FastAPI validates a return value with from_attributes=True, so ORM objects serialize
    through a plain response model, and reading a relationship there triggers its lazy load."""
    engine = make_engine(4)

    class BookOut(BaseModel):
        id: int

    class AuthorOut(BaseModel):  # no ConfigDict(from_attributes=True)
        name: str
        books: list[BookOut]

    app = FastAPI()
    session = Session(engine)

    @app.get("/authors", response_model=list[AuthorOut])
    async def authors() -> list[Author]:
        return list(session.scalars(select(Author)).all())

    with counting(engine) as sent:
        response = call(app, "GET", "/authors")
    session.close()
    assert response.status_code == 200 and len(response.json()[0]["books"]) == 3
    assert len(sent) == 1 + 4


def test_a_yield_dependency_session_is_open_while_fastapi_serializes_with_either_scope() -> None:
    """The session from a yield dependency is still open during response serialization, with
    the default scope and with scope="function", so lazy loads there succeed (and cost queries)."""
    engine = make_engine(3)

    def get_session() -> Iterator[Session]:
        with Session(engine) as session:
            yield session

    class BookOut(BaseModel):
        id: int

    class AuthorOut(BaseModel):
        name: str
        books: list[BookOut]

    app = FastAPI()

    @app.get("/request", response_model=list[AuthorOut])
    async def request_scope(session: Annotated[Session, Depends(get_session)]) -> list[Author]:
        return list(session.scalars(select(Author)).all())

    @app.get("/function", response_model=list[AuthorOut])
    async def function_scope(
        session: Annotated[Session, Depends(get_session, scope="function")],
    ) -> list[Author]:
        return list(session.scalars(select(Author)).all())

    for path in ["/request", "/function"]:
        with counting(engine) as sent:
            response = call(app, "GET", path)
        assert response.status_code == 200, response.text
        assert len(sent) == 1 + 3


def test_subqueryload_repeats_the_parent_query_as_a_subquery() -> None:
    """subqueryload sends a second statement that embeds the original query as a subquery."""
    engine = make_engine(5)
    with counting(engine) as sent, Session(engine) as session:
        authors = session.scalars(select(Author).options(subqueryload(Author.books))).all()
        assert sum(len(a.books) for a in authors) == 15
    assert len(sent) == 2 and "FROM (SELECT" in " ".join(sent[1].split())


def test_raiseload_star_covers_every_relationship() -> None:
    """raiseload("*") makes every unloaded relationship of the query's objects raise."""
    engine = make_engine(2)
    with Session(engine) as session:
        book = session.scalars(select(Book).options(raiseload("*"))).first()
        with pytest.raises(InvalidRequestError, match="lazy='raise'"):
            _ = book.author


def test_greenlet_is_an_extra_in_sqlalchemy_2_1() -> None:
    """Since SQLAlchemy 2.1, greenlet (needed by the asyncio extension) installs only with the
    `asyncio` extra (or a driver extra that includes it), not by default."""
    greenlet = [r for r in requires("sqlalchemy") or [] if r.startswith("greenlet")]
    assert greenlet and all('extra == "asyncio"' in r for r in greenlet)


def test_async_session_lazy_load_raises_missing_greenlet() -> None:
    """Reading an unloaded relationship on an AsyncSession object raises MissingGreenlet (possibly
    wrapped in a StatementError) instead of querying; `await obj.awaitable_attrs.books` (AsyncAttrs
    mixin) loads it explicitly."""
    pytest.importorskip("greenlet")
    pytest.importorskip("aiosqlite")
    from sqlalchemy.exc import MissingGreenlet, StatementError
    from sqlalchemy.ext.asyncio import AsyncAttrs, AsyncSession, create_async_engine

    class AsyncBase(AsyncAttrs, DeclarativeBase): ...

    class Writer(AsyncBase):
        __tablename__ = "writers"
        id: Mapped[int] = mapped_column(primary_key=True)
        novels: Mapped[list["Novel"]] = relationship()

    class Novel(AsyncBase):
        __tablename__ = "novels"
        id: Mapped[int] = mapped_column(primary_key=True)
        writer_id: Mapped[int] = mapped_column(ForeignKey("writers.id"))

    async def run() -> int:
        engine = create_async_engine("sqlite+aiosqlite://", poolclass=StaticPool)
        async with engine.begin() as connection:
            await connection.run_sync(AsyncBase.metadata.create_all)
        async with AsyncSession(engine) as session:
            session.add(Writer(novels=[Novel(), Novel()]))
            await session.commit()
        async with AsyncSession(engine) as session:
            writer = (await session.scalars(select(Writer))).one()
            novels = await writer.awaitable_attrs.novels
        async with AsyncSession(engine) as session:
            writer = (await session.scalars(select(Writer))).one()
            with pytest.raises((MissingGreenlet, StatementError)) as caught:
                _ = writer.novels
            error = caught.value
            assert isinstance(getattr(error, "orig", error), MissingGreenlet)
            del caught, error
            with warnings.catch_warnings():  # the driver call that never ran is collected here
                warnings.simplefilter("ignore", RuntimeWarning)
                gc.collect()
        return len(novels)

    assert asyncio.run(run()) == 2
