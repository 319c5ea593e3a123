"""Claims on content/questions/choosing-a-python-framework/; each fails if a release changes it."""

import threading
from importlib.metadata import metadata, version
from importlib.util import find_spec
from typing import Annotated

from asgi import call
from fastapi import Depends, FastAPI, WebSocket, status
from fastapi.security import OAuth2PasswordBearer
from pydantic import BaseModel
from starlette.websockets import WebSocket as StarletteWebSocket

PAGE = "choosing-a-python-framework"


def test_the_table_names_the_fastapi_release_that_is_tested() -> None:
    """The comparison table describes FastAPI 0.165."""
    assert version("fastapi").startswith("0.165.")


def test_current_fastapi_requires_python_3_11() -> None:
    """Current FastAPI releases require Python 3.11 or newer."""
    assert metadata("fastapi")["Requires-Python"] == ">=3.11"


def test_def_endpoints_run_in_a_thread_pool_and_async_def_on_the_loop() -> None:
    """FastAPI accepts both kinds of endpoint and runs plain `def` ones in a worker thread."""
    app = FastAPI()

    @app.get("/sync")
    def sync_endpoint() -> dict[str, bool]:
        return {"main_thread": threading.current_thread() is threading.main_thread()}

    @app.get("/async")
    async def async_endpoint() -> dict[str, bool]:
        return {"main_thread": threading.current_thread() is threading.main_thread()}

    assert call(app, "GET", "/sync").json() == {"main_thread": False}
    assert call(app, "GET", "/async").json() == {"main_thread": True}


def test_invalid_input_is_a_422_before_the_handler_runs() -> None:
    """Invalid input is rejected with 422, and the handler never runs."""
    app = FastAPI()
    calls: list[int] = []

    class Item(BaseModel):
        price: float

    @app.post("/items")
    async def create(item: Item) -> Item:
        calls.append(1)
        return item

    response = call(app, "POST", "/items", json={"price": "free"})
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert calls == []


def test_responses_are_filtered_through_the_return_type() -> None:
    """A return type filters the response: fields it does not declare are dropped."""
    app = FastAPI()

    class Public(BaseModel):
        name: str

    @app.get("/user")
    async def user() -> Public:
        return {"name": "ada", "password_hash": "x"}  # type: ignore[return-value]

    assert call(app, "GET", "/user").json() == {"name": "ada"}


def test_generated_schema_is_openapi_3_1_with_docs() -> None:
    """FastAPI generates an OpenAPI 3.1 document and serves interactive docs at /docs."""
    app = FastAPI()
    assert app.openapi()["openapi"].startswith("3.1.")
    assert call(app, "GET", "/docs").status_code == status.HTTP_200_OK


def test_websockets_come_from_starlette() -> None:
    """WebSocket support is built in, taken from Starlette."""
    assert WebSocket is StarletteWebSocket


def test_starlette_ships_a_session_middleware() -> None:
    """Starlette has a signed-cookie SessionMiddleware (importing it needs itsdangerous)."""
    assert find_spec("starlette.middleware.sessions") is not None


def test_security_classes_only_extract_credentials() -> None:
    """FastAPI's security classes read the credential and hand it over unverified: any bearer
    string reaches the endpoint, and only a missing one is refused."""
    app = FastAPI()
    bearer = OAuth2PasswordBearer(tokenUrl="token")

    @app.get("/me")
    async def me(token: Annotated[str, Depends(bearer)]) -> dict[str, str]:
        return {"token": token}

    forged = call(app, "GET", "/me", headers={"Authorization": "Bearer not-a-real-token"})
    assert forged.json() == {"token": "not-a-real-token"}
    assert call(app, "GET", "/me").status_code == status.HTTP_401_UNAUTHORIZED
