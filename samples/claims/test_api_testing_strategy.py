"""Claims made on content/questions/api-testing-strategy/; each fails if a release changes them."""

import asyncio
import importlib.util
import subprocess
import sys
import warnings
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

import httpx
import pytest
from asgi import call
from fastapi import Depends, FastAPI
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from versions import release

PAGE = "api-testing-strategy"


def app_with_lifespan(events: list[str]) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        events.append("startup")
        yield
        events.append("shutdown")

    app = FastAPI(lifespan=lifespan)

    @app.get("/ping")
    async def ping() -> str:
        return "pong"

    return app


def test_testclient_runs_the_lifespan_only_as_a_context_manager() -> None:
    """`with TestClient(app)` runs startup and shutdown; a bare TestClient(app) skips both."""
    with warnings.catch_warnings():  # the httpx2 notice, checked in its own test below
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    events: list[str] = []
    app = app_with_lifespan(events)
    assert TestClient(app).get("/ping").json() == "pong" and events == []
    with TestClient(app) as client:
        client.get("/ping")
    assert events == ["startup", "shutdown"]


def test_asgitransport_sends_no_lifespan_events() -> None:
    """httpx.ASGITransport calls the app per request; the lifespan never runs."""
    events: list[str] = []
    assert call(app_with_lifespan(events), "GET", "/ping").json() == "pong"
    assert events == []


def test_httpx_0_28_removed_the_app_shortcut() -> None:
    """AsyncClient(app=...) is gone; pass transport=httpx.ASGITransport(app=app)."""
    assert release("httpx") >= (0, 28, 0)
    with pytest.raises(TypeError, match="app"):
        httpx.AsyncClient(app=FastAPI())  # type: ignore[call-arg]


def test_httpbearer_answers_a_missing_token_with_401_and_a_bearer_challenge() -> None:
    """Since FastAPI 0.122.0, HTTPBearer sends 401 with WWW-Authenticate: Bearer (was 403)."""
    assert release("fastapi") >= (0, 122, 0)
    app = FastAPI()

    @app.get("/orders/1")
    async def read(cred: Annotated[HTTPAuthorizationCredentials, Depends(HTTPBearer())]) -> str:
        return cred.credentials

    response = call(app, "GET", "/orders/1")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert call(app, "GET", "/orders/1", headers={"Authorization": "Bearer t"}).json() == "t"


def test_a_422_points_at_the_offending_field() -> None:
    """detail[0]["loc"] names where the bad value was: ["body", "quantity"]."""

    class OrderIn(BaseModel):
        quantity: int = Field(gt=0, le=100)

    app = FastAPI()

    @app.post("/orders")
    async def create(order: OrderIn) -> int:
        return order.quantity

    response = call(app, "POST", "/orders", json={"quantity": 0})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "quantity"]


def test_the_openapi_schema_lists_the_response_models_required_fields() -> None:
    """/openapi.json publishes the response model, so a test can compare a body with it."""

    class OrderOut(BaseModel):
        id: int
        owner: str
        total_cents: int

    app = FastAPI()

    @app.get("/orders/{order_id}")
    async def read(order_id: int) -> OrderOut:
        return OrderOut(id=order_id, owner="alice", total_cents=2698)

    schema = call(app, "GET", "/openapi.json").json()["components"]["schemas"]["OrderOut"]
    body = call(app, "GET", "/orders/1").json()
    assert set(schema["required"]) == set(body) == {"id", "owner", "total_cents"}


def test_async_tests_can_drive_the_app_with_asyncclient_and_asgitransport() -> None:
    """The async route: AsyncClient over ASGITransport, with a base_url and no server."""

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app_with_lifespan([]))
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get("/ping")

    assert asyncio.run(go()).json() == "pong"


def test_testclient_asks_for_httpx2_since_starlette_1_2() -> None:
    """Since Starlette 1.2.0 TestClient is built on httpx2 when it is installed and falls back to
    httpx with a StarletteDeprecationWarning (httpx2 is hidden here to see the fallback)."""
    assert release("starlette") >= (1, 2, 0)
    probe = (
        "import sys, warnings\n"
        "sys.modules['httpx2'] = None\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    import fastapi.testclient, httpx\n"
        "print([w.category.__name__ for w in caught])\n"
        "print(issubclass(fastapi.testclient.TestClient, httpx.Client))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert "StarletteDeprecationWarning" in result.stdout and "True" in result.stdout
    if importlib.util.find_spec("httpx2") is not None:
        import httpx2
        from fastapi.testclient import TestClient

        assert issubclass(TestClient, httpx2.Client)


def test_anyio_installs_the_pytest_plugin_behind_the_anyio_marker() -> None:
    """AnyIO, installed with FastAPI (through Starlette), registers the pytest plugin that runs
    @pytest.mark.anyio tests."""
    from importlib.metadata import entry_points, requires

    assert any(r.startswith("anyio") for r in requires("starlette") or [])
    plugins = {e.name: e.value for e in entry_points(group="pytest11")}
    assert plugins.get("anyio") == "anyio.pytest_plugin"


def test_testclient_is_built_on_an_httpx_client() -> None:
    """TestClient subclasses the Client of httpx2 when installed, else of httpx."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    client_module = "httpx2" if importlib.util.find_spec("httpx2") else "httpx"
    assert any(
        base.__name__ == "Client" and base.__module__.split(".")[0] == client_module
        for base in TestClient.__mro__
    )
