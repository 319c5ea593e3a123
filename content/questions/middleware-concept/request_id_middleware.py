# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx", "starlette"]
# ///
"""A pure ASGI request-ID middleware: it wraps any ASGI app, even when the handler crashes."""

import asyncio
import itertools
import re

import httpx
from fastapi import FastAPI
from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SAFE_ID = re.compile(r"[A-Za-z0-9-]{1,64}")
access_log: list[str] = []


class RequestIdMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.counter = itertools.count(1)  # deterministic ids; use uuid4() in real code

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # websocket and lifespan pass straight through
            await self.app(scope, receive, send)
            return
        incoming = Headers(scope=scope).get("x-request-id", "")
        request_id = incoming if SAFE_ID.fullmatch(incoming) else f"req-{next(self.counter)}"
        status: list[int] = []

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
                MutableHeaders(scope=message)["X-Request-ID"] = request_id
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception as exc:  # last resort: log it, answer 500 ourselves
            if status:  # headers already sent: nothing left to fix
                raise
            access_log.append(f"{request_id} crashed: {exc!r}")
            body = {"detail": "Internal Server Error", "request_id": request_id}
            await JSONResponse(body, status_code=500)(scope, receive, send_with_id)
        access_log.append(f"{request_id} {scope['method']} {scope['path']} -> {status[0]}")


app = FastAPI()
app.add_middleware(RequestIdMiddleware)


@app.get("/items/{item_id}")
async def read_item(item_id: int) -> dict[str, int]:
    return {"id": item_id}


@app.get("/boom")
async def boom() -> None:
    raise RuntimeError("database is down")


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        cases = [
            ("/items/1", {}),
            ("/nope", {}),
            ("/boom", {}),
            ("/items/2", {"X-Request-ID": "abc-42"}),
        ]
        for path, headers in cases:
            response = await client.get(path, headers=headers)
            rid = response.headers.get("x-request-id")
            print(f"GET {path} -> {response.status_code} {response.text} x-request-id={rid}")
            assert rid is not None  # present on success, on a 404 and after a crash
    print("access log:", *access_log, sep="\n  ")
    assert access_log[-1].startswith("abc-42 ")  # a well-formed incoming id is reused


if __name__ == "__main__":
    asyncio.run(main())
