"""Claims made on content/questions/annotated-dependencies/; each fails if a release changes it."""

from typing import Annotated, get_type_hints

import anyio
import pytest
from annotated_types import Gt
from asgi import acall, call
from fastapi import Depends, FastAPI, Header, Path, Query
from fastapi.params import Query as QueryParam
from pydantic import BaseModel, ConfigDict, Field
from typing_extensions import TypeAliasType

PAGE = "annotated-dependencies"


def test_python_keeps_annotated_metadata_only_for_tools_that_ask() -> None:
    """Annotated[T, x] is T to Python; get_type_hints(include_extras=True) exposes x."""

    def f(limit: Annotated[int, "metadata"] = 10) -> int:
        return limit

    assert f() == 10
    assert get_type_hints(f)["limit"] is int
    assert get_type_hints(f, include_extras=True)["limit"].__metadata__ == ("metadata",)


def test_an_old_style_marker_default_is_what_a_direct_call_receives() -> None:
    """With `limit: int = Query(10)`, calling the function directly passes a Query object."""

    def old(limit: int = Query(10)) -> object:
        return limit

    def new(limit: Annotated[int, Query()] = 10) -> object:
        return limit

    assert isinstance(old(), QueryParam) and new() == 10


def test_a_default_inside_the_marker_is_refused() -> None:
    """Query(default=...) inside Annotated raises AssertionError when the route is declared."""
    app = FastAPI()
    with pytest.raises(AssertionError, match="default value cannot be set in `Annotated`"):

        @app.get("/")
        async def route(limit: Annotated[int, Query(default=10)]) -> int:
            return limit


def test_a_marker_in_annotated_and_as_the_default_is_refused() -> None:
    """A FastAPI marker in Annotated plus another as the default value is an AssertionError."""
    app = FastAPI()
    with pytest.raises(AssertionError, match="Annotated` and default value together"):

        @app.get("/")
        async def route(q: Annotated[str, Query(max_length=3)] = Query("ab")) -> str:
            return q


def test_path_parameters_cannot_have_defaults() -> None:
    """A path parameter declared with Annotated[..., Path()] cannot have a default."""
    app = FastAPI()
    with pytest.raises(AssertionError, match="Path parameters cannot have default values"):

        @app.get("/items/{item_id}")
        async def route(item_id: Annotated[int, Path()] = 1) -> int:
            return item_id


def test_with_two_fastapi_markers_the_last_one_decides_the_source() -> None:
    """With two parameter markers in one Annotated, FastAPI reads the value from the last one's
    source (here: a header), and the first one's constraints still apply, without a warning."""
    app = FastAPI()

    @app.get("/")
    async def route(token: Annotated[str, Query(max_length=2), Header()]) -> str:
        return token

    assert call(app, "GET", "/?token=q", headers={"token": "h"}).json() == "h"
    (error,) = call(app, "GET", "/?token=q", headers={"token": "hhh"}).json()["detail"]
    assert (error["loc"], error["type"]) == (["header", "token"], "string_too_long")


def test_pydantic_constraints_in_annotated_apply_to_parameters() -> None:
    """Field(...) and annotated-types constraints inside Annotated validate query parameters."""
    app = FastAPI()

    @app.get("/")
    async def route(a: Annotated[int, Field(gt=0)], b: Annotated[int, Query(), Gt(0)]) -> int:
        return a + b

    assert call(app, "GET", "/?a=1&b=2").json() == 3
    errors = call(app, "GET", "/?a=0&b=0").json()["detail"]
    assert [e["type"] for e in errors] == ["greater_than", "greater_than"]


def test_a_pep_695_type_alias_is_unwrapped() -> None:
    """Since FastAPI 0.128.2 a `type` alias (TypeAliasType) of an Annotated dependency works as a
    parameter type (0.128.1 read `user` as a required query parameter and answered 422)."""

    def get_user() -> str:
        return "ada"

    CurrentUser = TypeAliasType("CurrentUser", Annotated[str, Depends(get_user)])
    app = FastAPI()

    @app.get("/")
    async def route(user: CurrentUser) -> str:
        return user

    assert call(app, "GET", "/").json() == "ada"


