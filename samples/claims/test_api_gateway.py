"""Claims made on content/questions/api-gateway/; each fails if a release changes them."""

from __future__ import annotations

import asyncio
import warnings
from importlib.metadata import version
from typing import Any

import httpx
import pytest
import uvicorn
from asgi import call
from fastapi import FastAPI, Request
from fastapi.exceptions import FastAPIDeprecationWarning

PAGE = "api-gateway"
GATEWAY = "10.0.0.2"


def echo_app() -> FastAPI:
    app = FastAPI()

    @app.get("/orders/{order_id}", name="get_order")
    async def get_order(order_id: int, request: Request) -> dict[str, Any]:
        return {
            "client": request.client.host if request.client else None,
            "scheme": request.url.scheme,
            "host": request.url.hostname,
            "self": str(request.url_for("get_order", order_id=order_id)),
        }

    return app


def served(monkeypatch: pytest.MonkeyPatch, **options: Any) -> Any:
    """The app wrapped as Uvicorn wraps it (no FORWARDED_ALLOW_IPS from the environment)."""
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    config = uvicorn.Config(echo_app(), **options)
    config.load()
    return config.loaded_app


def through(app: Any, peer: str, headers: dict[str, str], root_path: str = "") -> dict[str, Any]:
    async def go() -> dict[str, Any]:
        transport = httpx.ASGITransport(app, root_path=root_path, client=(peer, 40000))
        async with httpx.AsyncClient(transport=transport, base_url="http://svc") as client:
            return (await client.get(f"{root_path}/orders/7", headers=headers)).json()

    return asyncio.run(go())


def test_uvicorn_trusts_only_loopback_by_default_and_proxy_headers_are_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Uvicorn 0.55: proxy headers are on; --forwarded-allow-ips defaults to 127.0.0.1,::1."""
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    config = uvicorn.Config(echo_app())
    assert config.proxy_headers is True
    assert config.forwarded_allow_ips == "127.0.0.1,::1"
    app = served(monkeypatch)
    assert through(app, GATEWAY, {"X-Forwarded-For": "203.0.113.9"})["client"] == GATEWAY
    assert through(app, "127.0.0.1", {"X-Forwarded-For": "203.0.113.9"})["client"] == "203.0.113.9"


def test_rightmost_untrusted_entry_wins_for_a_trusted_gateway(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """From a trusted peer, Uvicorn takes the rightmost X-Forwarded-For entry that is not a
    trusted proxy, so a client-written entry on the left is skipped; X-Forwarded-Proto sets the
    scheme."""
    app = served(monkeypatch, forwarded_allow_ips=GATEWAY)
    headers = {"X-Forwarded-For": "198.51.100.66, 203.0.113.9", "X-Forwarded-Proto": "https"}
    body = through(app, GATEWAY, headers)
    assert (body["client"], body["scheme"]) == ("203.0.113.9", "https")


def test_star_trusts_everyone_and_takes_the_leftmost_entry(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With --forwarded-allow-ips "*", the leftmost (client-written) entry wins."""
    app = served(monkeypatch, forwarded_allow_ips="*")
    body = through(app, GATEWAY, {"X-Forwarded-For": "198.51.100.66, 203.0.113.9"})
    assert body["client"] == "198.51.100.66"


def test_headers_from_an_untrusted_peer_are_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    """A caller that connects around the gateway keeps its own address and plain http."""
    app = served(monkeypatch, forwarded_allow_ips=GATEWAY)
    headers = {"X-Forwarded-For": "203.0.113.9", "X-Forwarded-Proto": "https"}
    body = through(app, "198.51.100.66", headers)
    assert (body["client"], body["scheme"]) == ("198.51.100.66", "http")


def test_forwarded_and_x_forwarded_host_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Uvicorn reads X-Forwarded-For and X-Forwarded-Proto, not Forwarded or X-Forwarded-Host."""
    app = served(monkeypatch, forwarded_allow_ips=GATEWAY)
    headers = {
        "Forwarded": "for=203.0.113.9;proto=https;host=api.example.com",
        "X-Forwarded-Host": "api.example.com",
    }
    body = through(app, GATEWAY, headers)
    assert (body["client"], body["scheme"], body["host"]) == (GATEWAY, "http", "svc")


def test_fastapi_does_not_read_forwarded_headers_itself() -> None:
    """Without the server's middleware, the app ignores X-Forwarded-* entirely."""
    headers = {"X-Forwarded-For": "203.0.113.9", "X-Forwarded-Proto": "https"}
    body = call(echo_app(), "GET", "/orders/7", headers=headers).json()
    assert body["scheme"] == "http" and body["client"] == "127.0.0.1"


def test_root_path_puts_the_stripped_prefix_back_into_links(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """--root-path makes url_for build the public URL, prefix included."""
    app = served(monkeypatch, root_path="/shop")
    assert through(app, GATEWAY, {}, root_path="/shop")["self"] == "http://svc/shop/orders/7"
    assert through(app, GATEWAY, {})["self"] == "http://svc/orders/7"


def test_root_path_on_fastapi_is_deprecated() -> None:
    """Since FastAPI 0.146.0, FastAPI(root_path=...) warns with FastAPIDeprecationWarning (0.145.0
    did not warn, checked in a scratch venv)."""
    assert tuple(int(part) for part in version("fastapi").split(".")[:2]) >= (0, 146)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        FastAPI(root_path="/shop")
    messages = [str(w.message) for w in caught if issubclass(w.category, FastAPIDeprecationWarning)]
    assert any("root_path" in m and "--root-path" in m for m in messages)
