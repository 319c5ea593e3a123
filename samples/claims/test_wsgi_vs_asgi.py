"""Claims made on content/questions/wsgi-vs-asgi/; each fails if a release changes them."""

import asyncio
import inspect
import sys
import warnings
from importlib import metadata
from pathlib import Path

import anyio.to_thread
import httpx
import pytest
from asgi import call
from fastapi import FastAPI
from live_gunicorn import get_from_gunicorn
from starlette.exceptions import StarletteDeprecationWarning

PAGE = "wsgi-vs-asgi"


def test_a_fastapi_app_is_an_asgi_callable() -> None:
    """FastAPI subclasses Starlette's application, an async callable taking (scope, receive,
    send) that any ASGI server can run; calling it with a hand-built scope serves the request."""
    from starlette.applications import Starlette

    assert issubclass(FastAPI, Starlette)
    app = FastAPI()

    @app.get("/hello")
    async def hello() -> dict[str, str]:
        return {"hello": "world"}

    assert inspect.iscoroutinefunction(app.__call__)
    assert list(inspect.signature(app.__call__).parameters) == ["scope", "receive", "send"]
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b""}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": "/hello", "headers": [], "query_string": b""}
    asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 200 and sent[1]["body"] == b'{"hello":"world"}'


def test_starlette_wsgi_middleware_is_deprecated_but_works_through_threads() -> None:
    """Starlette's WSGIMiddleware warns that it is deprecated (pointing to a2wsgi) and runs the
    mounted WSGI app, which is how a Flask app can live beside FastAPI routes."""
    sys.modules.pop("starlette.middleware.wsgi", None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        from starlette.middleware.wsgi import WSGIMiddleware
    assert any(issubclass(w.category, StarletteDeprecationWarning) for w in caught)
    assert "a2wsgi" in str(caught[0].message)

    def legacy(environ: dict, start_response) -> list[bytes]:
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"from WSGI"]

    app = FastAPI()
    app.mount("/legacy", WSGIMiddleware(legacy))
    assert call(app, "GET", "/legacy/").text == "from WSGI"


def test_sync_endpoints_use_a_thread_pool_of_40() -> None:
    """FastAPI runs plain def endpoints in AnyIO's thread pool, 40 threads by default."""

    async def tokens() -> float:
        return anyio.to_thread.current_default_thread_limiter().total_tokens

    assert asyncio.run(tokens()) == 40


def test_asgi_transport_sends_no_lifespan_events() -> None:
    """httpx.ASGITransport sends only http scopes, never lifespan ones."""
    seen: list[str] = []

    async def app(scope: dict, receive, send) -> None:
        seen.append(scope["type"])
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    async def scenario() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            await client.get("/")

    asyncio.run(scenario())
    assert seen == ["http"]


GUNICORN_APP = """
from contextlib import asynccontextmanager
from fastapi import FastAPI

started = []


@asynccontextmanager
async def lifespan(app):
    started.append(True)
    yield


app = FastAPI(lifespan=lifespan)


@app.get("/")
async def root():
    return {"lifespan_ran": bool(started)}
"""


def test_gunicorn_serves_fastapi_with_its_own_asgi_worker(tmp_path: Path) -> None:
    """Since Gunicorn 24.0, `--worker-class asgi` runs a FastAPI app, lifespan included, with no
    Uvicorn involved."""
    pytest.importorskip("gunicorn")
    assert int(metadata.version("gunicorn").split(".")[0]) >= 24
    response = get_from_gunicorn(tmp_path, GUNICORN_APP)
    assert response.json() == {"lifespan_ran": True}
    assert "uvicorn" not in response.headers.get("server", "").lower()
