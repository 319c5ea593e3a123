# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""FastAPI answers a non-JSON body with 422 and a gzip body with 400; here both become 415."""

import asyncio
import gzip
from collections.abc import Awaitable, Callable
from email.message import Message

import httpx
from fastapi import Depends, FastAPI, HTTPException, Request, Response, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel

app = FastAPI()
UNSUPPORTED = status.HTTP_415_UNSUPPORTED_MEDIA_TYPE


class Note(BaseModel):
    text: str


@app.middleware("http")  # runs before FastAPI tries to parse a compressed body as JSON
async def refuse_encoded_bodies(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    encoded = request.headers.get("content-encoding", "identity").lower() != "identity"
    if encoded and request.url.path.startswith("/v2/"):  # /notes keeps FastAPI's default
        # Accept-Encoding goes only on a 415 caused by the content coding (RFC 9110)
        detail = {"detail": "Unsupported content coding"}
        return JSONResponse(detail, UNSUPPORTED, {"Accept-Encoding": "identity"})
    return await call_next(request)


def require_json(request: Request) -> None:
    """Runs before body validation: FastAPI leaves a non-JSON body unparsed until then."""
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
        zipped = gzip.compress(body)
        plain = {"Content-Type": "text/plain"}
        gzipped = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        for url, content, headers in [
            ("/notes", body, plain),
            ("/notes", zipped, gzipped),
            ("/v2/notes", body, plain),
            ("/v2/notes", zipped, gzipped),
            ("/v2/notes", body, {"Content-Type": "application/json; charset=utf-8"}),
        ]:
            r = await client.post(url, content=content, headers=headers)
            extra = {k: r.headers[k] for k in ("accept", "accept-encoding") if k in r.headers}
            print(f"POST {url} {headers} -> {r.status_code} {extra}")
            print("   ", r.json())
        assert r.status_code == status.HTTP_201_CREATED


if __name__ == "__main__":
    asyncio.run(main())
