"""Claims made on content/questions/production-deployment/; each fails if a release changes them."""

from __future__ import annotations

import asyncio
import importlib.util
import re
import warnings
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI, Request
from fastapi.exceptions import FastAPIDeprecationWarning
from live_gunicorn import get_from_gunicorn

PAGE = "production-deployment"
PROXY = "10.0.0.2"


def items_app() -> FastAPI:
    app = FastAPI()

    @app.get("/items/{item_id}", name="read_item")
    async def read_item(item_id: int, request: Request) -> dict[str, Any]:
        return {
            "self": str(request.url_for("read_item", item_id=item_id)),
            "client": request.client.host if request.client else None,
        }

    return app


def get(app: Any, path: str, root_path: str = "", **kwargs: Any) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app, root_path=root_path, client=(PROXY, 51000))
        async with httpx.AsyncClient(transport=transport, base_url="http://api.example.com") as c:
            return await c.get(root_path + path, **kwargs)

    return asyncio.run(go())


def served(monkeypatch: pytest.MonkeyPatch, app: FastAPI, **options: Any) -> Any:
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    config = uvicorn.Config(app, **options)
    config.load()
    return config.loaded_app


FORWARDED = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"}


def test_uvicorn_defaults_named_on_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """Uvicorn 0.55: --proxy-headers on, --forwarded-allow-ips 127.0.0.1,::1, keep-alive timeout
    5 s, no graceful-shutdown timeout (waits without limit), no --limit-concurrency."""
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    config = uvicorn.Config(items_app())
    assert config.proxy_headers is True
    assert config.forwarded_allow_ips == "127.0.0.1,::1"
    assert config.timeout_keep_alive == 5
    assert config.timeout_graceful_shutdown is None
    assert config.limit_concurrency is None


def test_environment_variable_sets_the_trusted_addresses(monkeypatch: pytest.MonkeyPatch) -> None:
    """FORWARDED_ALLOW_IPS is read when --forwarded-allow-ips is not given."""
    monkeypatch.setenv("FORWARDED_ALLOW_IPS", PROXY)
    assert uvicorn.Config(items_app()).forwarded_allow_ips == PROXY


def test_an_untrusted_proxy_gets_its_forwarded_headers_ignored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the defaults, a proxy on another address is not trusted: http, the proxy's address."""
    body = get(served(monkeypatch, items_app()), "/items/1", headers=FORWARDED).json()
    assert body == {"self": "http://api.example.com/items/1", "client": PROXY}


def test_trusted_proxy_and_root_path_fix_scheme_client_and_prefix(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """--forwarded-allow-ips <proxy> --root-path /api: https, the real client, and /api in links
    and in the OpenAPI servers list."""
    app = served(monkeypatch, items_app(), forwarded_allow_ips=PROXY, root_path="/api")
    body = get(app, "/items/1", root_path="/api", headers=FORWARDED).json()
    assert body == {"self": "https://api.example.com/api/items/1", "client": "203.0.113.9"}
    spec = get(app, "/openapi.json", root_path="/api").json()
    assert spec["servers"] == [{"url": "/api"}]


def test_docs_page_asks_for_openapi_json_under_the_root_path() -> None:
    """Without a root path the docs page requests /openapi.json at the host root."""
    app = items_app()
    for root_path, expected in [("", "/openapi.json"), ("/api", "/api/openapi.json")]:
        html = get(app, "/docs", root_path=root_path).text
        assert re.findall(r"url: '([^']*)'", html) == [expected]


def test_root_path_argument_on_fastapi_is_deprecated() -> None:
    """Since FastAPI 0.146.0, FastAPI(root_path=...) emits FastAPIDeprecationWarning."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        FastAPI(root_path="/api")
    assert any(issubclass(w.category, FastAPIDeprecationWarning) for w in caught)


def test_gunicorn_worker_module_is_deprecated() -> None:
    """uvicorn.workers (deprecated since Uvicorn 0.30) points to the uvicorn-worker package."""
    spec = importlib.util.find_spec("uvicorn.workers")
    assert spec is not None and spec.origin is not None
    source = Path(spec.origin).read_text()
    assert "DeprecationWarning" in source and "uvicorn-worker" in source


def test_uvicorn_restarts_dead_workers_since_0_30() -> None:
    """Since Uvicorn 0.30 the --workers supervisor restarts a worker process that died."""
    from uvicorn.supervisors.multiprocess import Multiprocess

    assert hasattr(Multiprocess, "keep_subprocess_alive")


GUNICORN_APP = """
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/")
async def root(request: Request):
    return {"client": request.client.host, "scheme": request.url.scheme}
"""


def test_gunicorn_asgi_worker_trusts_the_scheme_but_not_x_forwarded_for(tmp_path: Path) -> None:
    """Gunicorn (24.0+) has its own asgi worker; in Gunicorn 27, from a trusted proxy (its own
    --forwarded-allow-ips, 127.0.0.1 by default) it takes the scheme from X-Forwarded-Proto but
    keeps the proxy's address as the client, ignoring X-Forwarded-For."""
    pytest.importorskip("gunicorn")
    from gunicorn.workers import SUPPORTED_WORKERS

    assert int(metadata.version("gunicorn").split(".")[0]) >= 24
    assert SUPPORTED_WORKERS["asgi"] == "gunicorn.workers.gasgi.ASGIWorker"
    response = get_from_gunicorn(tmp_path, GUNICORN_APP, headers=FORWARDED)
    assert response.json() == {"client": "127.0.0.1", "scheme": "https"}
