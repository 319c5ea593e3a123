"""Claims made on content/questions/fastapi-middleware/; each fails if a release changes them."""

import asyncio
import contextvars
from collections.abc import AsyncIterator
from importlib.metadata import version
from typing import Annotated, Any

import httpx
import pytest
from asgi import acall, call
from fastapi import Depends, FastAPI, HTTPException, Request, Response, status
from fastapi.responses import StreamingResponse
from fastapi.security import APIKeyHeader, HTTPBearer, OAuth2PasswordBearer
from otel_memory import MemoryMeterProvider
from starlette.datastructures import MutableHeaders
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.errors import ServerErrorMiddleware
from starlette.middleware.exceptions import ExceptionMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PAGE = "fastapi-middleware"
request_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_var", default="unset")


class Stamp:
    """Pure ASGI middleware: records its name on the way in and stamps a response header."""

    def __init__(self, app: ASGIApp, name: str = "stamp", log: list[str] | None = None) -> None:
        self.app, self.name, self.log = app, name, log if log is not None else []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.log.append(self.name)

        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)[f"x-{self.name}"] = "1"
            await send(message)

        await self.app(scope, receive, stamped)


async def unraised(app: ASGIApp, url: str) -> httpx.Response:
    return await acall(app, "GET", url, raise_app_exceptions=False)


def stack_classes(app: FastAPI) -> list[str]:
    layer: Any = app.build_middleware_stack()
    names = []
    while hasattr(layer, "app") and layer is not app.router:
        names.append(type(layer).__name__)
        layer = layer.app
    return names


def test_stack_order_around_user_middleware() -> None:
    """ServerErrorMiddleware is outermost, the app-level body limit sits outside user
    middleware, ExceptionMiddleware inside it."""
    app = FastAPI(max_body_size=1000)
    app.add_middleware(Stamp)
    names = stack_classes(app)
    assert names[0] == ServerErrorMiddleware.__name__
    assert names.index("AppBodyLimitMiddleware") < names.index("Stamp")
    assert names.index("Stamp") < names.index(ExceptionMiddleware.__name__)
    assert names[-1] == "AsyncExitStackMiddleware"  # the exit-stack layer, just above the router


def test_last_added_is_outermost_and_a_list_starts_outside() -> None:
    """`add_middleware` puts the last one added outermost; in `FastAPI(middleware=[...])` the
    first entry is outermost."""
    log: list[str] = []
    added = FastAPI()
    added.add_middleware(Stamp, "first", log)
    added.add_middleware(Stamp, "second", log)
    call(added, "GET", "/nope")
    assert log == ["second", "first"]

    log.clear()
    listed = FastAPI(middleware=[Middleware(Stamp, "first", log), Middleware(Stamp, "second", log)])
    call(listed, "GET", "/nope")
    assert log == ["first", "second"]


def test_adding_middleware_after_start_raises() -> None:
    """The stack is built on the first request; `add_middleware` afterwards is a RuntimeError."""
    app = FastAPI()
    call(app, "GET", "/nope")
    with pytest.raises(RuntimeError, match="after an application has started"):
        app.add_middleware(Stamp)


def test_decorator_uses_base_http_middleware_for_http_only() -> None:
    """`@app.middleware("http")` wraps the function in BaseHTTPMiddleware, which passes other
    scope types (such as lifespan) straight through."""
    app, seen = FastAPI(), []

    @app.middleware("http")
    async def record(request: Request, call_next: Any) -> Response:
        seen.append(request.scope["type"])
        return await call_next(request)

    async def lifespan_round_trip() -> None:
        inbox: asyncio.Queue[dict[str, str]] = asyncio.Queue()
        outbox: asyncio.Queue[dict[str, str]] = asyncio.Queue()
        task = asyncio.create_task(app({"type": "lifespan", "state": {}}, inbox.get, outbox.put))
        for event in ("lifespan.startup", "lifespan.shutdown"):
            await inbox.put({"type": event})
            await outbox.get()
        await task

    asyncio.run(lifespan_round_trip())
    call(app, "GET", "/nope")
    assert app.user_middleware[0].cls is BaseHTTPMiddleware and seen == ["http"]


def test_built_in_middleware_is_pure_asgi() -> None:
    """CORSMiddleware, GZipMiddleware and TrustedHostMiddleware are not BaseHTTPMiddleware."""
    for cls in (CORSMiddleware, GZipMiddleware, TrustedHostMiddleware):
        assert not issubclass(cls, BaseHTTPMiddleware)


def test_middleware_runs_for_404_405_and_422() -> None:
    """Middleware runs before routing, so unknown paths, wrong methods and invalid input pass
    through it too."""
    app = FastAPI()
    app.add_middleware(Stamp)

    @app.get("/items/{item_id}")
    async def read(item_id: int) -> int:
        return item_id

    for method, url, code in [
        ("GET", "/nope", 404),
        ("POST", "/items/1", 405),
        ("GET", "/items/x", 422),
    ]:
        response = call(app, method, url)
        assert response.status_code == code and response.headers["x-stamp"] == "1"


