"""Claims made on content/questions/design-url-shortener/; each fails if a release changes them."""

from collections.abc import Iterator
from typing import Annotated

import httpx
import pytest
from asgi import call
from fastapi import Depends, FastAPI
from fastapi.responses import RedirectResponse
from fastapi.security import APIKeyHeader
from pydantic import BaseModel, HttpUrl, ValidationError

PAGE = "design-url-shortener"


class Link(BaseModel):
    url: HttpUrl


def test_http_url_accepts_only_http_and_https() -> None:
    """HttpUrl refuses javascript: and data: URLs (and any scheme but http and https)."""
    for unsafe in ("javascript:alert(1)", "data:text/html,<b>hi</b>", "ftp://example.com/"):
        with pytest.raises(ValidationError) as caught:
            Link(url=unsafe)
        assert caught.value.errors()[0]["type"] == "url_scheme"


def test_http_url_caps_length_at_2083_characters() -> None:
    """HttpUrl allows at most 2083 characters."""
    with pytest.raises(ValidationError) as caught:
        Link(url="https://example.com/" + "a" * 2100)
    assert caught.value.errors()[0]["type"] == "url_too_long"


def test_http_url_lowercases_scheme_and_host() -> None:
    """HttpUrl normalizes the scheme and host to lower case (the path is kept as sent)."""
    assert str(Link(url="HTTPS://EXAMPLE.com/Docs").url) == "https://example.com/Docs"


def test_redirect_response_defaults_to_307() -> None:
    """Starlette's RedirectResponse (re-exported by FastAPI) defaults to 307 Temporary Redirect."""
    assert RedirectResponse("/elsewhere").status_code == 307


def test_httpx_does_not_follow_redirects_unless_asked() -> None:
    """httpx returns the 3xx response itself unless follow_redirects=True."""
    app = FastAPI()

    @app.get("/abc")
    async def follow() -> RedirectResponse:
        return RedirectResponse("https://example.com/", 302)

    response = call(app, "GET", "/abc")
    assert response.status_code == 302 and response.headers["location"] == "https://example.com/"
    assert isinstance(response, httpx.Response) and response.next_request is not None


def test_a_generator_function_dependency_is_a_yield_dependency() -> None:
    """FastAPI treats a generator function as a yield dependency: the handler receives its first
    value, not an iterator (and a second yield fails the request). A plain function that returns
    a generator expression injects the iterator itself."""
    received: list[object] = []

    def as_generator_function() -> Iterator[str]:
        while True:
            yield "aaaaaaa"

    def returns_an_iterator() -> Iterator[str]:
        return (code for code in ["aaaaaaa", "bbbbbbb"])

    app = FastAPI()

    @app.get("/generator")
    async def generator(codes: Annotated[str, Depends(as_generator_function)]) -> None:
        received.append(codes)

    @app.get("/iterator")
    async def iterator(codes: Annotated[Iterator[str], Depends(returns_an_iterator)]) -> list[str]:
        return list(codes)

    with pytest.raises(RuntimeError, match="generator didn't stop"):
        call(app, "GET", "/generator")
    assert received == ["aaaaaaa"]
    assert call(app, "GET", "/iterator").json() == ["aaaaaaa", "bbbbbbb"]


def test_api_key_header_answers_401_with_a_www_authenticate_challenge() -> None:
    """FastAPI's APIKeyHeader answers a request without the key with 401 and
    `WWW-Authenticate: APIKey` (since FastAPI 0.122; it answered 403 before), and passes the
    key to the dependency when present."""
    app = FastAPI()

    @app.get("/links")
    async def links(key: Annotated[str, Depends(APIKeyHeader(name="X-API-Key"))]) -> str:
        return key

    missing = call(app, "GET", "/links")
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "APIKey"
    assert call(app, "GET", "/links", headers={"X-API-Key": "key-a"}).json() == "key-a"


def test_fixed_paths_and_fastapi_docs_routes_shadow_an_alias_with_the_same_name() -> None:
    """The route declared first wins: `GET /links` declared before `GET /{code}`, and the `/docs`
    and `/redoc` routes FastAPI adds when the app is created, shadow aliases with those names,
    so such names belong on the reserved list."""
    app = FastAPI()

    @app.get("/links")
    async def list_links() -> list[str]:
        return ["abc1234"]

    @app.get("/{code}")
    async def follow(code: str) -> RedirectResponse:
        return RedirectResponse(f"https://example.com/{code}", status_code=302)

    assert call(app, "GET", "/links").json() == ["abc1234"]
    assert call(app, "GET", "/docs").headers["content-type"].startswith("text/html")
    assert call(app, "GET", "/redoc").headers["content-type"].startswith("text/html")
    assert call(app, "GET", "/promo").status_code == 302  # any other alias reaches the redirect
