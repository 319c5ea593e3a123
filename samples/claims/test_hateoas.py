"""Claims made on content/questions/hateoas/; each fails if a release changes them."""

import asyncio

import httpx
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