def test_base_http_middleware_replays_a_body_dispatch_has_read() -> None:
    """If `dispatch` reads the request body, BaseHTTPMiddleware keeps it in memory and replays
    it, so the handler still receives the whole body."""
    app, seen = FastAPI(), {}

    @app.middleware("http")
    async def peek(request: Request, call_next: Any) -> Response:
        seen["middleware"] = await request.body()
        return await call_next(request)

    @app.post("/upload")
    async def upload(request: Request) -> int:
        seen["handler"] = await request.body()
        return len(seen["handler"])

    payload = b"x" * 100_000
    assert call(app, "POST", "/upload", content=payload).json() == len(payload)
    assert seen == {"middleware": payload, "handler": payload}


def test_built_in_telemetry_times_requests_per_route_once_configured() -> None:
    """Since FastAPI 0.142, with a meter provider configured, FastAPI records
    http.server.request.duration labelled with the route template."""
    assert tuple(int(p) for p in version("fastapi").split(".")[:2]) >= (0, 142)
    meter = MemoryMeterProvider()
    app = FastAPI(telemetry={"meter_provider": meter})

    @app.get("/items/{item_id}")
    async def read(item_id: int) -> int:
        return item_id

    call(app, "GET", "/items/1")
    points = meter.instruments["http.server.request.duration"].points
    assert [attrs["http.route"] for _, attrs in points] == ["/items/{item_id}"]


def test_call_next_returns_once_headers_are_sent() -> None:
    """`call_next` returns when the status and headers arrive; the body streams afterwards."""
    app, events = FastAPI(), []

    @app.middleware("http")
    async def timing(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        events.append("call_next returned")
        return response

    @app.get("/stream")
    async def stream() -> StreamingResponse:
        async def chunks() -> AsyncIterator[bytes]:
            for index in range(3):
                events.append(f"chunk {index}")
                yield b"x"

        return StreamingResponse(chunks())

    call(app, "GET", "/stream")
    assert events.index("call_next returned") < events.index("chunk 2")


def test_context_variables_do_not_flow_back_through_base_http_middleware() -> None:
    """A ContextVar set in a handler is visible to a pure ASGI middleware, but not to
    `@app.middleware("http")`, nor to pure ASGI middleware outside it."""
    seen: dict[str, str] = {}

    class Reader:
        def __init__(self, app: ASGIApp) -> None:
            self.app = app

        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            await self.app(scope, receive, send)
            if scope["type"] == "http":
                seen["pure"] = request_var.get()

    def build(with_decorator: bool) -> FastAPI:
        app = FastAPI()
        if with_decorator:

            @app.middleware("http")
            async def read_back(request: Request, call_next: Any) -> Response:
                response = await call_next(request)
                seen["decorator"] = request_var.get()
                return response

        app.add_middleware(Reader)

        @app.get("/")
        async def handler() -> None:
            request_var.set("set in handler")

        return app

    call(build(with_decorator=False), "GET", "/")
    assert seen == {"pure": "set in handler"}
    call(build(with_decorator=True), "GET", "/")
    assert seen == {"pure": "unset", "decorator": "unset"}


def test_exceptions_and_middleware() -> None:
    """An HTTPException from a handler reaches middleware as a normal response; one raised in
    middleware becomes a 500; an unexpected crash gives a 500 without the middleware's header."""
    app = FastAPI()

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Response:
        if request.url.path == "/blocked":
            raise HTTPException(status.HTTP_403_FORBIDDEN)
        response = await call_next(request)
        response.headers["x-seen"] = "1"
        return response

    @app.get("/missing")
    async def missing() -> None:
        raise HTTPException(status.HTTP_404_NOT_FOUND)

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("database is down")

    not_found = asyncio.run(unraised(app, "/missing"))
    assert not_found.status_code == 404 and not_found.headers["x-seen"] == "1"
    assert asyncio.run(unraised(app, "/blocked")).status_code == 500
    crash = asyncio.run(unraised(app, "/boom"))
    assert crash.status_code == 500 and "x-seen" not in crash.headers


def test_a_dependency_can_set_headers_cookies_and_status() -> None:
    """Through a `Response` parameter a dependency sets headers, cookies and the status code."""

    async def mark(response: Response) -> None:
        response.headers["x-dep"] = "1"
        response.set_cookie("seen", "yes")
        response.status_code = status.HTTP_202_ACCEPTED

    app = FastAPI()

    @app.get("/", dependencies=[Depends(mark)])
    async def handler() -> int:
        return 1

    response = call(app, "GET", "/")
    assert response.status_code == 202 and response.headers["x-dep"] == "1"
    assert response.cookies["seen"] == "yes"


def test_security_classes_answer_401_and_appear_in_openapi() -> None:
    """OAuth2PasswordBearer, HTTPBearer and APIKeyHeader answer a missing credential with 401
    and `WWW-Authenticate`, and are listed as OpenAPI security schemes."""
    app = FastAPI()
    schemes = {
        "/oauth": (OAuth2PasswordBearer(tokenUrl="token"), "Bearer"),
        "/bearer": (HTTPBearer(), "Bearer"),
        "/key": (APIKeyHeader(name="X-API-Key"), "APIKey"),
    }
    for path, (scheme, _) in schemes.items():

        async def handler(credential: Annotated[Any, Depends(scheme)]) -> str:
            return "ok"

        app.add_api_route(path, handler)

    for path, (_, challenge) in schemes.items():
        response = call(app, "GET", path)
        assert response.status_code == 401 and response.headers["www-authenticate"] == challenge
    assert len(app.openapi()["components"]["securitySchemes"]) == 3
