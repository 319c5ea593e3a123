"""Claims made on content/questions/fastapi-performance/; each fails if a release changes it."""

import asyncio
import contextlib
import time
import warnings
from importlib.metadata import metadata, requires

import anyio
import fastapi.routing
import pytest
from asgi import acall, call
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import FastAPIDeprecationWarning
from fastapi.responses import ORJSONResponse, UJSONResponse
from opentelemetry import trace
from opentelemetry.trace import NoOpTracer
from pydantic import BaseModel
from starlette.applications import Starlette
from starlette.middleware.base import BaseHTTPMiddleware

PAGE = "fastapi-performance"


def test_fastapi_needs_python_3_11_or_newer() -> None:
    """Current FastAPI releases require Python 3.11 or newer (not 3.7+ as old articles say)."""
    assert metadata("fastapi")["Requires-Python"] == ">=3.11"


def test_fastapi_is_a_starlette_application_and_generates_no_routes_of_its_own() -> None:
    """FastAPI subclasses Starlette; a new app has only the docs routes, nothing generated."""
    assert issubclass(FastAPI, Starlette)
    paths = {route.path for route in FastAPI().routes}
    assert paths == {"/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}


def test_the_standard_extra_brings_uvicorn_standard() -> None:
    """`pip install "fastapi[standard]"` installs uvicorn[standard] (uvloop, httptools)."""
    standard = [r for r in requires("fastapi") or [] if 'extra == "standard"' in r]
    assert any(r.startswith("uvicorn[standard]") for r in standard)


def test_a_declared_return_type_skips_jsonable_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a return type, Pydantic serializes the response; without one, FastAPI first runs
    jsonable_encoder over the data in Python."""
    calls: list[int] = []
    original = fastapi.routing.jsonable_encoder

    def counting(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(fastapi.routing, "jsonable_encoder", counting)

    class Item(BaseModel):
        id: int

    app = FastAPI()

    @app.get("/typed")
    async def typed() -> list[Item]:
        return [Item(id=1)]

    @app.get("/untyped")
    async def untyped():
        return [{"id": 1}]

    assert call(app, "GET", "/typed").json() == [{"id": 1}] and calls == []
    assert call(app, "GET", "/untyped").json() == [{"id": 1}] and calls


def test_orjson_and_ujson_responses_are_deprecated() -> None:
    """ORJSONResponse and UJSONResponse emit FastAPIDeprecationWarning, a UserWarning."""
    assert issubclass(FastAPIDeprecationWarning, UserWarning)
    for response_class in (ORJSONResponse, UJSONResponse):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with contextlib.suppress(AssertionError):  # orjson/ujson absent: warned first
                response_class({"a": 1})
        assert any(issubclass(w.category, FastAPIDeprecationWarning) for w in caught)


def test_the_http_middleware_decorator_uses_base_http_middleware() -> None:
    """@app.middleware("http") installs Starlette's BaseHTTPMiddleware."""
    app = FastAPI()

    @app.middleware("http")
    async def noop(request: Request, call_next):
        return await call_next(request)

    assert app.user_middleware[0].cls is BaseHTTPMiddleware


def test_built_in_telemetry_names_spans_for_dependencies_endpoint_and_serialization() -> None:
    """FastAPI's built-in OpenTelemetry support records fastapi.dependencies, fastapi.endpoint and
    fastapi.serialization spans inside each request span."""
    names: list[str] = []

    class RecordingTracer(NoOpTracer):
        def start_span(self, name, *args, **kwargs):
            names.append(name)
            return super().start_span(name, *args, **kwargs)

    class Provider(trace.TracerProvider):
        def get_tracer(self, *args, **kwargs):
            return RecordingTracer()

    def dependency() -> int:
        return 1

    app = FastAPI(telemetry={"tracer_provider": Provider(), "metrics": False, "logs": False})

    @app.get("/")
    async def route(value: int = fastapi.Depends(dependency)) -> int:
        return value

    assert call(app, "GET", "/").json() == 1
    assert {"fastapi.dependencies", "fastapi.endpoint", "fastapi.serialization"} <= set(names)


def test_the_openapi_schema_is_built_on_first_use_and_cached() -> None:
    """The OpenAPI document is generated on the first call, then reused."""
    app = FastAPI()
    assert app.openapi_schema is None
    first = app.openapi()
    assert app.openapi() is first is app.openapi_schema


def test_the_default_thread_pool_has_40_slots() -> None:
    """Plain def endpoints share AnyIO's default thread limiter: 40 threads per event loop."""

    async def tokens() -> float:
        return anyio.to_thread.current_default_thread_limiter().total_tokens

    assert asyncio.run(tokens()) == 40


def test_max_concurrency_caps_a_sync_dependency_and_waiters_hold_no_thread() -> None:
    """Depends(..., max_concurrency=n) (FastAPI 0.163+) lets n calls of a slow def dependency run at
    once; the other requests wait without taking one of the thread pool's slots."""
    running = {"now": 0, "peak": 0}
    threads_busy: list[int] = []

    def slow_upstream() -> str:  # a plain def dependency: runs in the thread pool
        running["now"] += 1
        running["peak"] = max(running["peak"], running["now"])
        time.sleep(0.05)
        running["now"] -= 1
        return "ok"

    app = FastAPI()

    @app.get("/")
    async def route(value: str = Depends(slow_upstream, max_concurrency=2)) -> str:
        return value

    async def main() -> None:
        limiter = anyio.to_thread.current_default_thread_limiter()

        async def watch() -> None:
            for _ in range(8):
                await asyncio.sleep(0.01)
                threads_busy.append(limiter.borrowed_tokens)

        responses, _ = await asyncio.gather(
            asyncio.gather(*(acall(app, "GET", "/") for _ in range(6))), watch()
        )
        assert [r.json() for r in responses] == ["ok"] * 6

    asyncio.run(main())
    assert running["peak"] == 2
    assert 1 <= max(threads_busy) <= 2  # def dependencies use the pool; waiters do not
