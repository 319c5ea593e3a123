"""Claims made on content/questions/openapi-customization/; each fails if a release changes it."""

import warnings
from collections.abc import Callable
from typing import Annotated, Any

import pytest
from asgi import call
from fastapi import APIRouter, Body, FastAPI, HTTPException, Query, status
from fastapi.exceptions import FastAPIDeprecationWarning
from fastapi.routing import APIRoute
from pydantic import BaseModel, Field

PAGE = "openapi-customization"


class ErrorOut(BaseModel):
    detail: str


class Item(BaseModel):
    name: str = Field(examples=["pen"])


def ids(doc: dict[str, Any]) -> dict[str, str]:
    return {
        f"{method.upper()} {path}": op["operationId"]
        for path, operations in doc["paths"].items()
        for method, op in operations.items()
    }


def named(prefix: str) -> Callable[[APIRoute], str]:
    return lambda route: f"{prefix}-{route.name}"


def test_app_metadata_lands_in_info_tags_and_servers() -> None:
    """`title`, `version`, `summary`, `description`, `contact`, `license_info` and
    `terms_of_service` land in `info`; `openapi_tags` and `servers` at the top level."""
    app = FastAPI(
        title="Shop",
        version="2.3.0",
        summary="Short",
        description="Long",
        contact={"name": "API team"},
        license_info={"name": "MIT"},
        terms_of_service="https://example.com/terms",
        openapi_tags=[{"name": "items", "description": "Products."}],
        servers=[{"url": "https://api.example.com"}],
    )
    doc = app.openapi()
    assert doc["info"] == {
        "title": "Shop",
        "summary": "Short",
        "description": "Long",
        "termsOfService": "https://example.com/terms",
        "contact": {"name": "API team"},
        "license": {"name": "MIT"},
        "version": "2.3.0",
    }
    assert doc["tags"] == [{"name": "items", "description": "Products."}]
    assert doc["servers"] == [{"url": "https://api.example.com"}]


def test_openapi_url_none_removes_the_json_and_both_uis() -> None:
    """`openapi_url=None` removes `/openapi.json`, `/docs` and `/redoc`; `docs_url=None` removes
    only Swagger UI."""
    hidden = FastAPI(openapi_url=None)
    assert {call(hidden, "GET", p).status_code for p in ("/openapi.json", "/docs", "/redoc")} == {
        status.HTTP_404_NOT_FOUND
    }
    no_swagger = FastAPI(docs_url=None)
    assert call(no_swagger, "GET", "/docs").status_code == status.HTTP_404_NOT_FOUND
    assert call(no_swagger, "GET", "/redoc").status_code == status.HTTP_200_OK


def test_operation_settings_docstring_deprecated_hidden_and_extra() -> None:
    """A docstring becomes the description; `deprecated=True` marks the operation;
    `include_in_schema=False` hides it while it still answers; `openapi_extra` merges raw keys."""
    app = FastAPI()

    @app.get("/old", deprecated=True, openapi_extra={"x-internal": True})
    async def old() -> dict[str, str]:
        """Use **/new** instead."""
        return {}

    @app.get("/healthz", include_in_schema=False)
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    doc = app.openapi()
    op = doc["paths"]["/old"]["get"]
    assert (op["description"], op["deprecated"], op["x-internal"]) == (
        "Use **/new** instead.",
        True,
        True,
    )
    assert "/healthz" not in doc["paths"]
    assert call(app, "GET", "/healthz").status_code == status.HTTP_200_OK


def test_router_responses_apply_to_every_route_and_are_not_enforced() -> None:
    """Router-level `responses` document a 404 on each route; the real error body is whatever
    `HTTPException` sends, unchecked against `ErrorOut`."""
    app = FastAPI()
    router = APIRouter(prefix="/items", responses={404: {"model": ErrorOut}})

    @router.get("/{item_id}")
    async def read(item_id: int) -> Item:
        raise HTTPException(status.HTTP_404_NOT_FOUND, {"code": "missing"})

    @router.delete("/{item_id}")
    async def delete(item_id: int) -> None:
        return None

    app.include_router(router)
    doc = app.openapi()
    for method in ("get", "delete"):
        schema = doc["paths"]["/items/{item_id}"][method]["responses"]["404"]["content"]
        assert schema["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorOut"}
    assert call(app, "GET", "/items/1").json() == {"detail": {"code": "missing"}}


def test_examples_land_in_schema_or_operation() -> None:
    """`Field(examples=[...])` lands in the model's JSON Schema; `openapi_examples` lands on the
    operation's media type or parameter as named Example Objects."""
    app = FastAPI()
    body_examples = {"basic": {"summary": "A pen", "value": {"name": "pen"}}}

    @app.post("/items")
    async def create(
        item: Annotated[Item, Body(openapi_examples=body_examples)],
        q: Annotated[str, Query(openapi_examples={"short": {"value": "pe"}})] = "",
    ) -> Item:
        return item

    doc = app.openapi()
    op = doc["paths"]["/items"]["post"]
    assert doc["components"]["schemas"]["Item"]["properties"]["name"]["examples"] == ["pen"]
    assert op["requestBody"]["content"]["application/json"]["examples"] == body_examples
    assert op["parameters"][0]["examples"] == {"short": {"value": "pe"}}


def test_the_singular_example_parameter_is_deprecated() -> None:
    """`example=` on FastAPI's parameter functions is deprecated in favor of `examples`."""
    with pytest.warns(FastAPIDeprecationWarning, match="`example` has been deprecated"):
        Query(example="pen")


