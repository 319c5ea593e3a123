"""Claims made on content/questions/api-monitoring/; each fails if a release changes them."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version
from typing import Any

from asgi import call
from fastapi import APIRouter, BackgroundTasks, FastAPI, HTTPException, Request, status
from opentelemetry.trace import SpanKind, StatusCode
from otel_memory import MemoryMeterProvider, MemoryTracerProvider

PAGE = "api-monitoring"
CALLER = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"


def orders_app(**telemetry: Any) -> FastAPI:
    app = FastAPI(telemetry=telemetry)

    @app.get("/orders/{order_id}")
    async def read_order(order_id: int) -> dict[str, int]:
        if order_id == 13:
            raise RuntimeError("database connection lost")
        if order_id > 100:
            raise HTTPException(status.HTTP_404_NOT_FOUND)
        return {"id": order_id}

    return app


def test_telemetry_parameter_and_its_settings() -> None:
    """Since FastAPI 0.142, FastAPI(telemetry={...}) takes providers and on/off switches."""
    from fastapi.telemetry import TelemetryConfig

    major, minor = (int(part) for part in version("fastapi").split(".")[:2])
    assert (major, minor) >= (0, 142)
    assert set(TelemetryConfig.__annotations__) == {
        "tracer_provider", "meter_provider", "logger_provider", "tracing", "metrics", "logs",
        "operation_spans", "auto_configure", "exclude",
    }  # fmt: skip


def test_server_span_is_named_by_route_template_with_operation_spans_below() -> None:
    """One SERVER span 'GET /orders/{order_id}' with http.route; children fastapi.dependencies,
    fastapi.endpoint and fastapi.serialization."""
    tracer = MemoryTracerProvider()
    call(orders_app(tracer_provider=tracer), "GET", "/orders/7?sig=secret&page=2")
    server, *children = tracer.spans
    assert server.name == "GET /orders/{order_id}" and server.kind == SpanKind.SERVER
    assert server.attributes["http.route"] == "/orders/{order_id}"
    assert server.attributes["http.response.status_code"] == 200
    assert server.attributes["url.query"] == "sig=REDACTED&page=2"  # signed-URL parameters
    assert [s.name for s in children] == [
        "fastapi.dependencies", "fastapi.endpoint", "fastapi.serialization",
    ]  # fmt: skip
    assert all(s.parent.span_id == server.get_span_context().span_id for s in children)


def test_operation_spans_can_be_switched_off() -> None:
    """operation_spans=False records only the HTTP server span."""
    tracer = MemoryTracerProvider()
    call(orders_app(tracer_provider=tracer, operation_spans=False), "GET", "/orders/7")
    assert [s.name for s in tracer.spans] == ["GET /orders/{order_id}"]


def test_incoming_traceparent_is_continued_and_an_invalid_one_ignored() -> None:
    """A valid traceparent makes the server span its child (same trace id); an all-zero trace id
    is ignored, a new trace starts, and tracestate is not used either."""
    tracer = MemoryTracerProvider()
    app = orders_app(tracer_provider=tracer)
    call(app, "GET", "/orders/7", headers={"traceparent": CALLER, "tracestate": "a=1"})
    server = tracer.spans[0]
    assert server.get_span_context().trace_id == 0x4BF92F3577B34DA6A3CE929D0E0E4736
    assert server.parent.span_id == 0x00F067AA0BA902B7
    assert server.get_span_context().trace_state.get("a") == "1"

    tracer.spans.clear()
    invalid = "00-" + "0" * 32 + "-00f067aa0ba902b7-01"
    call(app, "GET", "/orders/7", headers={"traceparent": invalid, "tracestate": "a=1"})
    server = tracer.spans[0]
    assert not server.parent.is_valid
    assert server.get_span_context().trace_id != 0
    assert server.get_span_context().trace_state.get("a") is None


def test_only_server_errors_mark_the_span_failed() -> None:
    """An unhandled exception gives a 500 span with error.type and ERROR status; a 404 does not."""
    tracer = MemoryTracerProvider()
    app = orders_app(tracer_provider=tracer)
    call(app, "GET", "/orders/404")
    assert "error.type" not in tracer.spans[0].attributes
    assert tracer.spans[0].status == StatusCode.UNSET
    assert tracer.named("fastapi.endpoint").status == StatusCode.UNSET  # HTTPException: not a fault
    tracer.spans.clear()
    import asyncio

    import httpx

    async def crash() -> None:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            assert (await client.get("/orders/13")).status_code == 500

    asyncio.run(crash())
    server = tracer.spans[0]
    assert server.attributes["http.response.status_code"] == 500
    assert server.attributes["error.type"] == "RuntimeError"
    assert server.status == StatusCode.ERROR


def test_http_metrics_names_units_and_labels() -> None:
    """Metrics: http.server.request.duration (histogram, seconds) and http.server.active_requests,
    labelled with the route template and status code, not the raw path."""
    meter = MemoryMeterProvider()
    app = orders_app(meter_provider=meter)
    call(app, "GET", "/orders/7")
    call(app, "GET", "/orders/8")
    duration = meter.instruments["http.server.request.duration"]
    active = meter.instruments["http.server.active_requests"]
    assert (duration.kind, duration.unit) == ("histogram", "s")
    assert active.kind == "up_down_counter"
    assert [attrs["http.route"] for _, attrs in duration.points] == ["/orders/{order_id}"] * 2
    assert {attrs["http.response.status_code"] for _, attrs in duration.points} == {200}
    assert sum(value for value, _ in active.points) == 0  # +1 then -1 per request


def test_exclude_skips_requests() -> None:
    """telemetry={'exclude': fn} skips requests for which fn(scope) is true (e.g. health checks)."""
    tracer = MemoryTracerProvider()
    app = orders_app(tracer_provider=tracer, exclude=lambda scope: scope["path"] == "/health")

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    call(app, "GET", "/health")
    assert tracer.spans == []


def test_included_router_prefix_is_in_http_route_but_not_in_scope_route() -> None:
    """Since FastAPI 0.137 scope['route'].path of an included route lacks the include prefix;
    the built-in telemetry's http.route has the full template."""
    tracer = MemoryTracerProvider()
    app = FastAPI(telemetry={"tracer_provider": tracer})
    users = APIRouter(prefix="/users")
    seen: list[str] = []

    @users.get("/{user_id}")
    async def read_user(user_id: int, request: Request) -> dict[str, int]:
        seen.append(request.scope["route"].path)
        return {"id": user_id}

    app.include_router(users, prefix="/v1")
    call(app, "GET", "/v1/users/3")
    assert seen == ["/users/{user_id}"]
    assert tracer.spans[0].attributes["http.route"] == "/v1/users/{user_id}"


