"""Claims on content/questions/build-a-crud-api/; each fails if a release changes it."""

import asyncio
import subprocess
import sys
from importlib.metadata import metadata
from typing import Annotated

import httpx
from asgi import call
from fastapi import FastAPI, HTTPException, Path, Request, Response, status
from pydantic import BaseModel

PAGE = "build-a-crud-api"


class Book(BaseModel):
    title: str
    author: str


def make_app() -> FastAPI:
    app = FastAPI()

    @app.post("/books", status_code=status.HTTP_201_CREATED)
    async def create(book: Book, request: Request, response: Response) -> Book:
        response.headers["Location"] = str(request.url_for("read", book_id=1))
        return book

    @app.get("/books/{book_id}")
    async def read(book_id: Annotated[int, Path(ge=1)]) -> Book:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"Book {book_id} not found")

    @app.put("/books/{book_id}")
    async def replace(book_id: int, book: Book) -> Book:
        return book

    @app.delete("/books/{book_id}", status_code=status.HTTP_204_NO_CONTENT)
    async def delete(book_id: int) -> None:
        return None

    return app


def test_status_code_on_the_decorator_and_url_for_location() -> None:
    """`status_code=201` on the decorator sets the status; `request.url_for` builds the Location."""
    response = call(make_app(), "POST", "/books", json={"title": "Dune", "author": "FH"})
    assert response.status_code == status.HTTP_201_CREATED
    assert response.headers["location"] == "http://test/books/1"


def test_url_for_includes_the_root_path_prefix() -> None:
    """Building Location with `request.url_for` keeps it right behind a proxy prefix."""

    async def run() -> str:
        transport = httpx.ASGITransport(app=make_app(), root_path="/shop")
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            r = await client.post("/books", json={"title": "Dune", "author": "FH"})
            return r.headers["location"]

    assert asyncio.run(run()) == "http://test/shop/books/1"


def test_204_route_returning_none_sends_no_body() -> None:
    """A route with `status_code=204` that returns None sends no content."""
    response = call(make_app(), "DELETE", "/books/1")
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert response.content == b""


def test_http_exception_becomes_a_detail_body() -> None:
    """`HTTPException(404, ...)` becomes a 404 with `{"detail": "..."}`."""
    response = call(make_app(), "GET", "/books/7")
    assert response.status_code == status.HTTP_404_NOT_FOUND
    assert response.json() == {"detail": "Book 7 not found"}


def test_put_missing_a_field_and_a_zero_id_are_422() -> None:
    """A body missing a required field, or an id below `Path(ge=1)`, is a 422."""
    app = make_app()
    missing = call(app, "PUT", "/books/1", json={"title": "Dune"})
    assert missing.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert missing.json()["detail"][0]["type"] == "missing"
    assert call(app, "GET", "/books/0").status_code == status.HTTP_422_UNPROCESSABLE_CONTENT


def test_standard_extra_brings_httpx2() -> None:
    """FastAPI's `standard` extra (0.165) includes httpx2, the package TestClient prefers."""
    extras = [r for r in metadata("fastapi").get_all("Requires-Dist") or [] if "standard" in r]
    assert any(r.startswith("httpx2") and 'extra == "standard"' in r for r in extras)


def test_testclient_warns_when_only_httpx_is_installed() -> None:
    """Since Starlette 1.2, importing TestClient with only httpx installed emits a warning."""
    code = (
        "import sys, warnings; sys.modules['httpx2'] = None; warnings.simplefilter('error')\n"
        "import starlette.testclient"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode != 0
    assert "StarletteDeprecationWarning" in result.stderr
    assert "httpx2" in result.stderr


def test_fastapi_requires_python_3_11() -> None:
    """FastAPI needs Python 3.11 or newer (since 0.162.6; 0.162.5 still allowed 3.10)."""
    assert metadata("fastapi")["Requires-Python"] == ">=3.11"
