"""Claims made on content/questions/hateoas/; each fails if a release changes them."""

import asyncio
from typing import Any

import httpx
import pytest
import uvicorn
from asgi import call
from fastapi import FastAPI, Request
from starlette.datastructures import URL

PAGE = "hateoas"


def order_app(seen: list[object]) -> FastAPI:
    app = FastAPI()

    @app.get("/orders/{order_id}", name="get_order")
    async def get_order(order_id: int, request: Request) -> dict[str, str]:
        link = request.url_for("get_order", order_id=order_id)
        seen.append(link)
        return {"self": str(link)}

    return app


def test_url_for_returns_a_starlette_url_object() -> None:
    """`request.url_for` returns a Starlette `URL`, so it is converted with `str()` for JSON."""
    seen: list[object] = []
    call(order_app(seen), "GET", "/orders/1")
    assert isinstance(seen[0], URL) and not isinstance(seen[0], str)


def test_url_for_takes_scheme_and_host_from_the_request() -> None:
    """The link's scheme and host come from the request (`https://shop.test` here)."""

    async def run() -> str:
        transport = httpx.ASGITransport(app=order_app([]))
        async with httpx.AsyncClient(transport=transport, base_url="https://shop.test") as client:
            return (await client.get("/orders/1")).json()["self"]

    assert asyncio.run(run()) == "https://shop.test/orders/1"


def test_fastapi_alone_ignores_x_forwarded_proto() -> None:
    """Without a trusted proxy-headers layer, a TLS proxy's `X-Forwarded-Proto` does not change
    the scheme: the app still builds `http://` links."""
    headers = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "shop.example"}
    response = call(order_app([]), "GET", "/orders/1", headers=headers)
    assert response.json()["self"] == "http://test/orders/1"


def test_url_for_includes_the_root_path() -> None:
    """`url_for` adds the ASGI `root_path` prefix that a proxy's path prefix is mapped to."""

    async def run() -> str:
        transport = httpx.ASGITransport(app=order_app([]), root_path="/api")
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return (await client.get("/orders/1")).json()["self"]

    assert asyncio.run(run()) == "http://test/api/orders/1"


def served_by_uvicorn(monkeypatch: pytest.MonkeyPatch, **options: Any) -> Any:
    """The app wrapped as Uvicorn wraps it, without FORWARDED_ALLOW_IPS from the environment."""
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    config = uvicorn.Config(order_app([]), **options)
    config.load()
    return config.loaded_app


def link_seen(app: Any, peer: str, headers: dict[str, str]) -> str:
    async def run() -> str:
        transport = httpx.ASGITransport(app=app, client=(peer, 40000))
        async with httpx.AsyncClient(transport=transport, base_url="http://svc") as client:
            return (await client.get("/orders/1", headers=headers)).json()["self"]

    return asyncio.run(run())


def test_uvicorn_trusts_forwarded_proto_only_from_loopback_by_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Uvicorn 0.55 trusts forwarded headers only from 127.0.0.1,::1 by default, so a proxy on
    another host gets `http://` links until it is listed in --forwarded-allow-ips."""
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    assert uvicorn.Config(order_app([])).forwarded_allow_ips == "127.0.0.1,::1"
    proto = {"X-Forwarded-Proto": "https"}
    default = served_by_uvicorn(monkeypatch)
    assert link_seen(default, "10.0.0.2", proto) == "http://svc/orders/1"
    assert link_seen(default, "127.0.0.1", proto) == "https://svc/orders/1"
    listed = served_by_uvicorn(monkeypatch, forwarded_allow_ips="10.0.0.2")
    assert link_seen(listed, "10.0.0.2", proto) == "https://svc/orders/1"


def test_uvicorn_ignores_x_forwarded_host(monkeypatch: pytest.MonkeyPatch) -> None:
    """Uvicorn's proxy headers fix the scheme, not the host: `X-Forwarded-Host` and `Forwarded`
    are ignored, so links carry whatever `Host` the proxy sent."""
    app = served_by_uvicorn(monkeypatch, forwarded_allow_ips="10.0.0.2")
    headers = {
        "X-Forwarded-Proto": "https",
        "X-Forwarded-Host": "shop.example",
        "Forwarded": "host=shop.example;proto=https",
    }
    assert link_seen(app, "10.0.0.2", headers) == "https://svc/orders/1"
