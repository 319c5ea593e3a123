"""Claims made on content/questions/fastapi-routing/; each fails if a release changes them."""

from collections.abc import Awaitable, Callable
from importlib.metadata import version
from typing import Annotated

import pytest
from asgi import call
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Path, Query, status
from fastapi.routing import APIRoute, iter_route_contexts
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

PAGE = "fastapi-routing"


def get_and_put_app() -> FastAPI:
    app = FastAPI()

    @app.get("/items/{item_id}")
    async def read(item_id: int) -> dict[str, int]:
        return {"read": item_id}

    @app.put("/items/{item_id}")
    async def replace(item_id: int) -> dict[str, int]:
        return {"replaced": item_id}

    return app


def test_every_method_has_a_decorator() -> None:
    """`get`, `post`, `put`, `patch`, `delete`, `head`, `options`, `trace` and `api_route`."""
    for name in ("get", "post", "put", "patch", "delete", "head", "options", "trace", "api_route"):
        assert callable(getattr(FastAPI(), name)) and callable(getattr(APIRouter(), name))


def test_405_allow_header_comes_from_the_first_route_whose_path_matches() -> None:
    """With one handler per method on a path, a 405's Allow lists only the first route's methods."""
    response = call(get_and_put_app(), "DELETE", "/items/1")
    assert response.status_code == status.HTTP_405_METHOD_NOT_ALLOWED
    assert response.headers["allow"] == "GET"


def test_a_partial_match_does_not_stop_the_search() -> None:
    """A path match with the wrong method is remembered, and a later full match still wins."""
    assert call(get_and_put_app(), "PUT", "/items/3").json() == {"replaced": 3}


def test_head_is_not_added_to_get_routes_but_starlette_route_adds_it() -> None:
    """FastAPI answers HEAD on a GET-only route with 405 `Allow: GET`; Starlette's `Route` adds
    HEAD to GET; stacking `@app.head` on the GET handler serves HEAD without a body."""
    app = FastAPI()

    @app.get("/only-get")
    async def only_get() -> dict[str, int]:
        return {"a": 1}

    @app.head("/both")
    @app.get("/both")
    async def both() -> dict[str, int]:
        return {"a": 1}

    head = call(app, "HEAD", "/only-get")
    assert head.status_code == status.HTTP_405_METHOD_NOT_ALLOWED
    assert head.headers["allow"] == "GET"
    stacked = call(app, "HEAD", "/both")
    assert stacked.status_code == status.HTTP_200_OK and stacked.content == b""

    def hello(request: Request) -> PlainTextResponse:
        return PlainTextResponse("hi")

    starlette_app = Starlette(routes=[Route("/hi", hello, methods=["GET"])])
    assert call(starlette_app, "HEAD", "/hi").status_code == status.HTTP_200_OK
    allow = call(starlette_app, "DELETE", "/hi").headers["allow"]
    assert set(allow.split(", ")) == {"GET", "HEAD"}


def test_path_parameters_are_converted_by_the_annotation() -> None:
    """An `int` path parameter that is not a number is a 422, not a 404."""
    app = FastAPI()

    @app.get("/items/{item_id}")
    async def read(item_id: int) -> dict[str, int]:
        return {"id": item_id}

    assert call(app, "GET", "/items/7").json() == {"id": 7}
    assert call(app, "GET", "/items/seven").status_code == status.HTTP_422_UNPROCESSABLE_CONTENT


