"""Claims made on content/questions/api-design-best-practices/; a release that breaks one fails."""

from importlib.metadata import version

from asgi import call
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

PAGE = "api-design-best-practices"


class UserOut(BaseModel):
    id: int
    email: str


def test_return_annotation_filters_undeclared_fields() -> None:
    """FastAPI validates the return value against the annotation and drops undeclared fields."""
    app = FastAPI()

    @app.get("/users/7")
    async def read_user() -> UserOut:
        return {"id": 7, "email": "ada@example.com", "password_hash": "secret"}

    assert call(app, "GET", "/users/7").json() == {"id": 7, "email": "ada@example.com"}


def with_handler(exception_class: type[Exception]) -> FastAPI:
    app = FastAPI()

    @app.exception_handler(exception_class)
    async def mine(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"mine": True}, exc.status_code, headers=exc.headers)

    @app.get("/users/{user_id}")
    async def read_user(user_id: int) -> None:
        raise HTTPException(404)

    return app


def test_a_starlette_http_exception_handler_also_formats_routing_errors() -> None:
    """A handler for Starlette's HTTPException also receives routing's 404 and 405, and the 405
    carries its Allow header in exc.headers."""
    app = with_handler(StarletteHTTPException)
    assert call(app, "GET", "/users/7").json() == {"mine": True}
    assert call(app, "GET", "/nowhere").json() == {"mine": True}
    wrong_method = call(app, "DELETE", "/users/7")
    assert wrong_method.json() == {"mine": True}
    assert wrong_method.headers["allow"] == "GET"


def test_a_fastapi_http_exception_handler_misses_routing_errors() -> None:
    """A handler registered for FastAPI's HTTPException does not see routing's 404."""
    app = with_handler(HTTPException)
    assert call(app, "GET", "/users/7").json() == {"mine": True}
    assert call(app, "GET", "/nowhere").json() == {"detail": "Not Found"}


def test_a_starlette_http_exception_handler_misses_validation_errors() -> None:
    """RequestValidationError is not an HTTPException: a handler for Starlette's HTTPException
    leaves the 422 in FastAPI's default {"detail": [...]} body."""
    app = with_handler(StarletteHTTPException)
    response = call(app, "GET", "/users/not-a-number")
    assert response.status_code == 422
    assert "mine" not in response.json() and isinstance(response.json()["detail"], list)


def test_max_body_size_413_since_0_164_bypasses_handlers_for_a_declared_length() -> None:
    """Since FastAPI 0.164, max_body_size answers 413; when Content-Length is over the limit, the
    413 is plain text sent before any exception handler (even one for Starlette's HTTPException)."""
    assert tuple(int(part) for part in version("fastapi").split(".")[:2]) >= (0, 164)

    async def mine(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"mine": True}, exc.status_code)

    app = FastAPI(max_body_size=40, exception_handlers={StarletteHTTPException: mine})

    @app.post("/users")
    async def create(user: UserOut) -> UserOut:
        return user

    small = call(app, "POST", "/users", json={"id": 1, "email": "a@b.c"})
    assert small.status_code == 200
    too_big = call(app, "POST", "/users", json={"id": 1, "email": "ada.lovelace@example.com" * 2})
    assert too_big.status_code == 413
    assert too_big.headers["content-type"].startswith("text/plain")
    assert "mine" not in too_big.text