def test_middleware_sees_the_matched_route_in_scope() -> None:
    """After call_next, a middleware finds the matched route (and its template) in scope['route'];
    an unmatched URL leaves it unset."""
    app = orders_app()
    templates: list[str | None] = []

    @app.middleware("http")
    async def record(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        route = request.scope.get("route")
        templates.append(route.path if route else None)
        return response

    call(app, "GET", "/orders/7")
    call(app, "GET", "/wp-login.php")
    assert templates == ["/orders/{order_id}", None]


def test_dormant_without_providers_and_auto_configure_needs_the_extra() -> None:
    """With no provider passed or configured globally FastAPI records nothing; the global provider
    is used once set; FASTAPI_OTEL_AUTO_CONFIGURE=true plus an OTLP endpoint asks for the exporter
    packages (fastapi[opentelemetry] / fastapi[standard])."""
    script = """
import asyncio, logging, sys
sys.path.insert(0, sys.argv[1])
from asgi import call
from fastapi import FastAPI
from fastapi.telemetry import get_telemetry_data
from opentelemetry import trace
from otel_memory import MemoryTracerProvider
app = FastAPI()
@app.get("/ping")
async def ping() -> str:
    return "observed" if get_telemetry_data() is not None else "dormant"
print("without a provider:", call(app, "GET", "/ping").json())
tracer = MemoryTracerProvider()
trace.set_tracer_provider(tracer)
print("with a global provider:", call(app, "GET", "/ping").json(), tracer.spans[0].name)
async def startup():
    messages = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])
    async def receive(): return next(messages)
    async def send(message): pass
    await app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}, receive, send)
asyncio.run(startup())
"""
    here = os.path.dirname(__file__)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OTEL_", "FASTAPI_OTEL"))}
    plain = subprocess.run([sys.executable, "-c", script, here], env=env, capture_output=True,
                           text=True, check=True)  # fmt: skip
    assert "without a provider: dormant" in plain.stdout
    assert "with a global provider: observed GET /ping" in plain.stdout
    assert "telemetry configuration failed" not in plain.stderr
    env |= {
        "FASTAPI_OTEL_AUTO_CONFIGURE": "true",
        "OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:9",
    }
    auto = subprocess.run([sys.executable, "-c", script, here], env=env, capture_output=True,
                          text=True, check=True)  # fmt: skip
    assert "fastapi[opentelemetry]" in auto.stderr


def test_steps_aside_when_the_contrib_asgi_instrumentation_is_installed() -> None:
    """With opentelemetry-instrumentation-asgi's OpenTelemetryMiddleware in the stack (as
    FastAPIInstrumentor adds it), the built-in spans are not recorded, so nothing is doubled."""
    import types

    module = types.ModuleType("opentelemetry.instrumentation.asgi")

    class OpenTelemetryMiddleware:  # stands in for the contrib class; FastAPI checks its identity
        def __init__(self, app: Any) -> None:
            self.app = app

        async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
            await self.app(scope, receive, send)

    OpenTelemetryMiddleware.__module__ = module.__name__
    module.OpenTelemetryMiddleware = OpenTelemetryMiddleware  # type: ignore[attr-defined]
    tracer = MemoryTracerProvider()
    app = orders_app(tracer_provider=tracer)
    app.add_middleware(OpenTelemetryMiddleware)
    call(app, "GET", "/orders/7")
    assert tracer.spans == []


def test_background_tasks_get_their_own_span() -> None:
    """Each BackgroundTasks task runs inside a fastapi.background_task span."""
    tracer = MemoryTracerProvider()
    app = FastAPI(telemetry={"tracer_provider": tracer})

    async def send_email() -> None:
        return None

    @app.post("/signup")
    async def signup(tasks: BackgroundTasks) -> dict[str, bool]:
        tasks.add_task(send_email)
        return {"ok": True}

    call(app, "POST", "/signup")
    assert "fastapi.background_task" in [s.name for s in tracer.spans]


def test_logs_for_validation_failures_and_unhandled_exceptions() -> None:
    """FastAPI logs request validation failures and unhandled exceptions as OpenTelemetry logs."""
    import asyncio

    import httpx
    from otel_memory import MemoryLoggerProvider

    logs = MemoryLoggerProvider()
    app = orders_app(logger_provider=logs)

    async def requests() -> None:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            assert (await client.get("/orders/seven")).status_code == 422
            assert (await client.get("/orders/13")).status_code == 500

    asyncio.run(requests())
    assert logs.events == ["fastapi.validation.failed", "http.server.request.exception"]


def test_opentelemetry_api_is_a_dependency_and_the_sdk_an_extra() -> None:
    """FastAPI depends on opentelemetry-api; the SDK and OTLP exporter come with the
    'standard' and 'opentelemetry' extras."""
    from importlib.metadata import requires

    reqs = [r.replace(" ", "") for r in requires("fastapi") or []]
    assert any(r.startswith("opentelemetry-api") and "extra" not in r for r in reqs)
    for extra in ("standard", "opentelemetry"):
        assert any(r.startswith("opentelemetry-sdk") and f'extra=="{extra}"' in r for r in reqs)
        exporter = "opentelemetry-exporter-otlp-proto-http"
        assert any(r.startswith(exporter) and f'extra=="{extra}"' in r for r in reqs)