def test_int_convertor_matches_digits_only_and_is_hidden_from_openapi() -> None:
    """`{user_id:int}` does not match "me" or "-1": a later `/users/me` is reachable and `-1`
    is a 404; the published path is `/users/{user_id}`. `{p:path}` matches slashes."""
    app = FastAPI()

    @app.get("/users/{user_id:int}")
    async def read_user(user_id: int) -> dict[str, int]:
        return {"id": user_id}

    @app.get("/users/me")
    async def read_me() -> dict[str, str]:
        return {"name": "ada"}

    @app.get("/files/{file_path:path}")
    async def read_file(file_path: str) -> str:
        return file_path

    assert call(app, "GET", "/users/5").json() == {"id": 5}
    assert call(app, "GET", "/users/me").json() == {"name": "ada"}
    assert call(app, "GET", "/users/-1").status_code == status.HTTP_404_NOT_FOUND
    assert call(app, "GET", "/files/a/b/c.txt").json() == "a/b/c.txt"
    assert "/users/{user_id}" in app.openapi()["paths"]


def test_scalar_parameters_are_query_parameters_and_defaults_make_them_optional() -> None:
    """A scalar parameter not in the path is read from the query string; with no default it is
    required, and constraints from `Query()`/`Path()` are enforced and published."""
    app = FastAPI()

    @app.get("/users/{user_id}")
    async def read(
        user_id: Annotated[int, Path(ge=1)], q: str, limit: Annotated[int, Query(le=100)] = 10
    ) -> list[str | int]:
        return [user_id, q, limit]

    assert call(app, "GET", "/users/2?q=x").json() == [2, "x", 10]
    missing = call(app, "GET", "/users/2")
    assert missing.json()["detail"][0]["loc"] == ["query", "q"]
    assert call(app, "GET", "/users/0?q=x").status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert call(app, "GET", "/users/2?q=x&limit=101").status_code == 422
    params = {p["name"]: p for p in app.openapi()["paths"]["/users/{user_id}"]["get"]["parameters"]}
    assert params["user_id"]["schema"]["minimum"] == 1
    assert params["limit"]["schema"]["maximum"] == 100
    assert params["q"]["required"] is True and params["limit"]["required"] is False


def test_a_list_without_query_is_a_body_field() -> None:
    """`tag: list[str] = []` without `Query()` is read from the body, so `?tag=` values are
    ignored; with `Query()` repeated keys fill the list."""
    app = FastAPI()

    @app.get("/plain")
    async def plain(tag: list[str] = []) -> list[str]:  # noqa: B006 (FastAPI copies defaults)
        return tag

    @app.get("/query")
    async def with_query(tag: Annotated[list[str], Query()] = []) -> list[str]:  # noqa: B006
        return tag

    assert call(app, "GET", "/plain?tag=a&tag=b").json() == []
    assert call(app, "GET", "/query?tag=a&tag=b").json() == ["a", "b"]
    operation = app.openapi()["paths"]["/plain"]["get"]
    assert "requestBody" in operation and "parameters" not in operation


@pytest.mark.parametrize(
    ("prefix", "message"), [("users", "must start with '/'"), ("/users/", "must not end with '/'")]
)
def test_prefix_must_start_and_not_end_with_a_slash(prefix: str, message: str) -> None:
    """A bad prefix raises AssertionError when the router is created or included."""
    with pytest.raises(AssertionError, match=message):
        APIRouter(prefix=prefix)
    with pytest.raises(AssertionError, match=message):
        FastAPI().include_router(APIRouter(), prefix=prefix)


def test_empty_root_path_versus_slash_and_the_307_redirect() -> None:
    """Under a prefix, `""` serves `/users`; `"/"` serves `/things/`, and `/things` gets a 307
    to the slash form (the reverse redirect happens for `/users/`)."""
    users, things = APIRouter(prefix="/users"), APIRouter(prefix="/things")

    @users.get("")
    async def list_users() -> str:
        return "users"

    @things.get("/")
    async def list_things() -> str:
        return "things"

    app = FastAPI()
    app.include_router(users)
    app.include_router(things)
    assert call(app, "GET", "/users").json() == "users"
    assert call(app, "GET", "/things/").json() == "things"
    redirect = call(app, "GET", "/things")
    assert redirect.status_code == status.HTTP_307_TEMPORARY_REDIRECT
    assert redirect.headers["location"] == "http://test/things/"
    assert call(app, "GET", "/users/").headers["location"] == "http://test/users"


