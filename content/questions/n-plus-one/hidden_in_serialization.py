# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx", "sqlalchemy"]
# ///
"""An N+1 hidden in a response model: each author's books load while FastAPI serializes."""

import asyncio
from collections.abc import Iterator, Sequence
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI
from pydantic import BaseModel
from sqlalchemy import ForeignKey, create_engine, event, orm, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship
from sqlalchemy.pool import StaticPool


class Base(DeclarativeBase): ...


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    books: Mapped[list["Book"]] = relationship()


class Book(Base):
    __tablename__ = "books"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))


class BookOut(BaseModel):
    title: str


class AuthorOut(BaseModel):  # FastAPI reads a returned object's attributes to fill it
    name: str
    books: list[BookOut]  # reading author.books is what triggers the lazy load


# One in-memory database for every connection and thread (def endpoints run in a thread pool).
engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
Base.metadata.create_all(engine)
sent: list[str] = []
event.listen(engine, "before_cursor_execute", lambda conn, cursor, sql, *rest: sent.append(sql))
with Session(engine) as seed:
    seed.add_all(Author(name=f"a{n}", books=[Book(title=f"b{n}")]) for n in range(10))
    seed.commit()


def get_session() -> Iterator[Session]:
    with Session(engine) as session:
        yield session  # closed after the response is sent, so lazy loads still work


SessionDep = Annotated[Session, Depends(get_session)]
app = FastAPI()


@app.get("/v1/authors", response_model=list[AuthorOut])
def list_authors(session: SessionDep) -> Sequence[Author]:
    authors = session.scalars(select(Author)).all()  # reads like one query...
    print(f"  /v1 handler returns after {len(sent)} SQL statement")  # ...and it is, so far
    return authors


@app.get("/v2/authors", response_model=list[AuthorOut])
def list_authors_with_books(session: SessionDep) -> Sequence[Author]:
    return session.scalars(select(Author).options(orm.selectinload(Author.books))).all()


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        bodies, counts = [], []
        for path in ["/v1/authors", "/v2/authors"]:
            sent.clear()
            response = await client.get(path)
            bodies.append(response.json())
            counts.append(len(sent))
            print(f"GET {path} -> {response.status_code}, {len(bodies[-1])} authors", end="")
            print(f", first {bodies[-1][0]}, SQL statements: {len(sent)}")
    assert bodies[0] == bodies[1]  # the same JSON either way
    assert counts == [11, 2]  # a budget a test can pin down; a timing would be flaky


if __name__ == "__main__":
    asyncio.run(main())
