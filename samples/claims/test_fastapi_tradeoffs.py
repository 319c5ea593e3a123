"""Claims made on content/questions/fastapi-tradeoffs/; each fails if a release changes them."""

import asyncio
import importlib.metadata
import inspect
import threading
from typing import Annotated

import fastapi
import httpx
from asgi import call
from fastapi import BackgroundTasks, Depends, FastAPI
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from starlette.applications import Starlette

PAGE = "fastapi-tradeoffs"


class Item(BaseModel):
    name: str


def test_still_numbered_0_x_and_built_on_starlette() -> None:
    """FastAPI is still a 0.x release, and the FastAPI class is a Starlette subclass."""
    assert fastapi.__version__.startswith("0.")
    assert issubclass(FastAPI, Starlette)


def test_requires_python_3_11_and_pydantic_v2() -> None:
    """Current releases need Python 3.11+ (since 0.162.6) and Pydantic v2 (v1 gone in 0.126.0)."""
    assert importlib.metadata.metadata("fastapi")["Requires-Python"] == ">=3.11"
    pydantic_pin = next(
        r for r in importlib.metadata.requires("fastapi") if r.startswith("pydantic")
    )
    assert pydantic_pin.startswith("pydantic>=2.")


def test_async_def_runs_on_the_event_loop_thread_and_def_in_a_worker() -> None:
    """An `async def` endpoint runs on the event loop's thread, so a blocking call there blocks
    every request; a plain `def` endpoint runs in a worker thread."""
    app = FastAPI()
    threads: dict[str, int] = {}

    @app.get("/async")
    async def on_loop() -> None:
        threads["async"] = threading.get_ident()

    @app.get("/sync")
    def in_pool() -> None:
        threads["sync"] = threading.get_ident()

    call(app, "GET", "/async")
    call(app, "GET", "/sync")
    assert threads["async"] == threading.get_ident()
    assert threads["sync"] != threading.get_ident()


def test_a_body_without_content_type_is_not_parsed_as_json() -> None:
    """Since 0.132.0 a body sent with no Content-Type is not parsed as JSON (422) unless the app
    sets strict_content_type=False."""
    body = b'{"name": "pen"}'
    for strict, expected in ((True, 422), (False, 200)):
        app = FastAPI(strict_content_type=strict)

        @app.post("/items")
        async def create(item: Item) -> Item:
            return item

        assert call(app, "POST", "/items", content=body).status_code == expected


def test_security_classes_answer_missing_credentials_with_401() -> None:
    """Since 0.122.0 HTTPBearer and APIKeyHeader answer missing credentials with 401 (formerly
    403), with a WWW-Authenticate challenge."""
    app = FastAPI()

    @app.get("/bearer")
    async def bearer(
        credentials: Annotated[HTTPAuthorizationCredentials, Depends(HTTPBearer())],
    ) -> str:
        return credentials.credentials

    @app.get("/key")
    async def key(api_key: Annotated[str, Depends(APIKeyHeader(name="X-API-Key"))]) -> str:
        return api_key

    bearer_response = call(app, "GET", "/bearer")
    assert bearer_response.status_code == 401
    assert bearer_response.headers["www-authenticate"] == "Bearer"
    assert call(app, "GET", "/key").status_code == 401


def test_recent_built_in_features_exist() -> None:
    """Server-Sent Events (0.135.0), built-in OpenTelemetry (0.142), Depends(max_concurrency=...)
    (0.163.0) and max_body_size (0.164.0) are part of FastAPI itself."""
    from fastapi.sse import EventSourceResponse

    assert EventSourceResponse
    assert "telemetry" in inspect.signature(FastAPI).parameters
    assert "max_concurrency" in inspect.signature(Depends).parameters
    app = FastAPI(max_body_size=16)

    @app.post("/items")
    async def create(item: Item) -> Item:
        return item

    assert call(app, "POST", "/items", json={"name": "x" * 64}).status_code == 413


def test_parameter_source_follows_the_path_template_and_route_order() -> None:
    """A name in the path template is a path parameter, another simple type is a query parameter,
    and routes match in declaration order (an earlier `{user_id}` route claims `/users/me`)."""
    app = FastAPI()

    @app.get("/users/{user_id}")
    async def read_user(user_id: str, verbose: bool = False) -> dict[str, object]:
        return {"user_id": user_id, "verbose": verbose}

    @app.get("/users/me")
    async def read_me() -> dict[str, str]:
        return {"me": "yes"}

    assert call(app, "GET", "/users/7?verbose=true").json() == {"user_id": "7", "verbose": True}
    assert call(app, "GET", "/users/me").json() == {"user_id": "me", "verbose": False}


def test_responses_are_validated_too() -> None:
    """The return value is validated against the declared model; a mismatch is a server error."""
    app = FastAPI()

    @app.get("/item")
    async def broken() -> Item:
        return {"title": "no name"}

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)

    async def fetch() -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get("/item")

    assert asyncio.run(fetch()).status_code == 500


def test_background_tasks_run_in_process_after_the_response_is_sent() -> None:
    """BackgroundTasks run in the same process, after the response body has been sent."""
    events: list[str] = []
    app = FastAPI()

    @app.post("/signup")
    async def signup(tasks: BackgroundTasks) -> dict[str, str]:
        tasks.add_task(events.append, "task ran")
        return {"status": "ok"}

    async def recording(scope, receive, send):  # type: ignore[no-untyped-def]
        async def spy(message):  # type: ignore[no-untyped-def]
            if message["type"] == "http.response.body" and not message.get("more_body"):
                events.append("response sent")
            await send(message)

        await app(scope, receive, spy)

    call(recording, "POST", "/signup")
    assert events == ["response sent", "task ran"]


def test_def_endpoints_share_anyios_40_thread_pool() -> None:
    """The thread pool that runs `def` endpoints is AnyIO's default limiter: 40 threads."""
    import anyio.to_thread

    app = FastAPI()

    @app.get("/tokens")
    async def tokens() -> float:
        return anyio.to_thread.current_default_thread_limiter().total_tokens

    assert call(app, "GET", "/tokens").json() == 40


def test_the_generated_document_is_openapi_3_1() -> None:
    """FastAPI generates an OpenAPI 3.1 document."""
    assert FastAPI().openapi()["openapi"].startswith("3.1.")


def test_app_routes_is_a_tree_since_0_137() -> None:
    """Since 0.137.0 include_router keeps the router as one entry of app.routes instead of copying
    its routes in flat."""
    from fastapi import APIRouter
    from fastapi.routing import APIRoute

    router = APIRouter(prefix="/items")

    @router.get("/{item_id}")
    async def read(item_id: int) -> int:
        return item_id

    app = FastAPI()
    app.include_router(router)
    assert not any(isinstance(route, APIRoute) for route in app.routes)
    assert call(app, "GET", "/items/3").json() == 3
