"""Claims made on content/questions/health-checks/; each fails if a release changes them."""

import asyncio

import anyio.to_thread
from asgi import call
from fastapi import FastAPI, Response, status
from otel_memory import MemoryTracerProvider

PAGE = "health-checks"


def test_include_in_schema_false_keeps_probes_out_of_openapi() -> None:
    """include_in_schema=False removes a probe route from the OpenAPI document; it still answers."""
    app = FastAPI()

    @app.get("/livez", include_in_schema=False)
    async def livez() -> dict[str, str]:
        return {"status": "ok"}

    assert "/livez" not in app.openapi()["paths"]
    assert call(app, "GET", "/livez").status_code == 200


def test_setting_the_status_on_the_injected_response() -> None:
    """A handler can return a body and set 503 on the injected Response parameter."""
    app = FastAPI()

    @app.get("/readyz")
    async def readyz(response: Response) -> dict[str, str]:
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
        return {"status": "fail"}

    response = call(app, "GET", "/readyz")
    assert response.status_code == 503 and response.json() == {"status": "fail"}


def test_telemetry_exclude_skips_probe_requests() -> None:
    """FastAPI's built-in telemetry (since 0.142) takes an exclude function of the ASGI scope, so
    probe requests produce no spans."""
    tracer = MemoryTracerProvider()
    probes = {"/livez", "/readyz"}
    app = FastAPI(telemetry={"tracer_provider": tracer, "exclude": lambda s: s["path"] in probes})

    @app.get("/livez")
    async def livez() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/orders")
    async def orders() -> list[int]:
        return []

    call(app, "GET", "/livez")
    assert tracer.spans == []
    call(app, "GET", "/orders")
    assert tracer.spans[0].name == "GET /orders"


def test_sync_endpoints_share_a_thread_pool_of_40() -> None:
    """Plain def endpoints run in AnyIO's default thread pool, 40 threads, so a def probe can queue
    behind blocked work while an async def probe only needs the event loop."""

    async def tokens() -> float:
        return anyio.to_thread.current_default_thread_limiter().total_tokens

    assert asyncio.run(tokens()) == 40


def test_unhandled_exception_in_a_probe_is_a_500() -> None:
    """An exception escaping a health endpoint reaches the client as 500, which fails the probe."""
    import httpx

    app = FastAPI()

    @app.get("/health")
    async def health() -> dict[str, str]:
        raise ConnectionError("connection refused")

    async def fetch() -> int:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return (await client.get("/health")).status_code

    assert asyncio.run(fetch()) == 500


def test_uvicorn_listens_only_between_lifespan_startup_and_shutdown() -> None:
    """Uvicorn opens its listening socket only after the lifespan startup has finished, and runs
    the lifespan shutdown only after the socket is closed: a probe cannot reach either half."""
    import pytest

    pytest.importorskip("uvicorn")
    from contextlib import asynccontextmanager

    from live_uvicorn import can_connect, free_port, running

    port = free_port()
    seen: list[str] = []

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        seen.append(f"during startup, connect: {await can_connect(port)}")
        yield
        seen.append(f"during shutdown, connect: {await can_connect(port)}")

    async def scenario() -> None:
        async with running(FastAPI(lifespan=lifespan), port):
            seen.append(f"serving, connect: {await can_connect(port)}")

    asyncio.run(scenario())
    assert seen == [
        "during startup, connect: False",
        "serving, connect: True",
        "during shutdown, connect: False",
    ]
