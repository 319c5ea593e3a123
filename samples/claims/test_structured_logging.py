"""Claims made on content/questions/structured-logging/; each fails if a release changes them."""

import asyncio
from contextvars import ContextVar

import httpx
import pytest
from asgi import call
from fastapi import APIRouter, BackgroundTasks, FastAPI, HTTPException, Request

PAGE = "structured-logging"


def app_with_request_id(seen: dict[str, str]) -> tuple[FastAPI, ContextVar[str]]:
    request_id: ContextVar[str] = ContextVar("request_id", default="-")
    user: ContextVar[str] = ContextVar("user", default="-")
    app = FastAPI()

    @app.middleware("http")
    async def set_id(request: Request, call_next):
        token = request_id.set("r-1")
        try:
            response = await call_next(request)
            seen["middleware: user var"] = user.get()
            seen["middleware: request.state"] = getattr(request.state, "user", "-")
            return response
        finally:
            request_id.reset(token)

    def background() -> None:
        seen["background task"] = request_id.get()

    @app.get("/async")
    async def async_endpoint(request: Request, tasks: BackgroundTasks) -> dict[str, bool]:
        seen["async endpoint"] = request_id.get()
        user.set("alice")
        request.state.user = "alice"
        tasks.add_task(background)
        return {"ok": True}

    @app.get("/sync")
    def sync_endpoint() -> dict[str, bool]:
        seen["def endpoint (thread pool)"] = request_id.get()
        return {"ok": True}

    return app, request_id


def test_context_set_in_middleware_reaches_endpoints_threads_and_background_tasks() -> None:
    """A contextvar set in middleware before call_next is seen by async endpoints, by def
    endpoints running in the thread pool, and by background tasks."""
    seen: dict[str, str] = {}
    app, _ = app_with_request_id(seen)
    call(app, "GET", "/async")
    call(app, "GET", "/sync")
    assert seen["async endpoint"] == seen["background task"] == "r-1"
    assert seen["def endpoint (thread pool)"] == "r-1"


def test_values_flow_down_not_up_but_request_state_is_shared() -> None:
    """A contextvar set inside the endpoint is not visible to @app.middleware after call_next;
    request.state set in the endpoint is."""
    seen: dict[str, str] = {}
    app, _ = app_with_request_id(seen)
    call(app, "GET", "/async")
    assert seen["middleware: user var"] == "-"
    assert seen["middleware: request.state"] == "alice"


def test_in_process_transport_runs_the_app_in_the_callers_task() -> None:
    """httpx.ASGITransport runs the app in the caller's own task, so a middleware that sets a
    contextvar without resetting it leaks the value into the test."""
    request_id: ContextVar[str] = ContextVar("leaky", default="-")
    app = FastAPI()

    @app.middleware("http")
    async def set_without_reset(request: Request, call_next):
        request_id.set("r-1")
        return await call_next(request)

    @app.get("/")
    async def root() -> dict[str, bool]:
        return {"ok": True}

    async def scenario() -> str:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            await client.get("/")
        return request_id.get()

    assert asyncio.run(scenario()) == "r-1"


def test_route_template_in_scope_and_the_router_prefix_trap() -> None:
    """request.scope['route'].path is the template (/orders/{order_id}); no route is set for an
    unmatched URL; for a route from an included router it lacks the include prefix."""
    seen: list[object] = []
    app = FastAPI()
    router = APIRouter()

    @app.middleware("http")
    async def record(request: Request, call_next):
        response = await call_next(request)
        route = request.scope.get("route")
        seen.append(route.path if route else None)
        return response

    @app.get("/orders/{order_id}")
    async def order(order_id: int) -> dict[str, int]:
        return {"id": order_id}

    @router.get("/users/{user_id}")
    async def user(user_id: int) -> dict[str, int]:
        return {"id": user_id}

    app.include_router(router, prefix="/v1")
    call(app, "GET", "/orders/8812")
    call(app, "GET", "/wp-login.php")
    call(app, "GET", "/v1/users/5")
    assert seen == ["/orders/{order_id}", None, "/users/{user_id}"]


