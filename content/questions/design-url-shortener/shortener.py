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
from fastapi import Depends, FastAPI, HTTPException, Response, status
from fastapi.responses import RedirectResponse
from fastapi.security import APIKeyHeader
from pydantic import BaseModel, HttpUrl

db = sqlite3.connect(":memory:")
db.row_factory = sqlite3.Row
db.executescript("""
CREATE TABLE links (code TEXT PRIMARY KEY, owner TEXT NOT NULL, url TEXT NOT NULL,
                    clicks INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0);
CREATE UNIQUE INDEX one_live_link_per_owner_and_url ON links (owner, url) WHERE deleted = 0;
""")
API_KEYS = {"key-a": "alice", "key-b": "bob"}  # stands in for a real key store


class LinkIn(BaseModel):
    url: HttpUrl  # http(s) only, at most 2083 characters, scheme and host lowercased


def code_source() -> Iterator[str]:  # returns a generator; a generator *function* would be a
    base62 = string.ascii_letters + string.digits  # yield dependency and inject one code
    return ("".join(secrets.choice(base62) for _ in range(7)) for _ in itertools.count())


def owner(key: Annotated[str, Depends(APIKeyHeader(name="X-API-Key"))]) -> str:
    if key not in API_KEYS:  # no key at all is already a 401 from APIKeyHeader
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "unknown key", {"WWW-Authenticate": "APIKey"}
        )
    return API_KEYS[key]


Owner = Annotated[str, Depends(owner)]
app = FastAPI()


@app.post("/links", status_code=status.HTTP_201_CREATED)
async def create_link(
    body: LinkIn, who: Owner, codes: Annotated[Iterator[str], Depends(code_source)], r: Response
) -> dict[str, str | int]:
    url, mine = str(body.url), "SELECT code FROM links WHERE owner = ? AND url = ? AND deleted = 0"
    for code in itertools.islice(codes, 5):  # the unique constraints decide: no check-then-insert
        with db:
            insert = "INSERT INTO links (code, owner, url) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
            created = db.execute(insert, (code, who, url)).rowcount == 1
        if found := db.execute(mine, (who, url)).fetchone():  # new, or this owner's existing link
            if created:
                r.headers["Location"] = f"/links/{found['code']}"
            else:
                r.status_code = status.HTTP_200_OK
            return own_link(found["code"], who)
    raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "no free code found; retry")


def own_link(code: str, who: str) -> dict[str, str | int]:
    sql = "SELECT code, url, clicks FROM links WHERE code = ? AND owner = ? AND deleted = 0"
    if row := db.execute(sql, (code, who)).fetchone():
        return dict(row)
    raise HTTPException(status.HTTP_404_NOT_FOUND, "no such link")  # someone else's: 404, not 403


@app.get("/links/{code}")
async def link_stats(code: str, who: Owner) -> dict[str, str | int]:
    return own_link(code, who)


@app.delete("/links/{code}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_link(code: str, who: Owner) -> None:
    own_link(code, who)
    with db:  # a tombstone: the code is never handed out again
        db.execute("UPDATE links SET deleted = 1 WHERE code = ?", (code,))


@app.get("/{code}")
async def follow(code: str) -> RedirectResponse:
    row = db.execute("SELECT url, deleted FROM links WHERE code = ?", (code,)).fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such link")
    if row["deleted"]:
        raise HTTPException(status.HTTP_410_GONE, "this link was deleted")
    with db:  # at scale: emit a click event and count asynchronously
        db.execute("UPDATE links SET clicks = clicks + 1 WHERE code = ?", (code,))
    return RedirectResponse(row["url"], status.HTTP_302_FOUND, {"Cache-Control": "no-store"})


ALICE, BOB, DOCS = {"X-API-Key": "key-a"}, {"X-API-Key": "key-b"}, "https://example.com/docs"


async def test_create_is_idempotent_per_owner_and_skips_taken_codes(c: httpx.AsyncClient):
    first = await c.post("/links", json={"url": DOCS}, headers=ALICE)
    again = await c.post("/links", json={"url": "HTTPS://EXAMPLE.com/docs"}, headers=ALICE)
    bobs = await c.post("/links", json={"url": DOCS}, headers=BOB)  # aaaaaaa taken: bbbbbbb
    assert [first.status_code, again.status_code, bobs.status_code] == [201, 200, 201]
    assert first.json() == again.json() and bobs.json()["code"] == "bbbbbbb"
    other = await c.post("/links", json={"url": "https://example.com/b"}, headers=BOB)
    assert other.json()["code"] == "ccccccc"  # and then the fake source has no code left:
    assert (await c.post("/links", json={"url": DOCS + "/x"}, headers=BOB)).status_code == 503


async def test_redirect_counts_owner_sees_deleted_is_410(c: httpx.AsyncClient):
    assert (await c.get("/aaaaaaa")).headers["location"] == DOCS
    assert (await c.get("/links/aaaaaaa", headers=ALICE)).json()["clicks"] == 1
    assert (await c.get("/links/aaaaaaa", headers=BOB)).status_code == 404  # not 403
    assert (await c.delete("/links/aaaaaaa", headers=ALICE)).status_code == 204
    assert (await c.get("/aaaaaaa")).status_code == 410


async def test_unsafe_urls_and_unknown_callers_are_refused(c: httpx.AsyncClient):
    unsafe = await c.post("/links", json={"url": "javascript:alert(1)"}, headers=ALICE)
    assert unsafe.status_code == 422
    missing = await c.post("/links", json={"url": DOCS})
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "APIKey"


async def show(r: httpx.Response) -> None:  # prints every exchange the tests make
    sent, moved = r.request.headers.get("x-api-key", "no key"), r.headers.get("location", "")
    print(f"  {r.request.method} {r.request.url.path} ({sent}) -> {r.status_code} {moved}".rstrip())


async def main() -> None:
    app.dependency_overrides[code_source] = lambda: iter(["aaaaaaa", "bbbbbbb", "ccccccc"])
    transport, hooks = httpx.ASGITransport(app=app), {"response": [show]}
    async with httpx.AsyncClient(
        transport=transport, base_url="http://sho.rt", event_hooks=hooks
    ) as c:
        for test in (
            test_create_is_idempotent_per_owner_and_skips_taken_codes,
            test_redirect_counts_owner_sees_deleted_is_410,
            test_unsafe_urls_and_unknown_callers_are_refused,
        ):
            await test(c)
            print("PASS", test.__name__)


if __name__ == "__main__":
    asyncio.run(main())
