"""Claims made on content/questions/problem-details/; each fails if a release changes it."""

import asyncio
from typing import Annotated

import httpx
import pytest
from asgi import call
from fastapi import FastAPI, Header, HTTPException, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

PAGE = "problem-details"
PROBLEM = "application/problem+json"


class Order(BaseModel):
    sku: str


def problem_app() -> FastAPI:
    app = FastAPI()

    @app.exception_handler(StarletteHTTPException)
    async def http_problem(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        body = {"type": "about:blank", "status": exc.status_code}
        return JSONResponse(body, exc.status_code, headers=exc.headers, media_type=PROBLEM)

    @app.get("/orders/{order_id}")
    async def read(order_id: int) -> Order:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such order")

    return app


def test_fastapi_has_no_built_in_problem_details() -> None:
    """Without handlers, FastAPI's errors are `{"detail": ...}` bodies as application/json."""
    app = FastAPI()

    @app.post("/orders")
    async def create(order: Order) -> Order:
        return order

    for method, url, status_code in [
        ("GET", "/nowhere", 404),
        ("GET", "/orders", 405),
        ("POST", "/orders", 422),
    ]:
        response = call(app, method, url, json={})
        assert response.status_code == status_code
        assert response.headers["content-type"] == "application/json"
        assert list(response.json()) == ["detail"]


def test_fastapi_http_exception_subclasses_starlettes() -> None:
    """FastAPI's `HTTPException` subclasses Starlette's, so one handler catches both."""
    assert issubclass(HTTPException, StarletteHTTPException)


def test_one_starlette_handler_covers_raised_unknown_path_and_wrong_method() -> None:
    """A handler for Starlette's `HTTPException` formats a raised 404, the router's 404 for an
    unknown path and its 405, whose `Allow` header survives when `exc.headers` is copied."""
    app = problem_app()
    cases = [("GET", "/orders/7", 404), ("GET", "/nowhere", 404), ("DELETE", "/orders/7", 405)]
    for method, url, status_code in cases:
        response = call(app, method, url)
        assert response.status_code == status_code == response.json()["status"]
        assert response.headers["content-type"] == PROBLEM
    assert call(app, "DELETE", "/orders/7").headers["allow"] == "GET"


def test_request_validation_errors_need_their_own_handler() -> None:
    """Validation failures bypass the `HTTPException` handler: they raise
    `RequestValidationError`, which needs a handler of its own."""

    def with_orders(app: FastAPI) -> FastAPI:
        @app.post("/orders")
        async def create(order: Order) -> Order:
            return order

        return app

    unhandled = with_orders(problem_app())
    assert call(unhandled, "POST", "/orders", json={}).headers["content-type"] == "application/json"

    handled = with_orders(problem_app())

    @handled.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"status": 422}, 422, media_type=PROBLEM)

    assert call(handled, "POST", "/orders", json={}).headers["content-type"] == PROBLEM


def test_declaring_a_422_replaces_the_documented_default() -> None:
    """FastAPI documents its default 422 unless a route declares `422`, `4XX` or `default`."""
    app = FastAPI()
    problem = {"content": {PROBLEM: {"schema": {"type": "object"}}}}

    @app.post("/a", responses={422: problem})
    async def a(order: Order) -> Order:
        return order

    @app.post("/b", responses={"4XX": problem})
    async def b(order: Order) -> Order:
        return order

    @app.post("/c")
    async def c(order: Order) -> Order:
        return order

    paths = app.openapi()["paths"]
    assert list(paths["/a"]["post"]["responses"]["422"]["content"]) == [PROBLEM]
    assert "422" not in paths["/b"]["post"]["responses"]
    assert list(paths["/c"]["post"]["responses"]["422"]["content"]) == ["application/json"]


def test_a_catch_all_handler_answers_outside_other_middleware_and_still_raises() -> None:
    """An `Exception` handler runs in the outermost error middleware: its 500 lacks the CORS
    headers other responses get, and the exception is re-raised after the response is sent."""
    app = FastAPI()
    app.add_middleware(CORSMiddleware, allow_origins=["https://app.example"])

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"type": "about:blank", "status": 500}, 500, media_type=PROBLEM)

    @app.get("/fail")
    async def fail() -> None:
        raise RuntimeError("internal detail")

    async def get(path: str) -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get(path, headers={"origin": "https://app.example"})

    failed = asyncio.run(get("/fail"))
    assert failed.status_code == 500 and failed.headers["content-type"] == PROBLEM
    assert "access-control-allow-origin" not in failed.headers
    assert "access-control-allow-origin" in asyncio.run(get("/nowhere")).headers
    with pytest.raises(RuntimeError, match="internal detail"):
        call(app, "GET", "/fail")


def test_the_first_loc_element_names_where_the_bad_input_came_from() -> None:
    """`exc.errors()` entries start their `loc` with `body`, `query`, `path` or `header`, so a
    handler can tell which errors a JSON Pointer into the body can describe."""
    app = FastAPI()
    seen: list[list[object]] = []

    @app.exception_handler(RequestValidationError)
    async def record(request: Request, exc: RequestValidationError) -> JSONResponse:
        seen.extend(list(error["loc"]) for error in exc.errors())
        return JSONResponse({"status": 422}, 422, media_type=PROBLEM)

    @app.post("/orders/{order_id}")
    async def create(
        order_id: int,
        order: Order,
        limit: Annotated[int, Field(gt=0)],
        x_tenant: Annotated[int, Header()],
    ) -> Order:
        return order

    response = call(app, "POST", "/orders/x?limit=0", json={"sku": 1}, headers={"X-Tenant": "acme"})
    assert response.status_code == 422
    assert sorted(loc[0] for loc in seen) == ["body", "header", "path", "query"]
    assert ["body", "sku"] in seen
