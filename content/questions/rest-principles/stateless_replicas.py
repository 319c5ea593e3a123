# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Two stateless replicas share only the database, so either one can serve any request."""

import asyncio
from typing import Annotated, Any

import httpx
from fastapi import Depends, FastAPI, HTTPException, Response, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

TOKENS = {"tok-alice": "alice"}  # a token store every replica shares; no per-process session
NOTES: dict[int, dict[str, Any]] = {}  # shared resource state (think: the database)


class NoteIn(BaseModel):
    text: str


async def current_user(
    creds: Annotated[HTTPAuthorizationCredentials, Depends(HTTPBearer())],
) -> str:
    if creds.credentials not in TOKENS:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, headers={"WWW-Authenticate": "Bearer"})
    return TOKENS[creds.credentials]


def make_replica(name: str) -> FastAPI:
    app = FastAPI()
    User = Annotated[str, Depends(current_user)]

    @app.post("/notes", status_code=status.HTTP_201_CREATED)
    async def create_note(body: NoteIn, user: User, response: Response) -> dict[str, Any]:
        note = {"id": len(NOTES) + 1, "owner": user, "text": body.text}
        NOTES[note["id"]] = note
        response.headers.update({"Location": f"/notes/{note['id']}", "X-Served-By": name})
        return note

    @app.get("/notes/{note_id}")
    async def read_note(note_id: int, user: User, response: Response) -> dict[str, Any]:
        note = NOTES.get(note_id)
        if note is None or note["owner"] != user:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Note not found")
        response.headers.update({"Cache-Control": "private, max-age=60", "X-Served-By": name})
        return note

    return app


def show(r: httpx.Response, header: str) -> None:
    print(f"{r.request.method} {r.request.url.path} -> {r.status_code} {r.text}")
    for name in ("x-served-by", header):
        print(f"    {name}: {r.headers.get(name, '-')}")


async def main() -> None:
    auth = {"Authorization": "Bearer tok-alice"}
    a, b = (httpx.ASGITransport(app=make_replica(n)) for n in ("replica-a", "replica-b"))
    async with (
        httpx.AsyncClient(transport=a, base_url="http://api.test") as via_a,
        httpx.AsyncClient(transport=b, base_url="http://api.test") as via_b,
    ):
        created = await via_a.post("/notes", json={"text": "buy milk"}, headers=auth)
        show(created, "location")
        assert created.status_code == status.HTTP_201_CREATED
        # Another replica serves the follow-up: the request itself says who is asking.
        fetched = await via_b.get(created.headers["location"], headers=auth)
        show(fetched, "cache-control")
        assert fetched.json()["text"] == "buy milk"
        # Same replica, straight after a success, no credentials: nothing was remembered.
        anonymous = await via_b.get(created.headers["location"])
        show(anonymous, "www-authenticate")
        assert anonymous.status_code == status.HTTP_401_UNAUTHORIZED


if __name__ == "__main__":
    asyncio.run(main())
