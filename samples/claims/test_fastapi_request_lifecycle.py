"""Claims on content/questions/fastapi-request-lifecycle/; each fails if a release breaks it."""

import asyncio
import math
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib.metadata import version
from typing import Annotated, Any

import httpx
import pytest
from asgi import call, call_unraised
from fastapi import APIRouter, BackgroundTasks, Depends, FastAPI, Header, Request, Response, status
from fastapi.exceptions import ResponseValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.middleware.base import BaseHTTPMiddleware

PAGE = "fastapi-request-lifecycle"


def layer_names(app: FastAPI) -> list[str]:
    names, layer = [], app.build_middleware_stack()
    while not isinstance(layer, APIRouter):
        names.append(type(layer).__name__)
        layer = layer.app
    return [*names, type(layer).__name__]


def test_middleware_stack_order() -> None:
    """In 0.165 the stack is ServerError, telemetry, body limit, yours (last added outermost),
    ExceptionMiddleware, AsyncExitStack, then the router."""

    class First(BaseHTTPMiddleware):
        async def dispatch(self, request: Request, call_next: Any) -> Response:
            return await call_next(request)

    class Second(First): ...

    app = FastAPI()
    app.add_middleware(First)
    app.add_middleware(Second)
    assert layer_names(app) == [
        "ServerErrorMiddleware",
        "ExceptionTelemetryMiddleware",
        "AppBodyLimitMiddleware",
        "Second",
        "First",
        "ExceptionMiddleware",
        "AsyncExitStackMiddleware",
        "APIRouter",
    ]


class Order(BaseModel):
    quantity: int


def order_app(trace: list[str]) -> FastAPI:
    async def session() -> AsyncIterator[str]:
        trace.append("session")
        yield "s"

    async def user(x_token: Annotated[str, Header()]) -> str:
        trace.append("user")
        return x_token

    app = FastAPI()

    @app.post("/orders")
    async def create(
        order: Order, s: Annotated[str, Depends(session)], u: Annotated[str, Depends(user)]
    ) -> dict[str, int]:
        trace.append("endpoint")
        return {"quantity": order.quantity}

    return app


def test_malformed_json_is_rejected_before_any_dependency_runs() -> None:
    """A body that is not valid JSON gets 422 json_invalid and no dependency runs."""
    trace: list[str] = []
    headers = {"X-Token": "t", "Content-Type": "application/json"}
    response = call(order_app(trace), "POST", "/orders", content=b'{"quantity": 2', headers=headers)
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert response.json()["detail"][0]["type"] == "json_invalid"
    assert trace == []


def test_dependencies_run_before_field_validation_fails() -> None:
    """With well-formed JSON, dependencies run even though the body then fails with 422."""
    trace: list[str] = []
    body = {"quantity": "two"}
    response = call(order_app(trace), "POST", "/orders", json=body, headers={"X-Token": "t"})
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert trace == ["session", "user"]


def test_a_dependency_with_invalid_inputs_is_skipped_but_others_still_run() -> None:
    """A dependency whose own parameters fail is not called; the others are, and all errors
    come back together in one 422."""
    trace: list[str] = []
    response = call(order_app(trace), "POST", "/orders", json={"quantity": "two"})
    assert trace == ["session"]
    locations = [error["loc"] for error in response.json()["detail"]]
    assert ["header", "x-token"] in locations and ["body", "quantity"] in locations


def test_cleanup_order_after_the_response() -> None:
    """Background tasks run after the response is sent; request-scoped yield exit code after
    that (since 0.118.0); scope="function" exit code before the response is sent."""
    trace: list[str] = []

    async def request_scoped() -> AsyncIterator[None]:
        yield
        trace.append("request-scope exit")

    async def function_scoped() -> AsyncIterator[None]:
        yield
        trace.append("function-scope exit")

    app = FastAPI()

    @app.get("/x")
    async def read(
        tasks: BackgroundTasks,
        a: Annotated[None, Depends(request_scoped)],
        b: Annotated[None, Depends(function_scoped, scope="function")],
    ) -> dict[str, bool]:
        tasks.add_task(trace.append, "background task")
        return {"ok": True}

    async def app_with_send_log(scope: Any, receive: Any, send: Any) -> None:
        async def logged(message: Any) -> None:
            if message["type"] == "http.response.body" and not message.get("more_body"):
                trace.append("body sent")
            await send(message)

        await app(scope, receive, logged)

    assert call(app_with_send_log, "GET", "/x").status_code == status.HTTP_200_OK
    assert trace == ["function-scope exit", "body sent", "background task", "request-scope exit"]