def test_default_operation_ids_and_generate_unique_id_function_levels() -> None:
    """The default ID joins function, path and method (`read_item_items__item_id__get`);
    `generate_unique_id_function` works on the app, a router, `include_router` and a route."""
    default = FastAPI()

    @default.get("/items/{item_id}")
    async def read_item(item_id: int) -> Item:
        return Item(name="pen")

    assert ids(default.openapi()) == {"GET /items/{item_id}": "read_item_items__item_id__get"}

    app = FastAPI(generate_unique_id_function=named("app"))
    on_router = APIRouter(generate_unique_id_function=named("router"))
    plain = APIRouter()

    @on_router.get("/r")
    async def router_level() -> None: ...

    @plain.get("/i")
    async def include_level() -> None: ...

    @plain.get("/o", generate_unique_id_function=named("route"))
    async def route_level() -> None: ...

    @app.get("/a")
    async def app_level() -> None: ...

    app.include_router(on_router)
    app.include_router(plain, generate_unique_id_function=named("include"))
    assert ids(app.openapi()) == {
        "GET /r": "router-router_level",
        "GET /i": "include-include_level",
        "GET /o": "route-route_level",
        "GET /a": "app-app_level",
    }


def test_duplicate_operation_ids_only_warn() -> None:
    """Duplicate IDs produce only a warning when the schema is built; a route serving two methods
    gets the same default ID for both."""
    app = FastAPI()

    @app.api_route("/items", methods=["GET", "POST"])
    async def items() -> None: ...

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        found = ids(app.openapi())
    assert found["GET /items"] == found["POST /items"]
    assert any("Duplicate Operation ID" in str(w.message) for w in caught)


def test_looping_over_app_routes_misses_included_routers_since_0_137() -> None:
    """Since FastAPI 0.137.0 included routers sit in `app.routes` as wrapper objects, so the old
    loop that sets `route.operation_id` skips their routes."""
    app = FastAPI()
    router = APIRouter(prefix="/users")

    @router.get("/{user_id}")
    async def read_user(user_id: int) -> None: ...

    @app.get("/items/{item_id}")
    async def read_item(item_id: int) -> None: ...

    app.include_router(router)
    for route in app.routes:
        if isinstance(route, APIRoute):
            route.operation_id = route.name
    assert ids(app.openapi()) == {
        "GET /items/{item_id}": "read_item",
        "GET /users/{user_id}": "read_user_users__user_id__get",
    }


def test_the_schema_is_cached_and_rebuilt_when_routes_change() -> None:
    """`app.openapi()` caches the document in `app.openapi_schema`; since 0.137.0 it rebuilds it
    when routes are added afterwards."""
    app = FastAPI()

    @app.get("/a")
    async def a() -> None: ...

    first = app.openapi()
    assert app.openapi() is first and app.openapi_schema is first

    @app.get("/b")
    async def b() -> None: ...

    assert list(app.openapi()["paths"]) == ["/a", "/b"]


def test_an_override_that_caches_builds_once() -> None:
    """An override that calls `FastAPI.openapi(app)` once, edits the dict and stores it in
    `app.openapi_schema` serves the edited, cached document at /openapi.json."""
    app = FastAPI()
    builds: list[int] = []

    @app.get("/items")
    async def items() -> None: ...

    def custom() -> dict[str, Any]:
        if app.openapi_schema is None:
            builds.append(1)
            schema = FastAPI.openapi(app)
            schema["info"]["x-logo"] = {"url": "https://example.com/logo.png"}
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = custom  # type: ignore[method-assign]
    for _ in range(3):
        doc = call(app, "GET", "/openapi.json").json()
    assert doc["info"]["x-logo"] and builds == [1]


def test_generate_unique_id_function_names_the_body_models() -> None:
    """The same function names the `Body_...` model FastAPI builds for form fields or for several
    body parameters."""
    app = FastAPI(generate_unique_id_function=named("shop"))

    @app.post("/items")
    async def create(name: Annotated[str, Body()], price: Annotated[float, Body()]) -> None: ...

    assert "Body_shop-create" in app.openapi()["components"]["schemas"]


def test_a_caching_override_misses_routes_added_after_its_first_call() -> None:
    """An override that caches replaces the built-in rebuild check: a route added after its first
    call is missing from the document it serves."""
    app = FastAPI()

    @app.get("/a")
    async def a() -> None: ...

    def custom() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = FastAPI.openapi(app)
        return app.openapi_schema

    app.openapi = custom  # type: ignore[method-assign]
    assert list(app.openapi()["paths"]) == ["/a"]

    @app.get("/b")
    async def b() -> None: ...

    assert list(call(app, "GET", "/openapi.json").json()["paths"]) == ["/a"]


def test_docs_pages_load_assets_from_jsdelivr_and_take_swagger_ui_parameters() -> None:
    """Both UIs load their JavaScript from the jsDelivr CDN by default; `swagger_ui_parameters`
    reaches Swagger UI's configuration."""
    app = FastAPI(swagger_ui_parameters={"defaultModelsExpandDepth": -1})
    swagger = call(app, "GET", "/docs").text
    redoc = call(app, "GET", "/redoc").text
    assert "https://cdn.jsdelivr.net/npm/swagger-ui-dist@" in swagger
    assert "https://cdn.jsdelivr.net/npm/redoc@" in redoc
    assert '"defaultModelsExpandDepth": -1' in swagger
