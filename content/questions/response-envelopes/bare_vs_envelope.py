# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""One list, two shapes: a bare array with a Link header, and a {data, meta, links} envelope."""

import asyncio
from typing import Generic, TypeVar

import httpx
from fastapi import FastAPI, Response
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

T = TypeVar("T")
app = FastAPI()
# Browsers hide response headers outside a short safelist unless the server exposes them.
app.add_middleware(CORSMiddleware, allow_origins=["https://app.example"], expose_headers=["Link"])


class Item(BaseModel):
    id: int
    name: str


class Meta(BaseModel):
    next_cursor: int | None


class Envelope(BaseModel, Generic[T]):
    data: list[T]
    meta: Meta
    links: dict[str, str]


ITEMS = [Item(id=n, name=f"item {n}") for n in range(1, 6)]


def page(after: int, limit: int) -> tuple[list[Item], int | None]:
    rows = [item for item in ITEMS if item.id > after][:limit]
    more = bool(rows) and rows[-1].id < ITEMS[-1].id
    return rows, rows[-1].id if more else None


@app.get("/bare/items")
async def bare(response: Response, after: int = 0, limit: int = 2) -> list[Item]:
    rows, cursor = page(after, limit)
    if cursor is not None:  # RFC 8288: the target in <>, the relation in rel
        response.headers["Link"] = f'</bare/items?after={cursor}&limit={limit}>; rel="next"'
    return rows


@app.get("/wrapped/items")
async def wrapped(after: int = 0, limit: int = 2) -> Envelope[Item]:
    rows, cursor = page(after, limit)
    links = {} if cursor is None else {"next": f"/wrapped/items?after={cursor}&limit={limit}"}
    return Envelope[Item](data=rows, meta=Meta(next_cursor=cursor), links=links)


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    headers = {"Origin": "https://app.example"}
    async with httpx.AsyncClient(transport=transport, base_url="http://test", headers=headers) as c:
        url: str | None = "/bare/items"
        while url:  # the client follows rel="next" from the header
            r = await c.get(url)
            print(f"GET {url} -> {[i['id'] for i in r.json()]} Link: {r.headers.get('link')}")
            url = r.links.get("next", {}).get("url")
        print("exposed to browser scripts:", r.headers["access-control-expose-headers"])
        url = "/wrapped/items"
        while url:  # the client follows links.next from the body
            body = (await c.get(url)).json()
            ids = [i["id"] for i in body["data"]]
            print(f"GET {url} -> data {ids} meta {body['meta']} links {body['links']}")
            url = body["links"].get("next")
    assert body["meta"] == {"next_cursor": None}
    schemas = app.openapi()["components"]["schemas"]
    print("OpenAPI schemas:", ", ".join(name for name in schemas if "Validation" not in name))
    assert "Envelope_Item_" in schemas


if __name__ == "__main__":
    asyncio.run(main())
