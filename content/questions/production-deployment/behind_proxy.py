# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx", "uvicorn"]
# ///
"""What a FastAPI app sees behind a prefix-stripping TLS proxy, before and after setup.

The proxy at 10.0.0.2 serves https://api.example.com/api/... and forwards to the app over
plain HTTP, without the /api prefix. uvicorn.Config(...).load() wraps the app exactly as
`uvicorn` or `fastapi run` would; httpx.ASGITransport plays Uvicorn's HTTP layer.
"""

import asyncio
import json

import httpx
import uvicorn
from fastapi import FastAPI, Request

PROXY = "10.0.0.2"
app = FastAPI()


@app.get("/items/{item_id}", name="read_item")
async def read_item(item_id: int, request: Request) -> dict[str, object]:
    return {
        "self": str(request.url_for("read_item", item_id=item_id)),
        "client": request.client.host if request.client else None,
    }


async def call(label: str, root_path: str, **server_options: str) -> dict[str, object]:
    config = uvicorn.Config(app, root_path=root_path, **server_options)
    config.load()  # adds ProxyHeadersMiddleware: proxy headers are on by default
    # Uvicorn puts root_path into the scope and back in front of the forwarded path.
    transport = httpx.ASGITransport(config.loaded_app, root_path=root_path, client=(PROXY, 51000))
    headers = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"}
    async with httpx.AsyncClient(transport=transport, base_url="http://api.example.com") as c:
        items = await c.get(f"{root_path}/items/1", headers=headers)
        spec = await c.get(f"{root_path}/openapi.json")
    body = items.json()
    print(f"{label}: GET /items/1 from {PROXY} -> {items.status_code} {json.dumps(body)}")
    print(f"{label}: openapi.json servers = {json.dumps(spec.json().get('servers'))}")
    return body


async def main() -> None:
    # Plain `fastapi run`: only 127.0.0.1 and ::1 may set X-Forwarded-*, and no root path.
    body = await call("naive", root_path="")
    assert body == {"self": "http://api.example.com/items/1", "client": PROXY}

    # `fastapi run --forwarded-allow-ips 10.0.0.2 --root-path /api`
    body = await call("fixed", root_path="/api", forwarded_allow_ips=PROXY)
    assert body == {"self": "https://api.example.com/api/items/1", "client": "203.0.113.9"}


if __name__ == "__main__":
    asyncio.run(main())
