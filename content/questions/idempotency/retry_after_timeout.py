# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Retry PUT, DELETE and POST after a lost response and compare the server state."""

import asyncio
from typing import Any

import httpx
from fastapi import FastAPI, HTTPException, Response, status
from pydantic import BaseModel


class Note(BaseModel):
    text: str


app = FastAPI()
notes: dict[int, str] = {}


@app.put("/notes/{note_id}")
async def put_note(note_id: int, note: Note, response: Response) -> Note:
    if note_id not in notes:
        response.status_code = status.HTTP_201_CREATED
    notes[note_id] = note.text  # the end state depends only on the request
    return note


@app.delete("/notes/{note_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_note(note_id: int) -> None:
    if notes.pop(note_id, None) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such note")


@app.post("/notes", status_code=status.HTTP_201_CREATED)
async def create_note(note: Note) -> dict[str, int]:
    note_id = max(notes, default=0) + 1  # the server picks a new id every time
    notes[note_id] = note.text
    return {"id": note_id}


async def send_twice(client: httpx.AsyncClient, method: str, url: str, **kwargs: Any) -> int:
    """The server handles the first request, but its response is lost (say, a timeout)."""
    await client.request(method, url, **kwargs)
    print(f"{method} {url} -> response lost (timeout): did it run?")
    retry = await client.request(method, url, **kwargs)
    print(f"{method} {url} -> {retry.status_code} on retry; notes = {notes}")
    return retry.status_code


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        assert await send_twice(client, "PUT", "/notes/7", json={"text": "buy milk"}) == 200
        assert notes == {7: "buy milk"}  # same state as one PUT (the lost reply was 201)

        assert await send_twice(client, "DELETE", "/notes/7") == 404
        assert notes == {}  # same state as one DELETE; only the response differs

        assert await send_twice(client, "POST", "/notes", json={"text": "buy milk"}) == 201
        assert len(notes) == 2  # the retry created a duplicate


if __name__ == "__main__":
    asyncio.run(main())
