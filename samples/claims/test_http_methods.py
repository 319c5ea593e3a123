"""Claims made on content/questions/http-methods/; each fails if a release changes them."""

import asyncio
import warnings
from typing import Annotated, Any

from asgi import call
from fastapi import Body, FastAPI, status
from fastapi.middleware.cors import CORSMiddleware
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

PAGE = "http-methods"


def book_app() -> FastAPI:
    app = FastAPI()

    @app.get("/books/{book_id}")
    async def read(book_id: int) -> dict[str, int]:
        return {"id": book_id}

    @app.put("/books/{book_id}")
    async def replace(book_id: int) -> dict[str, int]:
        return {"id": book_id}

    @app.delete("/books/{book_id}", status_code=status.HTTP_204_NO_CONTENT)
    async def delete(book_id: int) -> None:
        return None

    return app


def test_fastapi_get_routes_do_not_answer_head() -> None:
    """A HEAD request to a route declared with `@app.get` gets 405 with `Allow: GET`."""
    response = call(book_app(), "HEAD", "/books/1")
    assert response.status_code == status.HTTP_405_METHOD_NOT_ALLOWED
    assert response.headers["allow"] == "GET"


def test_starlette_route_adds_head_to_get() -> None:
    """Starlette's own `Route` adds HEAD to every GET route (FastAPI's `@app.get` does not)."""

    async def hello(request: Any) -> JSONResponse:
        return JSONResponse({"hello": "world"})

    assert Route("/", hello, methods=["GET"]).methods == {"GET", "HEAD"}
    app = Starlette(routes=[Route("/", hello, methods=["GET"])])
    assert call(app, "HEAD", "/").status_code == status.HTTP_200_OK


def test_a_stacked_head_route_sends_get_headers_and_the_app_still_builds_the_body() -> None:
    """The handler runs and the app sends the body; the server drops it; Content-Length stays."""
    app = FastAPI()

    @app.head("/books/{book_id}")
    @app.get("/books/{book_id}")
    async def read(book_id: int) -> dict[str, int]:
        return {"id": book_id}

    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "HEAD"}
    scope |= {"scheme": "http", "path": "/books/7", "raw_path": b"/books/7", "query_string": b""}
    scope |= {"headers": [(b"host", b"test")], "root_path": ""}
    asyncio.run(app(scope, receive, send))
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    assert body == b'{"id":7}'  # the app built and sent it; an ASGI server leaves it off the wire

    via_client = call(app, "HEAD", "/books/7")
    assert via_client.status_code == status.HTTP_200_OK and via_client.content == b""
    assert via_client.headers["content-length"] == str(len(b'{"id":7}'))


def test_api_route_with_get_and_head_duplicates_the_operation_id() -> None:
    """`api_route` with GET and HEAD gives both operations one operationId, with a warning."""
    app = FastAPI()

    @app.api_route("/books/{book_id}", methods=["GET", "HEAD"])
    async def read(book_id: int) -> dict[str, int]:
        return {"id": book_id}

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        operations = app.openapi()["paths"]["/books/{book_id}"]
    assert operations["get"]["operationId"] == operations["head"]["operationId"]
    assert any("Duplicate Operation ID" in str(w.message) for w in caught)


def test_options_without_cors_middleware_is_a_405() -> None:
    """Without `CORSMiddleware`, an OPTIONS request to a route gets 405."""
    assert call(book_app(), "OPTIONS", "/books/1").status_code == status.HTTP_405_METHOD_NOT_ALLOWED


def test_cors_middleware_answers_the_preflight() -> None:
    """`CORSMiddleware` answers a browser's OPTIONS preflight."""
    app = book_app()
    app.add_middleware(CORSMiddleware, allow_origins=["https://app.example"], allow_methods=["*"])
    preflight = {
        "Origin": "https://app.example",
        "Access-Control-Request-Method": "PUT",
    }
    response = call(app, "OPTIONS", "/books/1", headers=preflight)
    assert response.status_code == status.HTTP_200_OK
    assert "PUT" in response.headers["access-control-allow-methods"]


def test_the_405_allow_header_lists_only_the_first_route_whose_path_matched() -> None:
    """With GET, PUT and DELETE declared separately, a POST gets `Allow: GET` (no PUT, no HEAD)."""
    response = call(book_app(), "POST", "/books/1")
    assert response.status_code == status.HTTP_405_METHOD_NOT_ALLOWED
    assert response.headers["allow"] == "GET"


def test_an_unknown_method_gets_405_not_501() -> None:
    """An invented method on an existing path gets the same 405 (RFC 9110 suggests 501)."""
    response = call(book_app(), "FROB", "/books/1")
    assert response.status_code == status.HTTP_405_METHOD_NOT_ALLOWED


def test_query_is_accepted_through_api_route_and_appears_as_a_query_operation() -> None:
    """FastAPI routes QUERY with a JSON body; the 3.1.0 document lists a `query` operation."""
    app = FastAPI()

    @app.api_route("/books/search", methods=["QUERY"])
    async def search(criteria: Annotated[dict[str, str], Body()]) -> dict[str, Any]:
        return {"criteria": criteria, "results": []}

    response = call(app, "QUERY", "/books/search", json={"author": "Herbert"})
    assert response.status_code == status.HTTP_200_OK
    assert response.json()["criteria"] == {"author": "Herbert"}
    schema = app.openapi()
    assert schema["openapi"] == "3.1.0"
    assert list(schema["paths"]["/books/search"]) == ["query"]
