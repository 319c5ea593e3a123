"""Claims made on content/questions/error-handling/; each fails if a release changes them."""

import sys
from typing import Annotated

import pytest
from asgi import call, call_unraised
from fastapi import Depends, FastAPI, HTTPException, Request, status
from fastapi.responses import JSONResponse
from starlette.applications import Starlette
from starlette.exceptions import HTTPException as StarletteHTTPException

PAGE = "error-handling"


class DomainError(Exception): ...


class OrderShipped(DomainError): ...


def crashing_app(debug: bool = False) -> FastAPI:
    app = FastAPI(debug=debug)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"code": "internal_error"}, status.HTTP_500_INTERNAL_SERVER_ERROR)

    @app.get("/crash")
    async def crash() -> None:
        raise ValueError("bad row on db-primary:5432")

    return app


def test_a_handler_for_a_base_class_covers_its_subclasses() -> None:
    """Starlette looks handlers up along the exception's class hierarchy."""
    app = FastAPI()

    @app.exception_handler(DomainError)
    async def domain_error(request: Request, exc: DomainError) -> JSONResponse:
        return JSONResponse({"error": type(exc).__name__}, status.HTTP_409_CONFLICT)

    @app.post("/orders/2/cancel")
    async def cancel() -> None:
        raise OrderShipped()

    response = call(app, "POST", "/orders/2/cancel")
    assert (response.status_code, response.json()) == (409, {"error": "OrderShipped"})


def test_starlette_1_has_no_exception_handler_decorator_but_fastapi_keeps_one() -> None:
    """Starlette 1.0 removed @app.exception_handler; FastAPI still has it."""
    assert not hasattr(Starlette(), "exception_handler")
    assert hasattr(Starlette(), "add_exception_handler")
    assert callable(FastAPI().exception_handler)


def test_httpexception_raised_in_a_dependency_ends_the_request() -> None:
    """HTTPException works from dependencies, so an auth check can answer 401 early."""
    app = FastAPI()
    reached: list[bool] = []

    async def require_token(request: Request) -> None:
        if "authorization" not in request.headers:
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED, headers={"WWW-Authenticate": "Bearer"}
            )

    @app.get("/me")
    async def me(_: Annotated[None, Depends(require_token)]) -> dict[str, bool]:
        reached.append(True)
        return {"ok": True}

    assert call(app, "GET", "/me").status_code == status.HTTP_401_UNAUTHORIZED
    assert reached == []


def test_framework_errors_use_the_default_detail_shape() -> None:
    """Validation failures are a 422 detail list; the router's 404 and 405 carry a detail string."""
    app = FastAPI()

    @app.post("/orders/{order_id}/cancel")
    async def cancel(order_id: int) -> None: ...

    invalid = call(app, "POST", "/orders/abc/cancel")
    assert invalid.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert list(invalid.json()) == ["detail"] and isinstance(invalid.json()["detail"], list)
    assert call(app, "GET", "/nowhere").json() == {"detail": "Not Found"}
    assert call(app, "GET", "/orders/1/cancel").json() == {"detail": "Method Not Allowed"}


def test_a_handler_for_starlettes_httpexception_covers_router_errors_and_your_own() -> None:
    """A handler for Starlette's HTTPException reshapes 404, 405 and FastAPI's subclass."""
    app = FastAPI()

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"code": exc.status_code, "message": exc.detail}, exc.status_code)

    @app.get("/orders/{order_id}")
    async def read(order_id: int) -> None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Order not found")

    assert call(app, "GET", "/nowhere").json() == {"code": 404, "message": "Not Found"}
    assert call(app, "DELETE", "/orders/1").json() == {"code": 405, "message": "Method Not Allowed"}
    assert call(app, "GET", "/orders/1").json() == {"code": 404, "message": "Order not found"}


def test_the_500_handler_response_is_sent_and_then_the_exception_is_reraised() -> None:
    """ServerErrorMiddleware sends the handler's response, then re-raises for the server."""
    with pytest.raises(ValueError, match="db-primary"):
        call(crashing_app(), "GET", "/crash")
    response = call_unraised(crashing_app(), "GET", "/crash")
    assert (response.status_code, response.json()) == (500, {"code": "internal_error"})


def test_a_handler_for_status_500_is_the_same_catch_all() -> None:
    """A handler registered for the status code 500 also runs for uncaught exceptions."""
    app = FastAPI()

    @app.exception_handler(500)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"code": "internal_error"}, status.HTTP_500_INTERNAL_SERVER_ERROR)

    @app.get("/crash")
    async def crash() -> None:
        raise ValueError("bug")

    assert call_unraised(app, "GET", "/crash").json() == {"code": "internal_error"}


def test_debug_mode_sends_a_traceback_instead_of_calling_the_500_handler() -> None:
    """With debug=True the traceback is the response: plain text, or HTML for a browser."""
    plain = call_unraised(crashing_app(debug=True), "GET", "/crash")
    assert plain.status_code == 500 and plain.headers["content-type"].startswith("text/plain")
    assert "Traceback" in plain.text and "db-primary" in plain.text
    html = call_unraised(crashing_app(debug=True), "GET", "/crash", headers={"Accept": "text/html"})
    assert html.headers["content-type"].startswith("text/html") and "db-primary" in html.text


def test_an_uncaught_valueerror_is_a_500_not_a_client_error() -> None:
    """Without a handler, a ValueError in a route is a bare 500, whatever the input was."""
    app = FastAPI()

    @app.get("/items")
    async def items(limit: int = 10) -> list[int]:
        if limit > 100:
            raise ValueError("limit too large")
        return []

    response = call_unraised(app, "GET", "/items?limit=500")
    assert (response.status_code, response.text) == (500, "Internal Server Error")


def test_emailstr_needs_the_email_validator_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model with an EmailStr field cannot be defined without email-validator installed."""
    from pydantic import BaseModel, EmailStr

    monkeypatch.setitem(sys.modules, "email_validator", None)
    with pytest.raises(ImportError, match="email-validator"):

        class Signup(BaseModel):
            email: EmailStr