def test_prefixes_and_tags_combine_and_dependencies_run_outside_in() -> None:
    """The include prefix goes outside the router's own, tags add up, and dependencies run app,
    include_router, router, decorator, signature; `dependencies=[...]` results are discarded."""
    order: list[str] = []

    def step(name: str) -> Callable[[], Awaitable[str]]:
        async def dependency() -> str:
            order.append(name)
            return name

        return dependency

    app = FastAPI(dependencies=[Depends(step("app"))])
    router = APIRouter(prefix="/users", tags=["users"], dependencies=[Depends(step("router"))])

    @router.get("/x", dependencies=[Depends(step("decorator"))])
    async def handler(value: Annotated[str, Depends(step("signature"))]) -> str:
        order.append("handler")
        return value

    app.include_router(router, prefix="/v1", tags=["v1"], dependencies=[Depends(step("include"))])
    assert call(app, "GET", "/v1/users/x").json() == "signature"
    assert order == ["app", "include", "router", "decorator", "signature", "handler"]
    assert app.openapi()["paths"]["/v1/users/x"]["get"]["tags"] == ["v1", "users"]


def test_routers_are_included_by_reference_since_0_137() -> None:
    """Since 0.137.0 a route added after include_router is served, `app.routes` holds no
    APIRoute from the router, and `iter_route_contexts` (0.137.2) yields effective paths."""
    assert tuple(int(n) for n in version("fastapi").split(".")[:2]) >= (0, 137)
    app, router = FastAPI(), APIRouter(prefix="/late")
    app.include_router(router)

    @router.get("/added-after")
    async def added_after() -> str:
        return "served"

    assert call(app, "GET", "/late/added-after").json() == "served"
    assert not [r for r in app.routes if isinstance(r, APIRoute)]
    paths = {context.path for context in iter_route_contexts(app.routes)}
    assert "/late/added-after" in paths


def test_first_registered_route_wins_even_across_routers() -> None:
    """`/users/{user_id}` registered first claims `/users/me`: 422 with `int`, the wrong handler
    with `str`; routes of a router included earlier are tried first."""
    first, second = APIRouter(), APIRouter()

    @first.get("/users/{user_id}")
    async def by_id(user_id: str) -> dict[str, str]:
        return {"by_id": user_id}

    @second.get("/users/me")
    async def me() -> dict[str, str]:
        return {"me": "ada"}

    app = FastAPI()
    app.include_router(first)
    app.include_router(second)
    assert call(app, "GET", "/users/me").json() == {"by_id": "me"}

    typed = FastAPI()

    @typed.get("/users/{user_id}")
    async def typed_by_id(user_id: int) -> int:
        return user_id

    typed.add_api_route("/users/me", me)
    assert call(typed, "GET", "/users/me").status_code == status.HTTP_422_UNPROCESSABLE_CONTENT


def test_a_mounted_app_keeps_its_own_openapi_and_exception_handlers() -> None:
    """`include_router` merges into one app; `mount` attaches a separate app with its own
    OpenAPI document and exception handlers."""
    parent, legacy = FastAPI(), FastAPI()

    @legacy.get("/old")
    async def old() -> None:
        raise HTTPException(status.HTTP_410_GONE)

    @parent.exception_handler(HTTPException)
    async def parent_handler(request: Request, exc: HTTPException) -> PlainTextResponse:
        return PlainTextResponse("parent handler", status_code=exc.status_code)

    parent.mount("/legacy", legacy)
    response = call(parent, "GET", "/legacy/old")
    assert response.status_code == status.HTTP_410_GONE and response.text != "parent handler"
    assert parent.openapi()["paths"] == {}
    assert "/old" in call(parent, "GET", "/legacy/openapi.json").json()["paths"]
