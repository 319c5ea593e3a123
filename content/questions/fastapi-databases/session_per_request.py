# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx", "sqlalchemy"]
# ///
"""One engine per process, one session per request, the transaction committed by the handler."""

import asyncio
from collections.abc import Iterator
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException, status
from pydantic import BaseModel, Field
from sqlalchemy import create_engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.pool import StaticPool


class Base(DeclarativeBase): ...


class Author(Base):  # the table; what the API accepts and returns are separate Pydantic models
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)


class AuthorIn(BaseModel):
    name: str = Field(min_length=1, max_length=80)


class AuthorOut(BaseModel):
    id: int
    name: str


# In-memory SQLite for the demo: StaticPool shares one connection, fine while requests run
# one at a time (the page shows the shared-cache URL for concurrent use).
engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
SessionLocal = sessionmaker(engine, expire_on_commit=False)  # no reload after commit
Base.metadata.create_all(engine)  # a real service runs migrations (Alembic) instead


def get_session() -> Iterator[Session]:
    session = SessionLocal()
    try:
        yield session
    finally:  # runs on success and when the handler raised: no leaked connections
        session.close()  # rolls back anything left uncommitted, returns the connection
        print("  session closed")


SessionDep = Annotated[Session, Depends(get_session)]
app = FastAPI()


@app.post("/authors", status_code=status.HTTP_201_CREATED)
def create_author(body: AuthorIn, session: SessionDep) -> AuthorOut:
    author = Author(name=body.name)
    session.add(author)
    try:
        session.commit()  # inside the handler: the client hears 201 only if this worked
    except IntegrityError:
        session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, f"{body.name!r} exists") from None
    return AuthorOut(id=author.id, name=author.name)


@app.get("/authors/{author_id}")
def read_author(author_id: int, session: SessionDep) -> AuthorOut:
    author = session.get(Author, author_id)
    if author is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such author")
    return AuthorOut(id=author.id, name=author.name)


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        calls = [
            ("POST", "/authors", {"name": "Ada"}, status.HTTP_201_CREATED),
            ("POST", "/authors", {"name": "Ada"}, status.HTTP_409_CONFLICT),
            ("GET", "/authors/1", None, status.HTTP_200_OK),
            ("GET", "/authors/2", None, status.HTTP_404_NOT_FOUND),
        ]
        for method, url, body, expected in calls:
            response = await client.request(method, url, json=body)
            sent = f"{method} {url}" + (f" {body}" if body else "")
            print(f"{sent} -> {response.status_code} {response.json()}")
            assert response.status_code == expected


if __name__ == "__main__":
    asyncio.run(main())
