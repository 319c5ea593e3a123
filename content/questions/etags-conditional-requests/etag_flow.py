# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Strong ETags: a 304 for an unchanged copy, and 428/412 to stop lost updates."""

import asyncio
import hashlib
from typing import Annotated, Any

import httpx
from fastapi import FastAPI, Header, HTTPException, Response, status
from pydantic import BaseModel


class Note(BaseModel):
    text: str


app = FastAPI()
notes = {1: Note(text="first draft")}


def etag_of(body: bytes) -> str:  # strong validator: changes whenever the bytes change
    return '"' + hashlib.sha256(body).hexdigest()[:16] + '"'


def tags(header: str) -> list[str]:
    return [tag.strip() for tag in header.split(",")]


@app.get("/notes/{note_id}")
async def read_note(
    note_id: int, if_none_match: Annotated[str | None, Header()] = None
) -> Response:
    body = notes[note_id].model_dump_json().encode()
    headers = {"ETag": etag_of(body), "Cache-Control": "no-cache"}  # cache, but revalidate
    if if_none_match and etag_of(body) in [t.removeprefix("W/") for t in tags(if_none_match)]:
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
    return Response(body, media_type="application/json", headers=headers)


@app.put("/notes/{note_id}", status_code=status.HTTP_204_NO_CONTENT)
async def replace_note(
    note_id: int, note: Note, if_match: Annotated[str | None, Header()] = None
) -> None:
    if if_match is None:
        raise HTTPException(status.HTTP_428_PRECONDITION_REQUIRED, "Send If-Match")
    current = etag_of(notes[note_id].model_dump_json().encode())
    if if_match.strip() != "*" and current not in tags(if_match):  # strong comparison
        raise HTTPException(status.HTTP_412_PRECONDITION_FAILED, "Changed since you read it")
    notes[note_id] = note  # 204 without an ETag: the stored form may differ from what was sent


async def call(client: httpx.AsyncClient, who: str, method: str, **kwargs: Any) -> httpx.Response:
    r = await client.request(method, "/notes/1", **kwargs)
    sent = " ".join(f"{name}: {value}" for name, value in kwargs.get("headers", {}).items())
    got = f"ETag: {r.headers['etag']}" if "etag" in r.headers else ""
    parts = [f"{who}:", method, sent, "->", str(r.status_code), got, r.text]
    print(" ".join(part for part in parts if part))
    return r


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        v1 = (await call(client, "alice", "GET")).headers["etag"]
        same = await call(client, "alice", "GET", headers={"If-None-Match": v1})
        assert same.status_code == 304 and same.content == b""  # revalidated, no body resent
        assert (await call(client, "bob", "GET")).headers["etag"] == v1
        edit = {"text": "bob's edit"}
        assert (await call(client, "bob", "PUT", json=edit)).status_code == 428
        mine = {"json": {"text": "alice's edit"}, "headers": {"If-Match": v1}}
        assert (await call(client, "alice", "PUT", **mine)).status_code == 204
        stale = await call(client, "bob", "PUT", json=edit, headers={"If-Match": v1})
        assert stale.status_code == 412  # Bob's edit would have overwritten Alice's
        fresh = await call(client, "bob", "GET", headers={"If-None-Match": v1})
        assert fresh.status_code == 200 and fresh.headers["etag"] != v1
    assert notes[1].text == "alice's edit"


if __name__ == "__main__":
    asyncio.run(main())
