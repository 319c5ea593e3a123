# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx", "starlette"]
# ///
"""Two middleware (pure ASGI and @app.middleware), their order, and where a dependency differs."""

import asyncio
import itertools
from collections.abc import Awaitable, Callable
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException, Request, Response, status
from fastapi.security import APIKeyHeader
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log: list[str] = []
clock = itertools.count(start=1000, step=7)  # fake milliseconds: each reading is 7 ms later


class RequestIdMiddleware:  # pure ASGI: wraps `send` to stamp a header on every response
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.ids = itertools.count(1)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = f"req-{next(self.ids)}"
        log.append("request_id in")

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)["X-Request-ID"] = request_id
                log.append("request_id out")
            await send(message)

        await self.app(scope, receive, send_with_id)


async def require_key(key: Annotated[str, Depends(APIKeyHeader(name="X-API-Key"))]) -> None:
    log.append("dependency")  # per-route auth: runs only once a route has matched
    if key != "s3cret":
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Bad API key")


app = FastAPI()
app.add_middleware(RequestIdMiddleware)  # added first: inner


@app.middleware("http")  # added last: outermost
async def timing(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    log.append("timing in")
    started = next(clock)
    response = await call_next(request)
    response.headers["X-Process-Time-Ms"] = str(next(clock) - started)
    log.append("timing out")
    return response


@app.get("/items/{item_id}", dependencies=[Depends(require_key)])
async def read_item(item_id: int) -> dict[str, int]:
    log.append("handler")
    return {"id": item_id}


CASES = [("/items/1", "s3cret", 200), ("/items/1", "guess", 401), ("/nope", "s3cret", 404)]


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for path, key, expected in CASES:
            log.clear()
            response = await client.get(path, headers={"X-API-Key": key})
            headers = {k: response.headers[k] for k in ("x-request-id", "x-process-time-ms")}
            print(f"GET {path} -> {response.status_code} {response.text} {headers}")
            print("  " + " > ".join(log))
            assert response.status_code == expected
            assert log[0] == "timing in" and log[-1] == "timing out"  # last added is outermost
            assert ("dependency" in log) == (expected != 404)  # no route, no dependency
    print("OpenAPI security schemes:", list(app.openapi()["components"]["securitySchemes"]))


if __name__ == "__main__":
    asyncio.run(main())
