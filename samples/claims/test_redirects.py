"""Claims made on content/questions/redirects/; each fails if a release changes them."""

import asyncio
from typing import Any

import httpx
import pytest
from asgi import call
from fastapi import FastAPI, Request, status
from fastapi.responses import RedirectResponse
from starlette.middleware.httpsredirect import HTTPSRedirectMiddleware

PAGE = "redirects"
METHODS = ["GET", "POST", "PUT", "HEAD"]


def redirecting_app() -> FastAPI:
    app = FastAPI()

    @app.api_route("/old/{code}", methods=METHODS)
    async def moved(code: int) -> RedirectResponse:
        return RedirectResponse("/new", status_code=code)

    @app.get("/partner")
    async def partner() -> RedirectResponse:
        return RedirectResponse("http://partner.test/new")

    @app.get("/secure")
    async def secure() -> RedirectResponse:
        return RedirectResponse("https://test/new")

    @app.api_route("/loop", methods=METHODS)
    async def loop() -> RedirectResponse:
        return RedirectResponse("/loop")

    @app.api_route("/new", methods=METHODS)
    async def new(request: Request) -> dict[str, Any]:
        return {
            "method": request.method,
            "body": (await request.body()).decode(),
            "content-type": request.headers.get("content-type"),
            "authorization": request.headers.get("authorization"),
        }

    return app


def arrived(method: str, code: int, **kwargs: Any) -> dict[str, Any]:
    response = call(redirecting_app(), method, f"/old/{code}", follow_redirects=True, **kwargs)
    return response.json()


def test_httpx_does_not_follow_by_default_and_offers_next_request() -> None:
    """Without follow_redirects=True httpx returns the 3xx; next_request is the follow-up."""
    response = call(redirecting_app(), "POST", "/old/308", json={"n": 1})
    assert response.status_code == status.HTTP_308_PERMANENT_REDIRECT
    assert response.next_request is not None
    assert (response.next_request.method, response.next_request.url.path) == ("POST", "/new")


@pytest.mark.parametrize(("method", "code", "expected"), [
    ("POST", 301, "GET"), ("POST", 302, "GET"), ("POST", 303, "GET"),
    ("POST", 307, "POST"), ("POST", 308, "POST"),
    ("PUT", 301, "PUT"), ("PUT", 302, "GET"), ("PUT", 303, "GET"), ("HEAD", 303, "HEAD"),
])  # fmt: skip
def test_httpx_method_rewriting(method: str, code: int, expected: str) -> None:
    """httpx turns POST into GET on 301/302/303, any method but HEAD into GET on 302 and 303."""
    response = call(redirecting_app(), method, f"/old/{code}", follow_redirects=True)
    assert response.request.method == expected


def test_307_and_308_resend_the_body() -> None:
    """307 and 308 keep the method and resend the body."""
    for code in (307, 308):
        assert arrived("POST", code, json={"n": 1})["body"] == '{"n":1}'


def test_switch_to_get_drops_the_body_but_keeps_content_type() -> None:
    """When httpx switches to GET it drops the body and Content-Length but keeps Content-Type."""
    got = arrived("POST", 303, json={"n": 1})
    assert (got["method"], got["body"]) == ("GET", "")
    assert got["content-type"] == "application/json"


def test_authorization_is_dropped_when_the_origin_changes() -> None:
    """httpx removes Authorization on a redirect to another origin, keeps it on the same origin."""
    auth = {"Authorization": "Bearer secret"}
    same = call(redirecting_app(), "GET", "/old/307", headers=auth, follow_redirects=True)
    assert same.json()["authorization"] == "Bearer secret"
    other = call(redirecting_app(), "GET", "/partner", headers=auth, follow_redirects=True)
    assert str(other.url) == "http://partner.test/new"
    assert other.json()["authorization"] is None


def test_authorization_survives_an_upgrade_to_https_on_the_same_host() -> None:
    """httpx keeps Authorization on a plain http-to-https redirect of the same host."""
    auth = {"Authorization": "Bearer secret"}
    response = call(redirecting_app(), "GET", "/secure", headers=auth, follow_redirects=True)
    assert str(response.url) == "https://test/new"
    assert response.json()["authorization"] == "Bearer secret"


def test_redirect_loops_stop_after_20() -> None:
    """httpx gives up with TooManyRedirects after max_redirects, 20 by default."""

    async def run() -> None:
        transport = httpx.ASGITransport(app=redirecting_app())
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            assert client.max_redirects == 20
            with pytest.raises(httpx.TooManyRedirects):
                await client.get("/loop", follow_redirects=True)

    asyncio.run(run())


def test_starlette_redirects_default_to_307() -> None:
    """RedirectResponse and HTTPSRedirectMiddleware both use 307, which keeps the method."""
    assert RedirectResponse("/new").status_code == status.HTTP_307_TEMPORARY_REDIRECT
    app = FastAPI()
    app.add_middleware(HTTPSRedirectMiddleware)
    response = call(app, "POST", "http://api.test/orders")
    assert response.status_code == status.HTTP_307_TEMPORARY_REDIRECT
    assert response.headers["location"] == "https://api.test/orders"


def test_trailing_slash_redirect_is_307() -> None:
    """FastAPI's redirect_slashes answers the other spelling of a path with 307."""
    app = FastAPI()

    @app.post("/orders")
    async def create() -> dict[str, bool]:
        return {"ok": True}

    assert call(app, "POST", "/orders/").status_code == status.HTTP_307_TEMPORARY_REDIRECT


def test_httpx2_keeps_the_defaults_and_rewriting_rules() -> None:
    """httpx2 (2.x), HTTPX's successor, also returns the 3xx unless told to follow, stops after
    20 redirects, and rewrites methods as httpx does."""
    httpx2 = pytest.importorskip("httpx2")

    async def run() -> list[str]:
        transport = httpx2.ASGITransport(app=redirecting_app())
        async with httpx2.AsyncClient(transport=transport, base_url="http://test") as client:
            assert client.max_redirects == 20
            assert (await client.post("/old/308")).status_code == 308
            seen = []
            for method, code in [("POST", 301), ("PUT", 301), ("PUT", 302), ("POST", 307)]:
                response = await client.request(method, f"/old/{code}", follow_redirects=True)
                seen.append(response.request.method)
            return seen

    assert asyncio.run(run()) == ["GET", "PUT", "GET", "POST"]
