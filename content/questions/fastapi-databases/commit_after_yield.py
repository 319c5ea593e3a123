# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx", "sqlalchemy"]
# ///
"""Committing after `yield`: by default it runs after the response is sent, so a failure is lost."""

import asyncio
from collections.abc import Iterator
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, Request, status
from fastapi.responses import JSONResponse
from sqlalchemy import create_engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.pool import StaticPool


class Base(DeclarativeBase): ...


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)


engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
SessionLocal = sessionmaker(engine)
Base.metadata.create_all(engine)


def transaction() -> Iterator[Session]:
    with SessionLocal.begin() as session:  # commits when the block ends without an error
        yield session


app = FastAPI()


@app.exception_handler(IntegrityError)
async def conflict(request: Request, exc: IntegrityError) -> JSONResponse:
    return JSONResponse({"detail": "already exists"}, status.HTTP_409_CONFLICT)


@app.post("/late/authors", status_code=status.HTTP_201_CREATED)
def create_late(name: str, session: Annotated[Session, Depends(transaction)]) -> dict[str, str]:
    session.add(Author(name=name))
    return {"created": name}  # default scope="request": the commit runs after sending


@app.post("/early/authors", status_code=status.HTTP_201_CREATED)
def create_early(
    name: str, session: Annotated[Session, Depends(transaction, scope="function")]
) -> dict[str, str]:
    session.add(Author(name=name))
    return {"created": name}  # scope="function": the commit runs before sending


def stored(name: str) -> int:
    with SessionLocal() as session:
        return session.scalar(select(func.count()).where(Author.name == name))


async def main() -> None:
    # raise_app_exceptions=False: behave like a server, which logs the late error
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        codes = []
        for path, name in [("late", "ada"), ("late", "ada"), ("early", "bob"), ("early", "bob")]:
            response = await client.post(f"/{path}/authors", params={"name": name})
            codes.append(response.status_code)
            print(f"POST /{path}/authors?name={name} -> {response.status_code} {response.json()}")
            print(f"  rows named {name!r} in the database: {stored(name)}")
    assert codes == [201, 201, 201, 409]  # the second 201 promised a row that was never stored


if __name__ == "__main__":
    asyncio.run(main())
