# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""FastAPI answers a non-JSON body with 422; a small dependency turns that into a proper 415."""

import asyncio
from email.message import Message

import httpx
from fastapi import Depends, FastAPI, HTTPException, Request, status
from pydantic import BaseModel

app = FastAPI()
UNSUPPORTED = status.HTTP_415_UNSUPPORTED_MEDIA_TYPE


class Note(BaseModel):
    text: str


def require_json(request: Request) -> None:
    """415 for a body that is not JSON, or is compressed with a coding we do not accept."""
    coding = request.headers.get("content-encoding", "identity").lower()
    if coding != "identity":  # Accept-Encoding only when the coding was the problem
        raise HTTPException(
            UNSUPPORTED, "Unsupported content coding", {"Accept-Encoding": "identity"}
        )
    header = Message()
    header["content-type"] = request.headers.get("content-type", "")
    kind, subtype = header.get_content_maintype(), header.get_content_subtype()
    if kind != "application" or not (subtype == "json" or subtype.endswith("+json")):
        raise HTTPException(UNSUPPORTED, "Send application/json", {"Accept": "application/json"})


@app.post("/notes", status_code=status.HTTP_201_CREATED)
async def create_note(note: Note) -> Note:  # FastAPI's default behaviour
    return note


@app.post("/v2/notes", status_code=status.HTTP_201_CREATED, dependencies=[Depends(require_json)])
async def create_note_v2(note: Note) -> Note:
    return note


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        body = b'{"text": "hello"}'
        for url, headers in [
            ("/notes", {"Content-Type": "text/plain"}),
            ("/v2/notes", {"Content-Type": "text/plain"}),
            ("/v2/notes", {"Content-Type": "application/json", "Content-Encoding": "gzip"}),
            ("/v2/notes", {"Content-Type": "application/json; charset=utf-8"}),
        ]:
            r = await client.post(url, content=body, headers=headers)
            extra = {k: r.headers[k] for k in ("accept", "accept-encoding") if k in r.headers}
            print(f"POST {url} {headers} -> {r.status_code} {extra}")
            print("   ", r.json())
        assert r.status_code == status.HTTP_201_CREATED


if __name__ == "__main__":
    asyncio.run(main())