def test_unhandled_errors_reach_middleware_as_exceptions_and_become_500() -> None:
    """Your middleware sees an unhandled error as an exception from call_next; the 500 is sent
    by ServerErrorMiddleware outside it."""
    seen: list[str] = []
    app = FastAPI()

    @app.middleware("http")
    async def watch(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Any:
        try:
            return await call_next(request)
        except RuntimeError:
            seen.append("exception")
            raise

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("bug")

    async def run() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get("/boom")

    assert asyncio.run(run()).status_code == status.HTTP_500_INTERNAL_SERVER_ERROR
    assert seen == ["exception"]


def test_a_return_value_that_fails_the_response_model_is_a_server_error() -> None:
    """A return value that does not match the declared type raises ResponseValidationError."""
    app = FastAPI()

    @app.get("/order")
    async def read() -> Order:
        return {"quantity": "many"}  # type: ignore[return-value]

    with pytest.raises(ResponseValidationError):
        call(app, "GET", "/order")


def test_server_error_middleware_runs_your_handler_then_re_raises() -> None:
    """A handler registered for Exception runs in ServerErrorMiddleware and its reply is sent;
    the exception is then re-raised so the server logs it."""
    app = FastAPI()

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"error": "internal"}, status.HTTP_500_INTERNAL_SERVER_ERROR)

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("bug")

    assert call_unraised(app, "GET", "/boom").json() == {"error": "internal"}
    with pytest.raises(RuntimeError, match="bug"):
        call(app, "GET", "/boom")


def test_asgi_transport_skips_lifespan() -> None:
    """httpx.ASGITransport sends requests only; the app's lifespan startup never runs."""
    events: list[str] = []

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        events.append("startup")
        yield

    app = FastAPI(lifespan=lifespan)

    @app.get("/")
    async def root() -> dict[str, bool]:
        return {"ok": True}

    assert call(app, "GET", "/").status_code == status.HTTP_200_OK
    assert events == []


def test_a_declared_model_is_serialized_by_pydantic_not_json_dumps() -> None:
    """Since 0.130.0 a declared return model is serialized straight to JSON by Pydantic (Rust):
    a NaN float becomes null there, while a plain dict goes through json.dumps, which refuses it."""
    major, minor = (int(part) for part in version("fastapi").split(".")[:2])
    assert (major, minor) >= (0, 130)

    class Reading(BaseModel):
        value: float

    app = FastAPI()

    @app.get("/model")
    async def with_model() -> Reading:
        return Reading(value=math.nan)

    @app.get("/dict")
    async def without_model():  # no return annotation, so no response model
        return {"value": math.nan}

    assert call(app, "GET", "/model").json() == {"value": None}
    with pytest.raises(ValueError, match="not JSON compliant"):
        call(app, "GET", "/dict")


def test_a_failure_in_default_scope_cleanup_cannot_change_the_response() -> None:
    """An exception after yield in a default-scope dependency comes after the response: the
    client keeps its 200. With scope="function" the same failure is a 500."""

    async def commit() -> AsyncIterator[None]:
        yield
        raise RuntimeError("commit failed")

    app = FastAPI()

    @app.get("/request-scope")
    async def late(c: Annotated[None, Depends(commit)]) -> dict[str, bool]:
        return {"ok": True}

    @app.get("/function-scope")
    async def early(c: Annotated[None, Depends(commit, scope="function")]) -> dict[str, bool]:
        return {"ok": True}

    assert call_unraised(app, "GET", "/request-scope").status_code == status.HTTP_200_OK
    with pytest.raises(RuntimeError, match="commit failed"):
        call(app, "GET", "/request-scope")
    failed = call_unraised(app, "GET", "/function-scope")
    assert failed.status_code == status.HTTP_500_INTERNAL_SERVER_ERROR
