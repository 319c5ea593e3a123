# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""A URL shortener's API and its tests: create (idempotent per owner), redirect, stats, delete."""

import asyncio
import itertools
import secrets
import sqlite3
import string
from collections.abc import Iterator
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, Header, HTTPException, Response, status
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, HttpUrl

db = sqlite3.connect(":memory:")
db.executescript("""
CREATE TABLE links (code TEXT PRIMARY KEY, owner TEXT NOT NULL, url TEXT NOT NULL,
                    clicks INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0);
CREATE UNIQUE INDEX one_live_link_per_owner_and_url ON links (owner, url) WHERE deleted = 0;
""")
API_KEYS = {"key-a": "alice", "key-b": "bob"}  # stands in for real API-key authentication


class LinkIn(BaseModel):
    url: HttpUrl  # http(s) only, at most 2083 characters, scheme and host lowercased


class LinkOut(BaseModel):
    code: str
    url: str
    clicks: int


def code_source() -> Iterator[str]:  # 7 base62 characters: 62**7 is about 3.5 trillion codes
    base62 = string.ascii_letters + string.digits
    return ("".join(secrets.choice(base62) for _ in range(7)) for _ in itertools.count())


def owner(x_api_key: Annotated[str | None, Header()] = None) -> str:
    if x_api_key not in API_KEYS:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown API key")
    return API_KEYS[x_api_key]


def live_link(code: str, owner: str | None = None) -> LinkOut:
    sql = "SELECT code, url, clicks, owner FROM links WHERE code = ? AND deleted = 0"
    row = db.execute(sql, (code,)).fetchone()
    if row is None or owner not in (None, row[3]):  # someone else's link looks missing: 404
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such link")
    return LinkOut(code=row[0], url=row[1], clicks=row[2])


Owner = Annotated[str, Depends(owner)]
app = FastAPI()


@app.post("/links", status_code=status.HTTP_201_CREATED)
async def create_link(
    body: LinkIn, who: Owner, codes: Annotated[Iterator[str], Depends(code_source)], r: Response
) -> LinkOut:
    url, find = str(body.url), "SELECT code FROM links WHERE owner = ? AND url = ? AND deleted = 0"
    for code in itertools.islice(codes, 5):  # the unique constraints decide, so no race
        with db:
            insert = "INSERT INTO links VALUES (?, ?, ?, 0, 0) ON CONFLICT DO NOTHING"
            created = db.execute(insert, (code, who, url)).rowcount == 1
        if found := db.execute(find, (who, url)).fetchone():  # new, or this owner's existing link
            r.status_code, r.headers["Location"] = 201 if created else 200, f"/links/{found[0]}"
            return live_link(found[0])
    raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "no free code found; retry")


@app.get("/links/{code}")
async def link_stats(code: str, who: Owner) -> LinkOut:
    return live_link(code, who)


@app.delete("/links/{code}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_link(code: str, who: Owner) -> None:
    live_link(code, who)
    with db:  # a tombstone: the code is never handed out again
        db.execute("UPDATE links SET deleted = 1 WHERE code = ?", (code,))


@app.get("/{code}")
async def follow(code: str) -> RedirectResponse:
    row = db.execute("SELECT url, deleted FROM links WHERE code = ?", (code,)).fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such link")
    if row[1]:
        raise HTTPException(status.HTTP_410_GONE, "this link was deleted")
    with db:  # at scale: emit a click event and count asynchronously
        db.execute("UPDATE links SET clicks = clicks + 1 WHERE code = ?", (code,))
    return RedirectResponse(row[0], status.HTTP_302_FOUND, {"Cache-Control": "no-store"})


ALICE, BOB, DOCS = {"X-API-Key": "key-a"}, {"X-API-Key": "key-b"}, "https://example.com/docs"


async def test_create_is_idempotent_per_owner(client: httpx.AsyncClient) -> None:
    first = await client.post("/links", json={"url": DOCS}, headers=ALICE)
    again = await client.post("/links", json={"url": "HTTPS://EXAMPLE.com/docs"}, headers=ALICE)
    bobs = await client.post("/links", json={"url": DOCS}, headers=BOB)
    assert (first.status_code, again.status_code, bobs.status_code) == (201, 200, 201)
    assert first.json() == again.json() and bobs.json()["code"] != first.json()["code"]


async def test_taken_codes_are_skipped_then_503(client: httpx.AsyncClient) -> None:
    r = await client.post("/links", json={"url": "https://example.com/a"}, headers=ALICE)
    assert r.json()["code"] == "ccccccc"  # aaaaaaa and bbbbbbb were taken
    r = await client.post("/links", json={"url": "https://example.com/b"}, headers=ALICE)
    assert r.status_code == 503  # the fake source has no free code left


async def test_redirect_is_302_and_counts_the_click(client: httpx.AsyncClient) -> None:
    r = await client.get("/aaaaaaa")
    assert r.status_code == 302 and r.headers["location"] == DOCS
    assert (await client.get("/links/aaaaaaa", headers=ALICE)).json()["clicks"] == 1


async def test_only_the_owner_sees_or_deletes_and_deleted_is_410(client: httpx.AsyncClient):
    assert (await client.get("/links/aaaaaaa", headers=BOB)).status_code == 404  # not 403
    assert (await client.delete("/links/aaaaaaa", headers=BOB)).status_code == 404
    assert (await client.delete("/links/aaaaaaa", headers=ALICE)).status_code == 204
    assert (await client.get("/aaaaaaa")).status_code == 410


async def test_unsafe_urls_and_unknown_callers_are_refused(client: httpx.AsyncClient) -> None:
    r = await client.post("/links", json={"url": "javascript:alert(1)"}, headers=ALICE)
    assert r.status_code == 422
    assert (await client.post("/links", json={"url": DOCS})).status_code == 401


async def show(response: httpx.Response) -> None:  # prints every exchange the tests make
    request, caller = response.request, response.request.headers.get("x-api-key", "no key")
    moved = f" Location: {response.headers['location']}" if "location" in response.headers else ""
    print(f"  {request.method} {request.url.path} ({caller}) -> {response.status_code}{moved}")


TESTS = [
    test_create_is_idempotent_per_owner,
    test_taken_codes_are_skipped_then_503,
    test_redirect_is_302_and_counts_the_click,
    test_only_the_owner_sees_or_deletes_and_deleted_is_410,
    test_unsafe_urls_and_unknown_callers_are_refused,
]


async def main() -> None:
    app.dependency_overrides[code_source] = lambda: iter(["aaaaaaa", "bbbbbbb", "ccccccc"])
    transport = httpx.ASGITransport(app=app)
    hooks = {"response": [show]}
    async with httpx.AsyncClient(
        transport=transport, base_url="http://sho.rt", event_hooks=hooks
    ) as c:
        for test in TESTS:
            await test(c)
            print("PASS", test.__name__)


if __name__ == "__main__":
    asyncio.run(main())