def test_depends_without_an_argument_calls_the_annotated_class() -> None:
    """Annotated[Paging, Depends()] calls Paging, whose parameters come from the request."""

    class Paging:
        def __init__(self, limit: int = 10) -> None:
            self.limit = limit

    app = FastAPI()

    @app.get("/")
    async def route(paging: Annotated[Paging, Depends()]) -> int:
        return paging.limit

    assert call(app, "GET", "/?limit=3").json() == 3


def test_aliases_compose_and_keep_their_constraints() -> None:
    """Wrapping an alias in another Annotated adds metadata and keeps the inner bounds."""
    PageSize = Annotated[int, Query(ge=1, le=100)]
    app = FastAPI()

    @app.get("/")
    async def route(size: Annotated[PageSize, Query(description="Rows")] = 5) -> int:
        return size

    assert call(app, "GET", "/").json() == 5
    assert call(app, "GET", "/?size=500").status_code == 422
    (param,) = app.openapi()["paths"]["/"]["get"]["parameters"]
    assert param["description"] == "Rows" and param["schema"]["maximum"] == 100


def test_an_alias_used_twice_in_one_request_runs_its_dependency_once() -> None:
    """The same Annotated dependency in a route and a sub-dependency is solved once per request."""
    calls: list[int] = []

    def get_user() -> str:
        calls.append(1)
        return "ada"

    CurrentUser = Annotated[str, Depends(get_user)]

    def audit(user: CurrentUser) -> str:
        return f"audit:{user}"

    app = FastAPI()

    @app.get("/")
    async def route(user: CurrentUser, entry: Annotated[str, Depends(audit)]) -> str:
        return entry

    assert call(app, "GET", "/").json() == "audit:ada" and calls == [1]


def test_a_pydantic_model_can_group_query_parameters() -> None:
    """Annotated[Model, Query()] (FastAPI 0.115+) fills a Pydantic model from query parameters;
    extra="forbid" turns an unknown parameter into a 422."""

    class Paging(BaseModel):
        model_config = ConfigDict(extra="forbid")
        limit: int = Field(10, ge=1, le=50)
        offset: int = Field(0, ge=0)

    app = FastAPI()

    @app.get("/")
    async def route(paging: Annotated[Paging, Query()]) -> Paging:
        return paging

    assert call(app, "GET", "/?offset=20").json() == {"limit": 10, "offset": 20}
    errors = call(app, "GET", "/?limit=99&sort=name").json()["detail"]
    assert {e["type"] for e in errors} == {"less_than_equal", "extra_forbidden"}


def peak_concurrency(shared: bool) -> int:
    """Runs four overlapping requests over two routes whose dependency has max_concurrency=1,
    declared once in an alias (shared) or written out per route; returns the peak."""
    running = peak = 0

    async def get_client() -> str:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await anyio.sleep(0.02)
        running -= 1
        return "client"

    Client = Annotated[str, Depends(get_client, max_concurrency=1)]
    app = FastAPI()

    if shared:

        @app.get("/a")
        async def route_a(client: Client) -> str:
            return client

        @app.get("/b")
        async def route_b(client: Client) -> str:
            return client

    else:

        @app.get("/a")
        async def own_a(client: Annotated[str, Depends(get_client, max_concurrency=1)]) -> str:
            return client

        @app.get("/b")
        async def own_b(client: Annotated[str, Depends(get_client, max_concurrency=1)]) -> str:
            return client

    async def run() -> None:
        async with anyio.create_task_group() as group:
            for path in ["/a", "/b", "/a", "/b"]:
                group.start_soon(acall, app, "GET", path)

    anyio.run(run)
    return peak


def test_an_alias_carries_one_concurrency_limit_for_every_route() -> None:
    """Depends(..., max_concurrency=N) (FastAPI 0.163+) inside an alias is one Depends object, so
    every route using the alias shares its limit."""
    assert peak_concurrency(shared=True) == 1


def test_each_depends_written_out_gets_a_limit_of_its_own() -> None:
    """Two Depends(get_client, max_concurrency=1) objects, one per route, keep separate limits
    although they name the same function: one call per route can run at once."""
    assert peak_concurrency(shared=False) == 2
