"""Claims made on content/questions/middleware-concept/; each fails if a release changes them."""

import asyncio
from typing import Any

import httpx
import pytest
from asgi import acall, call
from fastapi import FastAPI, Request, Response
from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from versions import release

PAGE = "middleware-concept"


class Tag:
    """Pure ASGI middleware that records when it sees the request and the response."""

    def __init__(self, app: ASGIApp, name: str, log: list[str]) -> None:
        self.app, self.name, self.log = app, name, log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.log.append(f"{self.name} in")

        async def tagged_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)[f"x-{self.name}"] = "1"
                self.log.append(f"{self.name} out")
            await send(message)

        await self.app(scope, receive, tagged_send)


def hello(request: Request) -> PlainTextResponse:
    return PlainTextResponse("hi")


def test_only_fastapi_keeps_the_middleware_decorator() -> None:
    """Starlette 1.0 removed `@app.middleware`, `@app.route`, `@app.exception_handler` and
    `on_event`; FastAPI keeps its own `@app.middleware("http")` and `@app.exception_handler`."""
    assert release("starlette") >= (1, 0)
    for removed in ("middleware", "route", "exception_handler", "on_event"):
        assert not hasattr(Starlette, removed)
    assert callable(FastAPI.middleware) and callable(FastAPI.exception_handler)


def test_function_middleware_is_wrapped_in_base_http_middleware() -> None:
    """FastAPI's `@app.middleware("http")` registers the function with BaseHTTPMiddleware."""
    app = FastAPI()

    @app.middleware("http")
    async def noop(request: Request, call_next: Any) -> Response:
        return await call_next(request)

    assert app.user_middleware[0].cls is BaseHTTPMiddleware


def test_list_order_and_add_middleware_order() -> None:
    """In a `middleware=[...]` list the first entry is outermost; with `add_middleware` the one
    added last is outermost."""
    log: list[str] = []
    listed = Starlette(
        routes=[Route("/", hello)],
        middleware=[Middleware(Tag, "a", log), Middleware(Tag, "b", log)],
    )
    call(listed, "GET", "/")
    assert log == ["a in", "b in", "b out", "a out"]

    log.clear()
    added = Starlette(routes=[Route("/", hello)])
    added.add_middleware(Tag, "a", log)
    added.add_middleware(Tag, "b", log)
    call(added, "GET", "/")
    assert log == ["b in", "a in", "a out", "b out"]


def test_middleware_sees_404s_and_validation_failures() -> None:
    """Middleware wraps routing, so it runs for unknown paths and for requests that fail
    validation as well."""
    log: list[str] = []
    app = FastAPI()
    app.add_middleware(Tag, "mw", log)

    @app.get("/items/{item_id}")
    async def read(item_id: int) -> int:
        return item_id

    assert call(app, "GET", "/nope").headers["x-mw"] == "1"
    assert call(app, "GET", "/items/abc").headers["x-mw"] == "1"
    assert log.count("mw in") == 2


def test_an_uncaught_crash_gets_a_500_built_outside_the_middleware() -> None:
    """When a handler raises and the middleware does not catch it, the 500 is built by an outer
    layer and lacks the header the middleware adds."""
    app = FastAPI()
    app.add_middleware(Tag, "mw", [])

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("database is down")

    async def request() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get("/boom")

    response = asyncio.run(request())
    assert response.status_code == 500 and "x-mw" not in response.headers


def test_base_http_middleware_replays_a_body_it_read() -> None:
    """`await request.body()` in `dispatch` caches the body and hands it to the app again."""
    app, seen = FastAPI(), []

    @app.middleware("http")
    async def peek(request: Request, call_next: Any) -> Response:
        seen.append(await request.body())
        return await call_next(request)

    @app.post("/echo")
    async def echo(payload: dict[str, int]) -> dict[str, int]:
        return payload

    assert call(app, "POST", "/echo", json={"a": 1}).json() == {"a": 1}
    assert seen == [b'{"a":1}']


def test_pure_asgi_middleware_that_reads_the_body_must_replay_it() -> None:
    """A pure ASGI middleware that consumes `receive` without replaying it leaves the app
    waiting for a body that never comes."""

    class Greedy:
        def __init__(self, app: ASGIApp) -> None:
            self.app = app

        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            while scope["type"] == "http" and (await receive()).get("more_body"):
                pass
            await self.app(scope, receive, send)

    app = FastAPI()
    app.add_middleware(Greedy)

    @app.post("/echo")
    async def echo(payload: dict[str, int]) -> dict[str, int]:
        return payload

    with pytest.raises(TimeoutError):
        asyncio.run(asyncio.wait_for(acall(app, "POST", "/echo", json={"a": 1}), 0.5))


def test_body_limit_sits_outside_user_middleware() -> None:
    """Since FastAPI 0.164 `max_body_size` answers 413; the app-level limit wraps user
    middleware (it stops the body before `dispatch` reads it), a route-level one does not."""
    assert release("fastapi") >= (0, 164) and release("starlette") >= (1, 6)
    read: list[int] = []

    def build(app_limit: int | None) -> FastAPI:
        app = FastAPI(max_body_size=app_limit)

        @app.middleware("http")
        async def peek(request: Request, call_next: Any) -> Response:
            read.append(len(await request.body()))
            return await call_next(request)

        @app.post("/small", max_body_size=10)
        async def small(payload: dict[str, str]) -> int:
            return 1

        return app

    big = {"a": "x" * 1000}
    assert call(build(100), "POST", "/small", json=big).status_code == 413 and read == []
    assert call(build(None), "POST", "/small", json=big).status_code == 413
    assert read == [1008]  # buffered in full before the route's limit refused it
