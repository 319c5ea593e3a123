"""Claims made on content/questions/caching/; each fails if a release changes them."""

import asyncio
import functools
from pathlib import Path

import httpx
import pytest
from asgi import call
from fastapi import FastAPI, Response
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

PAGE = "caching"
CACHE_HEADERS = {"cache-control", "etag", "last-modified", "expires"}


@pytest.fixture
def files_app(tmp_path: Path) -> FastAPI:
    (tmp_path / "price-list.txt").write_text("pen 150\n")
    app = FastAPI()

    @app.get("/download")
    async def download() -> FileResponse:
        return FileResponse(tmp_path / "price-list.txt")

    app.mount("/static", StaticFiles(directory=tmp_path))
    return app


def test_fastapi_adds_no_caching_headers_to_json() -> None:
    """A JSON response carries no Cache-Control, ETag, Last-Modified or Expires of its own."""
    app = FastAPI()

    @app.get("/products/1")
    async def product() -> dict[str, int]:
        return {"price": 150}

    assert CACHE_HEADERS.isdisjoint(call(app, "GET", "/products/1").headers)


def test_a_route_sets_cache_control_through_the_injected_response() -> None:
    """The sample's way of sending a policy: set the header on the Response parameter."""
    app = FastAPI()

    @app.get("/products/1")
    async def product(response: Response) -> dict[str, int]:
        response.headers["Cache-Control"] = "max-age=30"
        return {"price": 150}

    assert call(app, "GET", "/products/1").headers["cache-control"] == "max-age=30"


def test_file_responses_send_validators_but_no_cache_control(files_app: FastAPI) -> None:
    """FileResponse and StaticFiles add ETag and Last-Modified, never Cache-Control."""
    for url in ("/download", "/static/price-list.txt"):
        headers = call(files_app, "GET", url).headers
        assert {"etag", "last-modified"} <= set(headers) and "cache-control" not in headers


def test_only_staticfiles_answers_if_none_match_with_304(files_app: FastAPI) -> None:
    """StaticFiles revalidates with 304; a FileResponse from a route sends the body again."""
    etag = call(files_app, "GET", "/download").headers["etag"]
    revalidate = {"If-None-Match": etag}
    assert call(files_app, "GET", "/static/price-list.txt", headers=revalidate).status_code == 304
    assert call(files_app, "GET", "/download", headers=revalidate).status_code == 200


def test_lru_cache_on_an_async_function_caches_a_coroutine_that_cannot_be_awaited_twice() -> None:
    """@lru_cache on async def returns the same coroutine; the second await raises RuntimeError."""

    @functools.lru_cache
    async def load_price() -> int:
        return 150

    async def twice() -> None:
        assert await load_price() == 150
        with pytest.raises(RuntimeError, match="cannot reuse already awaited coroutine"):
            await load_price()

    asyncio.run(twice())


def test_httpx_keeps_no_cache() -> None:
    """httpx sends every request to the app even when the response says max-age=30."""
    app = FastAPI()
    hits = []

    @app.get("/products/1")
    async def product(response: Response) -> dict[str, int]:
        hits.append(1)
        response.headers["Cache-Control"] = "max-age=30"
        return {"price": 150}

    async def twice() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            for _ in range(2):
                assert (await client.get("/products/1")).headers["cache-control"] == "max-age=30"

    asyncio.run(twice())
    assert len(hits) == 2
