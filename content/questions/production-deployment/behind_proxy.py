# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""What a FastAPI app sees behind a prefix-stripping TLS proxy, before and after setup.

The proxy serves https://api.example.com/api/... and forwards to the app over plain
HTTP. httpx.ASGITransport stands in for Uvicorn: it builds the ASGI scope (scheme,
client address, root_path, path) that Uvicorn would build in each configuration.
"""

import asyncio
import json

import httpx
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/items/{item_id}", name="read_item")
async def read_item(item_id: int, request: Request) -> dict[str, object]:
    return {
        "self": str(request.url_for("read_item", item_id=item_id)),
        "client": request.client.host if request.client else None,
    }


FORWARDED = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"}


async def call(
    label: str, transport: httpx.ASGITransport, base: str, path: str
) -> dict[str, object]:
    async with httpx.AsyncClient(transport=transport, base_url=base) as client:
        items = await client.get(path, headers=FORWARDED)
        spec = await client.get(path.replace("items/1", "openapi.json"))
    body = items.json()
    print(f"{label}: GET {path} -> {items.status_code} {json.dumps(body)}")
    print(f"{label}: openapi.json servers = {json.dumps(spec.json().get('servers'))}")
    return body


async def main() -> None:
    # Plain `fastapi run`: proxy at 10.0.0.2 is not trusted, no root path is set.
    naive = httpx.ASGITransport(app=app, client=("10.0.0.2", 51000))
    body = await call("naive", naive, "http://api.example.com", "/items/1")
    assert body["self"] == "http://api.example.com/items/1"  # wrong scheme, no /api
    assert body["client"] == "10.0.0.2"  # the proxy, not the user

    # `fastapi run --forwarded-allow-ips 10.0.0.2 --root-path /api`: Uvicorn trusts
    # the proxy's X-Forwarded-* headers and prefixes the path with the root path.
    fixed = httpx.ASGITransport(app=app, root_path="/api", client=("203.0.113.9", 0))
    body = await call("fixed", fixed, "https://api.example.com", "/api/items/1")
    assert body["self"] == "https://api.example.com/api/items/1"
    assert body["client"] == "203.0.113.9"


if __name__ == "__main__":
    asyncio.run(main())