def test_crashes_escape_call_next_but_http_exceptions_do_not() -> None:
    """An unhandled exception propagates out of call_next (so the log line needs try/finally),
    while HTTPException comes back as an ordinary 404 response."""
    outcomes: list[str] = []
    app = FastAPI()

    @app.middleware("http")
    async def observe(request: Request, call_next):
        try:
            response = await call_next(request)
        except RuntimeError:
            outcomes.append("raised")
            raise
        outcomes.append(str(response.status_code))
        return response

    @app.get("/items/{item_id}")
    async def item(item_id: int) -> dict[str, int]:
        if item_id == 13:
            raise RuntimeError("boom")
        raise HTTPException(404)

    call(app, "GET", "/items/1")
    with pytest.raises(RuntimeError):
        call(app, "GET", "/items/13")
    assert outcomes == ["404", "raised"]


def test_trace_id_for_log_lines_comes_from_the_current_span() -> None:
    """With FastAPI's built-in telemetry active, the current span inside a handler carries the
    caller's W3C trace ID, which a log formatter can write as 32 hex digits."""
    from opentelemetry import trace
    from otel_memory import MemoryTracerProvider

    seen: list[str] = []
    app = FastAPI(telemetry={"tracer_provider": MemoryTracerProvider()})

    @app.get("/orders/{order_id}")
    async def order(order_id: int) -> dict[str, int]:
        seen.append(format(trace.get_current_span().get_span_context().trace_id, "032x"))
        return {"id": order_id}

    parent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
    call(app, "GET", "/orders/7", headers={"traceparent": parent})
    assert seen == ["4bf92f3577b34da6a3ce929d0e0e4736"]


def test_uvicorn_access_log_carries_the_query_string() -> None:
    """Uvicorn's access log line includes the query string, so a token in the URL is logged;
    access_log=False (--no-access-log) turns the line off."""
    import logging

    pytest.importorskip("uvicorn")
    from live_uvicorn import free_port, running

    app = FastAPI()

    @app.get("/charges")
    async def charges() -> dict[str, bool]:
        return {"ok": True}

    async def logged_lines(**config: object) -> list[str]:
        lines: list[str] = []
        handler = logging.Handler()
        handler.emit = lambda record: lines.append(record.getMessage())  # type: ignore[method-assign]
        access = logging.getLogger("uvicorn.access")
        saved = access.handlers[:], access.propagate, access.level
        access.handlers = [handler]
        access.setLevel(logging.INFO)  # setLevel, not .level =: it clears the enabled-for cache
        try:
            port = free_port()
            client = httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}")
            async with running(app, port, **config), client:
                await client.get("/charges", params={"api_key": "sk_live_51Hx"})
        finally:
            access.handlers, access.propagate = saved[:2]
            access.setLevel(saved[2])
        return lines

    assert any("/charges?api_key=sk_live_51Hx" in line for line in asyncio.run(logged_lines()))
    assert asyncio.run(logged_lines(access_log=False)) == []


def test_uvicorn_reset_contextvars_gives_each_request_a_fresh_context() -> None:
    """By default a request task copies the server's context; Uvicorn 0.55's opt-in
    --reset-contextvars (reset_contextvars=True) starts every request from an empty one."""
    pytest.importorskip("uvicorn")
    from live_uvicorn import free_port, running

    marker: ContextVar[str] = ContextVar("marker", default="-")
    app = FastAPI()

    @app.get("/marker")
    async def read_marker() -> dict[str, str]:
        return {"marker": marker.get()}

    async def fetch(**config: object) -> str:
        marker.set("set before the server started")
        port = free_port()
        client = httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}")
        async with running(app, port, **config), client:
            return (await client.get("/marker")).json()["marker"]

    assert asyncio.run(fetch()) == "set before the server started"
    assert asyncio.run(fetch(reset_contextvars=True)) == "-"


def test_uvicorn_reset_contextvars_is_off_by_default() -> None:
    """--reset-contextvars is opt-in: off by default on the command line and in Config."""
    uvicorn = pytest.importorskip("uvicorn")
    from uvicorn.main import main as cli

    assert uvicorn.Config(app=FastAPI(), log_config=None).reset_contextvars is False
    option = next(p for p in cli.params if p.name == "reset_contextvars")
    assert option.default is False and "--reset-contextvars" in option.opts
