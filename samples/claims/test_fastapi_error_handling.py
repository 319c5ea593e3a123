"""Claims made on content/questions/fastapi-error-handling/; each fails if a release changes it."""

import threading
from collections.abc import Iterator
from typing import Annotated

import anyio
import httpx
import pytest
from asgi import call_unraised as call  # as a server: the client sees what was sent
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request, WebSocket
from fastapi.exceptions import RequestValidationError, ResponseValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ValidationError
from starlette.applications import Starlette
from starlette.exceptions import HTTPException as StarletteHTTPException

PAGE = "fastapi-error-handling"
ORIGIN = {"Origin": "https://app.example"}


def tagged(tag: str, status_code: int = 418):
    async def handler(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"by": tag}, status_code)

    return handler


def test_fastapi_httpexception_subclasses_starlettes_and_the_router_raises_starlettes() -> None:
    """A handler for fastapi.HTTPException misses router 404s; Starlette's class catches both."""
    assert issubclass(HTTPException, StarletteHTTPException)
    narrow = FastAPI(exception_handlers={HTTPException: tagged("fastapi")})
    wide = FastAPI(exception_handlers={StarletteHTTPException: tagged("starlette")})
    assert call(narrow, "GET", "/nowhere").json() == {"detail": "Not Found"}
    assert call(wide, "GET", "/nowhere").json() == {"by": "starlette"}


def test_a_status_code_handler_wins_over_a_class_handler() -> None:
    """For HTTP exceptions a handler keyed by status code is tried before the class hierarchy."""
    app = FastAPI(exception_handlers={404: tagged("404"), StarletteHTTPException: tagged("class")})

    @app.get("/gone")
    async def gone() -> None:
        raise HTTPException(404)

    assert call(app, "GET", "/gone").json() == {"by": "404"}
    assert call(app, "GET", "/nowhere").json() == {"by": "404"}


def test_handlers_are_found_along_the_class_hierarchy() -> None:
    """A handler registered for a base class handles its subclasses."""

    class DomainError(Exception): ...

    class OutOfStock(DomainError): ...

    app = FastAPI(exception_handlers={DomainError: tagged("domain", 409)})

    @app.get("/")
    async def route() -> None:
        raise OutOfStock

    assert call(app, "GET", "/").json() == {"by": "domain"}


def test_the_default_http_handler_sends_detail_and_headers_and_no_body_when_forbidden() -> None:
    """Default: {"detail": ...} with any JSON value and the exception's headers; no body on
    204, 205 or 304."""
    app = FastAPI()

    @app.get("/conflict")
    async def conflict() -> None:
        raise HTTPException(409, {"code": "taken"}, {"X-Error-Code": "taken"})

    @app.get("/unchanged")
    async def unchanged() -> None:
        raise HTTPException(304)

    response = call(app, "GET", "/conflict")
    assert response.json() == {"detail": {"code": "taken"}}
    assert response.headers["x-error-code"] == "taken"
    assert call(app, "GET", "/unchanged").content == b""

    @app.get("/reset")
    async def reset() -> None:
        raise HTTPException(205)

    @app.get("/nothing")
    async def nothing() -> None:
        raise HTTPException(204)

    assert call(app, "GET", "/reset").content == call(app, "GET", "/nothing").content == b""


def test_request_validation_error_is_not_a_pydantic_validation_error_and_keeps_the_body() -> None:
    """RequestValidationError does not subclass pydantic.ValidationError; exc.body is the input."""
    assert not issubclass(RequestValidationError, ValidationError)
    seen = []

    async def handler(request: Request, exc: RequestValidationError) -> JSONResponse:
        seen.append(exc.body)
        return JSONResponse({}, 422)

    class Order(BaseModel):
        quantity: int

    app = FastAPI(exception_handlers={RequestValidationError: handler})

    @app.post("/")
    async def route(order: Order) -> None: ...

    call(app, "POST", "/", json={"quantity": "x"})
    assert seen == [{"quantity": "x"}]


def test_validation_errors_raised_inside_your_code_are_500s() -> None:
    """A pydantic ValidationError raised in a handler, or a bad return value, is a 500, not 422."""

    class Price(BaseModel):
        amount: int

    app = FastAPI()

    @app.get("/inside")
    async def inside() -> int:
        return Price.model_validate({"amount": "n/a"}).amount

    @app.get("/returned")
    async def returned() -> Price:
        return {"amount": "n/a"}  # type: ignore[return-value]

    assert call(app, "GET", "/inside").status_code == 500
    assert call(app, "GET", "/returned").status_code == 500
    assert issubclass(ResponseValidationError, Exception)


