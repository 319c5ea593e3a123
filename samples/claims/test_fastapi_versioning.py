"""Claims made on content/questions/fastapi-versioning/; each fails if a release changes them."""

from __future__ import annotations

import asyncio
import warnings
from contextlib import asynccontextmanager
from typing import Annotated, Any

from asgi import call
from fastapi import APIRouter, Depends, FastAPI, Response

PAGE = "fastapi-versioning"


def current_user() -> str:
    return "real"


CurrentUser = Annotated[str, Depends(current_user)]


def users_router(**options: Any) -> APIRouter:
    router = APIRouter(**options)

    @router.get("/users/{user_id}")
    async def get_user(user_id: int) -> dict[str, int]:
        return {"id": user_id}

    return router


def test_include_router_deprecated_marks_operations_but_changes_no_response() -> None:
    """include_router(..., deprecated=True) sets deprecated in OpenAPI; responses are unchanged."""
    app = FastAPI()
    app.include_router(users_router(), prefix="/v1", deprecated=True)
    operation = app.openapi()["paths"]["/v1/users/{user_id}"]["get"]
    assert operation["deprecated"] is True
    response = call(app, "GET", "/v1/users/1")
    assert response.status_code == 200 and "deprecation" not in response.headers


def test_router_dependency_with_response_sets_headers_on_every_route() -> None:
    """A router-level dependency that takes Response can add headers to all of its responses."""

    def announce(response: Response) -> None:
        response.headers["Deprecation"] = "@1788220800"

    app = FastAPI()
    app.include_router(users_router(dependencies=[Depends(announce)]), prefix="/v1")
    assert call(app, "GET", "/v1/users/1").headers["deprecation"] == "@1788220800"


def test_one_router_included_under_two_prefixes() -> None:
    """The same router can be included under /v1 and /v2: both serve it, and the default
    operation IDs differ by path, with no duplicate-ID warning."""
    shared = users_router()
    app = FastAPI()
    app.include_router(shared, prefix="/v1")
    app.include_router(shared, prefix="/v2")
    assert call(app, "GET", "/v2/users/3").json() == {"id": 3}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        paths = app.openapi()["paths"]
    ids = {paths[p]["get"]["operationId"] for p in ("/v1/users/{user_id}", "/v2/users/{user_id}")}
    assert ids == {"get_user_v1_users__user_id__get", "get_user_v2_users__user_id__get"}


def test_router_generate_unique_id_function_names_operations() -> None:
    """APIRouter(generate_unique_id_function=...) decides the operationId of its routes."""
    app = FastAPI()
    router = users_router(generate_unique_id_function=lambda route: f"v1_{route.name}")
    app.include_router(router, prefix="/v1")
    assert app.openapi()["paths"]["/v1/users/{user_id}"]["get"]["operationId"] == "v1_get_user"


def test_mounted_app_has_its_own_docs_and_schema_with_its_prefix_as_server() -> None:
    """A mounted FastAPI app serves its own /docs and /openapi.json under the mount path, lists
    that path in servers, and its routes are absent from the parent's OpenAPI document."""
    v1 = FastAPI(version="1.0.0")
    v1.include_router(users_router())
    app = FastAPI()
    app.mount("/v1", v1)
    spec = call(app, "GET", "/v1/openapi.json").json()
    assert spec["servers"] == [{"url": "/v1"}] and spec["info"]["version"] == "1.0.0"
    assert "/v1/openapi.json" in call(app, "GET", "/v1/docs").text
    assert app.openapi()["paths"] == {}


def test_mounted_apps_keep_their_own_exception_handlers() -> None:
    """Exception handlers registered on a mounted app apply to it only."""
    from fastapi import HTTPException
    from fastapi.responses import PlainTextResponse

    v1, v2 = FastAPI(), FastAPI()
    for sub in (v1, v2):

        @sub.get("/missing")
        async def missing() -> None:
            raise HTTPException(404, "gone")

    @v2.exception_handler(HTTPException)
    async def plain(request: Any, exc: HTTPException) -> PlainTextResponse:
        return PlainTextResponse(f"v2: {exc.detail}", exc.status_code)

    app = FastAPI()
    app.mount("/v1", v1)
    app.mount("/v2", v2)
    assert call(app, "GET", "/v1/missing").json() == {"detail": "gone"}
    assert call(app, "GET", "/v2/missing").text == "v2: gone"


