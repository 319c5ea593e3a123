# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""End-to-end tests through httpx.AsyncClient + ASGITransport, written as test functions."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI, HTTPException, Request, status
from pydantic import BaseModel


class NoteIn(BaseModel):
    text: str


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    app.state.notes = {}  # a fresh store every time the app starts
    yield


app = FastAPI(lifespan=lifespan)


@app.post("/notes", status_code=status.HTTP_201_CREATED)
async def create_note(note: NoteIn, request: Request) -> dict[str, int | str]:
    notes = request.app.state.notes
    notes[len(notes) + 1] = note.text
    return {"id": len(notes), "text": note.text}


@app.get("/notes/{note_id}")
async def read_note(note_id: int, request: Request) -> dict[str, int | str]:
    if note_id not in request.app.state.notes:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "note not found")
    return {"id": note_id, "text": request.app.state.notes[note_id]}


@asynccontextmanager
async def fresh_client() -> AsyncIterator[httpx.AsyncClient]:
    async with app.router.lifespan_context(app):  # ASGITransport sends no lifespan events
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            yield client


async def test_create_then_read(client: httpx.AsyncClient) -> None:
    await client.post("/notes", json={"text": "buy milk"})
    response = await client.get("/notes/1")
    print("  GET /notes/1 ->", response.status_code, response.text)
    assert response.json() == {"id": 1, "text": "buy milk"}


async def test_missing_field_is_422(client: httpx.AsyncClient) -> None:
    response = await client.post("/notes", json={})
    error = response.json()["detail"][0]
    print("  POST /notes {} ->", response.status_code, error["type"], error["loc"])
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert (error["type"], error["loc"]) == ("missing", ["body", "text"])


async def test_each_test_starts_empty(client: httpx.AsyncClient) -> None:
    response = await client.get("/notes/1")  # the note from the first test is gone
    print("  GET /notes/1 ->", response.status_code, response.text)
    assert response.status_code == status.HTTP_404_NOT_FOUND


async def main() -> None:
    tests = [test_create_then_read, test_missing_field_is_422, test_each_test_starts_empty]
    for test in tests:
        print(test.__name__)
        async with fresh_client() as client:
            await test(client)
    print(f"{len(tests)} passed")


if __name__ == "__main__":
    asyncio.run(main())