def test_http_exceptions_raised_in_middleware_bypass_the_handlers() -> None:
    """Exception handlers sit inside user middleware: an HTTPException raised there is a 500."""
    app = FastAPI(exception_handlers={StarletteHTTPException: tagged("handler", 400)})

    @app.middleware("http")
    async def guard(request: Request, call_next):
        raise HTTPException(400, "from middleware")

    assert call(app, "GET", "/").status_code == 500


def test_the_catch_all_handler_responds_and_then_the_exception_is_re_raised() -> None:
    """An Exception handler's response is sent, then the exception propagates to the server."""
    app = FastAPI(exception_handlers={Exception: tagged("catch-all", 500)})

    @app.get("/")
    async def route() -> None:
        raise RuntimeError("bug")

    assert call(app, "GET", "/").json() == {"by": "catch-all"}

    async def strict() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            await client.get("/")

    with pytest.raises(RuntimeError, match="bug"):
        anyio.run(strict)


def test_debug_mode_returns_a_traceback_instead_of_calling_the_500_handler() -> None:
    """With FastAPI(debug=True), a crash returns a traceback, not the Exception handler's body."""
    app = FastAPI(debug=True, exception_handlers={Exception: tagged("catch-all", 500)})

    @app.get("/")
    async def route() -> None:
        raise RuntimeError("bug")

    response = call(app, "GET", "/")
    assert response.status_code == 500 and "Traceback" in response.text


def test_500s_carry_no_cors_headers_unless_cors_wraps_the_whole_app() -> None:
    """CORSMiddleware added with add_middleware sits inside ServerErrorMiddleware, so a 500 has no
    Access-Control-Allow-Origin; wrapping the whole app in CORSMiddleware adds it."""
    app = FastAPI()
    app.add_middleware(CORSMiddleware, allow_origins=["https://app.example"])

    @app.get("/")
    async def route() -> None:
        raise RuntimeError("bug")

    assert "access-control-allow-origin" not in call(app, "GET", "/", headers=ORIGIN).headers
    wrapped = CORSMiddleware(app, allow_origins=["https://app.example"])
    response = call(wrapped, "GET", "/", headers=ORIGIN)
    assert response.status_code == 500
    assert response.headers["access-control-allow-origin"] == "https://app.example"


def test_sync_handlers_run_in_the_thread_pool() -> None:
    """An exception handler written as plain def runs in a worker thread."""
    names = []

    def handler(request: Request, exc: Exception) -> JSONResponse:
        names.append(threading.current_thread().name)
        return JSONResponse({}, 409)

    class Conflict(Exception): ...

    app = FastAPI(exception_handlers={Conflict: handler})

    @app.get("/")
    async def route() -> None:
        raise Conflict

    call(app, "GET", "/")
    assert names and names[0] != threading.main_thread().name


def test_once_a_response_has_started_no_handler_can_replace_it() -> None:
    """An exception raised mid-stream leaves the client a truncated 200."""
    app = FastAPI()

    @app.get("/")
    async def route() -> StreamingResponse:
        async def chunks():
            yield b"first,"
            raise HTTPException(409, "too late")

        return StreamingResponse(chunks())

    response = call(app, "GET", "/")
    assert (response.status_code, response.content) == (200, b"first,")


def test_only_fastapi_has_the_exception_handler_decorator_and_routers_have_none() -> None:
    """Starlette 1.x dropped @app.exception_handler; FastAPI keeps it; APIRouter has no handlers."""
    assert not hasattr(Starlette, "exception_handler")
    assert hasattr(FastAPI, "exception_handler") and hasattr(FastAPI, "add_exception_handler")
    assert not hasattr(APIRouter, "exception_handler")
    assert not hasattr(APIRouter, "add_exception_handler")


def test_an_exception_after_yield_cannot_change_a_sent_response() -> None:
    """With the default dependency scope, code after yield runs after the response is sent, so an
    HTTPException raised there does not reach the client."""

    def audit() -> Iterator[None]:
        yield
        raise HTTPException(500, "audit failed")

    app = FastAPI()

    @app.get("/")
    async def route(_: Annotated[None, Depends(audit)]) -> str:
        return "ok"

    response = call(app, "GET", "/")
    assert (response.status_code, response.json()) == (200, "ok")


