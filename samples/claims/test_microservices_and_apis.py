"""Claims made on content/questions/microservices-and-apis/; each fails if a release changes it."""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from asgi import call
from fastapi import FastAPI, Request
from pydantic import BaseModel

PAGE = "microservices-and-apis"


def test_asgi_transport_calls_an_app_in_process_without_running_its_lifespan() -> None:
    """httpx.ASGITransport sends requests straight into an ASGI app (no sockets) and does not run
    the app's lifespan, so state the lifespan would create is missing."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        app.state.users_client = "opened"
        yield

    app = FastAPI(lifespan=lifespan)

    @app.get("/state")
    async def state(request: Request) -> dict[str, bool]:
        return {"has_client": hasattr(request.app.state, "users_client")}

    assert call(app, "GET", "/state").json() == {"has_client": False}


def test_pydantic_ignores_unknown_fields_by_default() -> None:
    """A consumer model that declares only the fields it needs accepts a richer payload."""

    class Customer(BaseModel):
        id: int
        name: str

    customer = Customer.model_validate({"id": 1, "name": "Ada", "email": "a@example.com"})
    assert customer.model_dump() == {"id": 1, "name": "Ada"}


def test_one_except_clause_covers_transport_errors_and_error_statuses() -> None:
    """ConnectError, timeouts and raise_for_status()'s HTTPStatusError all derive from HTTPError;
    is_server_error picks out 5xx; raise_for_status() raises on 4xx and 5xx and returns the
    response otherwise."""
    for error in (httpx.ConnectError, httpx.ReadTimeout, httpx.HTTPStatusError):
        assert issubclass(error, httpx.HTTPError)
    request = httpx.Request("GET", "http://users/users/1")
    assert httpx.Response(503, request=request).is_server_error
    assert not httpx.Response(404, request=request).is_server_error
    assert httpx.Response(200, request=request).raise_for_status().status_code == 200
    for code in (401, 503):
        with pytest.raises(httpx.HTTPStatusError):
            httpx.Response(code, request=request).raise_for_status()


def test_mock_transport_can_simulate_a_refused_connection() -> None:
    """A MockTransport handler that raises ConnectError makes the client raise it, like a down
    service would."""

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    async def go() -> None:
        client = httpx.AsyncClient(transport=httpx.MockTransport(refuse), base_url="http://users")
        async with client:
            await client.get("/users/1")

    with pytest.raises(httpx.ConnectError):
        asyncio.run(go())


def test_an_unmapped_upstream_4xx_surfaces_as_the_callers_own_500() -> None:
    """An upstream 4xx the handler does not map (raise_for_status() raising HTTPStatusError)
    reaches the caller as a plain 500, not as the upstream status."""
    upstream = httpx.MockTransport(lambda request: httpx.Response(401))
    app = FastAPI()

    @app.get("/orders/1")
    async def read_order() -> dict[str, str]:
        async with httpx.AsyncClient(transport=upstream, base_url="http://users") as users:
            (await users.get("/users/1")).raise_for_status()
        return {"status": "unreachable"}

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://orders") as client:
            return await client.get("/orders/1")

    response = asyncio.run(go())
    assert response.status_code == 500 and response.text == "Internal Server Error"