def test_a_mounted_apps_lifespan_does_not_run() -> None:
    """Only the outer app's lifespan runs; a mounted sub-application's lifespan is skipped."""
    ran: list[str] = []

    def lifespan(name: str) -> Any:
        @asynccontextmanager
        async def run(app: FastAPI) -> Any:
            ran.append(name)
            yield

        return run

    app = FastAPI(lifespan=lifespan("outer"))
    app.mount("/v1", FastAPI(lifespan=lifespan("v1")))

    async def start_and_stop() -> None:
        messages = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])

        async def receive() -> dict[str, str]:
            return next(messages)

        async def send(message: dict[str, str]) -> None:
            return None

        scope = {"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}
        await app(scope, receive, send)

    asyncio.run(start_and_stop())
    assert ran == ["outer"]


def test_path_rewriting_middleware_can_route_by_header() -> None:
    """An ASGI middleware runs before routing, so it can map an API-Version header to a prefix."""

    class VersionFromHeader:
        def __init__(self, app: Any) -> None:
            self.app = app

        async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] == "http":
                version = dict(scope["headers"]).get(b"api-version", b"1").decode()
                scope = {**scope, "path": f"/v{version}{scope['path']}"}
            await self.app(scope, receive, send)

    app = FastAPI()
    app.include_router(users_router(), prefix="/v2")
    app.add_middleware(VersionFromHeader)
    assert call(app, "GET", "/users/5", headers={"API-Version": "2"}).json() == {"id": 5}
    assert call(app, "GET", "/users/5").status_code == 404  # defaults to v1, which is gone


def test_dependency_overrides_are_per_application() -> None:
    """Overrides set on the outer app do not reach a mounted app; set them on the sub-app."""
    v1 = FastAPI()

    @v1.get("/me")
    async def me(user: CurrentUser) -> dict[str, str]:
        return {"user": user}

    app = FastAPI()
    app.mount("/v1", v1)
    app.dependency_overrides[current_user] = lambda: "fake"
    assert call(app, "GET", "/v1/me").json() == {"user": "real"}
    v1.dependency_overrides[current_user] = lambda: "fake"
    assert call(app, "GET", "/v1/me").json() == {"user": "fake"}


def test_outer_middleware_wraps_mounted_apps_which_add_their_own() -> None:
    """Middleware on the outer app runs for requests to a mounted app; a sub-app's middleware runs
    only for its own requests."""

    def tagging(tag: str) -> Any:
        class Tag:
            def __init__(self, app: Any) -> None:
                self.app = app

            async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
                async def tagged_send(message: dict[str, Any]) -> None:
                    if message["type"] == "http.response.start":
                        message["headers"] = [*message["headers"], (b"x-tag", tag.encode())]
                    await send(message)

                await self.app(scope, receive, tagged_send)

        return Tag

    v1, v2 = FastAPI(), FastAPI()
    v1.include_router(users_router())
    v2.include_router(users_router())
    v2.add_middleware(tagging("v2"))
    app = FastAPI()
    app.mount("/v1", v1)
    app.mount("/v2", v2)
    app.add_middleware(tagging("outer"))
    assert call(app, "GET", "/v1/users/1").headers.get_list("x-tag") == ["outer"]
    assert sorted(call(app, "GET", "/v2/users/1").headers.get_list("x-tag")) == ["outer", "v2"]


def test_outer_exception_handlers_do_not_see_a_mounted_apps_errors() -> None:
    """An HTTPException raised inside a mounted app is answered by that app's handler (its default
    here), never by a handler registered on the outer app."""
    from fastapi import HTTPException
    from fastapi.responses import PlainTextResponse

    v1 = FastAPI()

    @v1.get("/missing")
    async def missing() -> None:
        raise HTTPException(404, "gone")

    app = FastAPI()
    app.mount("/v1", v1)

    @app.exception_handler(HTTPException)
    async def outer(request: Any, exc: HTTPException) -> PlainTextResponse:
        return PlainTextResponse("outer", exc.status_code)

    assert call(app, "GET", "/v1/missing").json() == {"detail": "gone"}