def test_a_mounted_app_does_not_use_the_parents_handlers() -> None:
    """Handlers belong to one application: a mounted sub-application keeps its own set."""

    class DomainError(Exception): ...

    parent = FastAPI(exception_handlers={DomainError: tagged("parent", 409)})
    child = FastAPI()

    @child.get("/x")
    async def route() -> None:
        raise DomainError

    parent.mount("/child", child)
    assert call(parent, "GET", "/child/x").status_code == 500


def test_invalid_websocket_data_closes_the_connection_with_1008() -> None:
    """Invalid data at a WebSocket endpoint raises WebSocketRequestValidationError, and the default
    handler closes the connection with code 1008 (policy violation)."""
    app = FastAPI()

    @app.websocket("/ws")
    async def socket(websocket: WebSocket, room: int) -> None:
        await websocket.accept()

    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "websocket.connect"}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {"type": "websocket", "path": "/ws", "query_string": b"room=lobby", "headers": []}
    anyio.run(app, scope, receive, send)
    assert [(m["type"], m.get("code")) for m in sent] == [("websocket.close", 1008)]


def test_max_body_size_413_skips_handlers_when_content_length_is_too_big() -> None:
    """FastAPI 0.164+ max_body_size: a declared Content-Length over the limit gets a plain-text 413
    before any handler runs; a streamed body that grows past it is raised as a Starlette
    HTTPException, so your handler shapes that 413."""
    handlers = {StarletteHTTPException: tagged("mine", 413)}
    app = FastAPI(max_body_size=10, exception_handlers=handlers)

    @app.post("/")
    async def route(request: Request) -> int:
        return len(await request.body())

    declared = call(app, "POST", "/", content=b"x" * 100)
    assert declared.status_code == 413
    assert declared.headers["content-type"].startswith("text/plain")
    assert declared.text == "Content Too Large"

    async def chunks():
        for _ in range(5):
            yield b"x" * 5

    streamed = call(app, "POST", "/", content=chunks())
    assert (streamed.status_code, streamed.json()) == (413, {"by": "mine"})


def test_function_scope_lets_an_exception_after_yield_reach_the_client() -> None:
    """With Depends(..., scope="function") (FastAPI 0.121.0+), code after yield runs before the
    response is sent, so an HTTPException raised there becomes the response."""

    def audit() -> Iterator[None]:
        yield
        raise HTTPException(409, "audit failed")

    app = FastAPI()

    @app.get("/")
    async def route(_: Annotated[None, Depends(audit, scope="function")]) -> str:
        return "ok"

    response = call(app, "GET", "/")
    assert (response.status_code, response.json()) == (409, {"detail": "audit failed"})


def test_a_500_key_is_the_same_catch_all_as_exception() -> None:
    """A handler registered for the status code 500 catches any unhandled exception, like
    `Exception`."""
    app = FastAPI(exception_handlers={500: tagged("500", 500)})

    @app.get("/")
    async def route() -> None:
        raise RuntimeError("bug")

    assert call(app, "GET", "/").json() == {"by": "500"}


def test_the_last_middleware_added_is_the_outermost() -> None:
    """Middleware added later wraps middleware added earlier, including @app.middleware("http")."""
    app = FastAPI()
    order: list[str] = []

    @app.middleware("http")
    async def first(request: Request, call_next):
        order.append("first")
        return await call_next(request)

    @app.middleware("http")
    async def second(request: Request, call_next):
        order.append("second")
        return await call_next(request)

    call(app, "GET", "/")
    assert order == ["second", "first"]


def test_handlers_do_not_change_the_openapi_document() -> None:
    """A handler for a domain error adds nothing to OpenAPI: only 200 and the default 422 are
    listed until the route declares `responses=`."""

    class DomainError(Exception): ...

    class ErrorOut(BaseModel):
        detail: str

    app = FastAPI(exception_handlers={DomainError: tagged("domain", 409)})

    @app.get("/plain")
    async def plain(q: int) -> str:
        return "ok"

    @app.get("/declared", responses={409: {"model": ErrorOut}})
    async def declared(q: int) -> str:
        return "ok"

    paths = app.openapi()["paths"]
    assert set(paths["/plain"]["get"]["responses"]) == {"200", "422"}
    assert set(paths["/declared"]["get"]["responses"]) == {"200", "409", "422"}
