# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx", "sqlalchemy"]
# ///
"""A version column as the ETag: If-Match and one conditional UPDATE turn a lost update into 412."""

import asyncio
import re
from collections.abc import Iterator
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, Header, HTTPException, Response, status
from pydantic import BaseModel
from sqlalchemy import create_engine, event, true, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.pool import StaticPool


class Base(DeclarativeBase): ...


class Note(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str]
    version: Mapped[int] = mapped_column(default=1)


class NoteBody(BaseModel):
    text: str


engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
SessionLocal = sessionmaker(engine)
Base.metadata.create_all(engine)
with SessionLocal.begin() as setup:
    setup.add(Note(id=1, text="draft"))
event.listen(engine, "before_cursor_execute", lambda c, cur, sql, *a: print("  ", *sql.split()))
event.listen(engine, "commit", lambda conn: print("   COMMIT"))
event.listen(engine, "rollback", lambda conn: print("   ROLLBACK"))


def transaction() -> Iterator[Session]:
    with SessionLocal.begin() as session:  # commits if the handler returns, rolls back if it raises
        yield session


# scope="function": the commit runs before the response is sent, so a failed commit is never a 200
SessionDep = Annotated[Session, Depends(transaction, scope="function")]
IfMatch = Annotated[str | None, Header()]
app = FastAPI()


@app.patch("/notes/{note_id}")
def edit_note(
    note_id: int, body: NoteBody, session: SessionDep, response: Response, if_match: IfMatch = None
) -> NoteBody:
    if if_match is None:
        raise HTTPException(status.HTTP_428_PRECONDITION_REQUIRED, "send If-Match")
    seen = [int(tag) for tag in re.findall(r'(?<!W/)"(\d+)"', if_match)]  # weak tags never match
    matches = true() if if_match.strip() == "*" else Note.version.in_(seen)  # "*": any version
    new_version = session.execute(  # check and write in one statement: no gap to race into
        update(Note)
        .where(Note.id == note_id, matches)
        .values(text=body.text, version=Note.version + 1)
        .returning(Note.version)
    ).scalar_one_or_none()
    if new_version is None:  # nothing matched: a missing note wins over a failed precondition
        if session.get(Note, note_id) is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no such note")
        raise HTTPException(status.HTTP_412_PRECONDITION_FAILED, "changed since you read it")
    response.headers["ETag"] = f'"{new_version}"'
    return body


@app.get("/notes/{note_id}")
def read_note(note_id: int, session: SessionDep, response: Response) -> NoteBody:
    note = session.get(Note, note_id)
    if note is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such note")
    response.headers["ETag"] = f'"{note.version}"'  # strong: every change bumps the version
    return NoteBody(text=note.text)


async def main() -> None:
    steps = [  # (who, method, If-Match sent, new text, expected status)
        ("alice", "GET", None, None, 200),
        ("bob", "GET", None, None, 200),
        ("alice", "PATCH", '"1"', "alice's text", 200),
        ("bob", "PATCH", None, "bob's text", 428),
        ("bob", "PATCH", '"1"', "bob's text", 412),  # would have erased alice's edit
        ("bob", "GET", None, None, 200),
        ("bob", "PATCH", '"2"', "alice's and bob's text", 200),
        ("bob", "PATCH", "*", "whatever the version", 200),  # "*": any current version
    ]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for who, method, tag, text, expected in steps:
            headers = {"If-Match": tag} if tag else {}
            print(f"{who}: {method} /notes/1", *[f"If-Match: {tag}"] * bool(tag))
            r = await client.request(
                method, "/notes/1", json=text and {"text": text}, headers=headers
            )
            print(f"   -> {r.status_code} ETag: {r.headers.get('etag')} {r.json()}")
            assert r.status_code == expected


if __name__ == "__main__":
    asyncio.run(main())
