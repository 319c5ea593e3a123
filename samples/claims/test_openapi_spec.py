"""Claims made on content/questions/openapi-spec/; each fails if a release changes it."""

from collections.abc import AsyncIterable
from typing import Annotated, Any

from asgi import call
from fastapi import Body, FastAPI, HTTPException, status
from fastapi.routing import APIRoute
from pydantic import BaseModel

PAGE = "openapi-spec"


class Item(BaseModel):
    name: str


def responses(doc: dict[str, Any], path: str, method: str = "get") -> dict[str, Any]:
    return doc["paths"][path][method]["responses"]


def test_fastapi_serves_openapi_3_1_0_with_its_own_info_version() -> None:
    """FastAPI serves an OpenAPI 3.1.0 document at /openapi.json, the same dict `app.openapi()`
    returns; `info.version` carries the API's own version."""
    app = FastAPI(title="Shop", version="2.3.0")
    response = call(app, "GET", "/openapi.json")
    assert response.json() == app.openapi()
    assert (response.json()["openapi"], response.json()["info"]["version"]) == ("3.1.0", "2.3.0")


def test_the_422_is_added_only_when_the_operation_validates_input_and_declares_none() -> None:
    """FastAPI adds a 422 with `HTTPValidationError` to operations that take parameters or a body,
    unless they declare `422`, `4XX` or `default` themselves."""

    class Problem(BaseModel):
        title: str

    app = FastAPI()

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/items/{item_id}")
    async def read(item_id: int) -> Item:
        return Item(name=str(item_id))

    @app.post("/a", responses={422: {"model": Problem}})
    async def a(item: Item) -> Item:
        return item

    @app.post("/b", responses={"4XX": {"model": Problem}})
    async def b(item: Item) -> Item:
        return item

    @app.post("/c", responses={"default": {"model": Problem}})
    async def c(item: Item) -> Item:
        return item

    doc = app.openapi()
    assert "422" not in responses(doc, "/health")
    ref = responses(doc, "/items/{item_id}")["422"]["content"]["application/json"]["schema"]
    assert ref == {"$ref": "#/components/schemas/HTTPValidationError"}
    declared = responses(doc, "/a", "post")["422"]["content"]["application/json"]["schema"]
    assert declared == {"$ref": "#/components/schemas/Problem"}
    assert "422" not in responses(doc, "/b", "post") and "422" not in responses(doc, "/c", "post")


def test_a_raised_http_exception_is_invisible_until_declared() -> None:
    """An `HTTPException(404)` raised in a handler is not in the document unless declared."""
    app = FastAPI()

    @app.get("/items/{item_id}")
    async def read(item_id: int) -> Item:
        raise HTTPException(status.HTTP_404_NOT_FOUND)

    @app.get("/documented/{item_id}", responses={404: {"description": "No such item"}})
    async def documented(item_id: int) -> Item:
        raise HTTPException(status.HTTP_404_NOT_FOUND)

    doc = app.openapi()
    assert "404" not in responses(doc, "/items/{item_id}")
    assert responses(doc, "/documented/{item_id}")["404"]["description"] == "No such item"


def test_no_return_type_means_an_empty_schema() -> None:
    """An endpoint without a return type is documented with an empty schema."""
    app = FastAPI()

    @app.get("/untyped")
    async def untyped():  # no return annotation: that is the point
        return {"anything": True}

    assert responses(app.openapi(), "/untyped")["200"]["content"]["application/json"] == {
        "schema": {}
    }


def test_default_operation_id_and_generated_names_follow_generate_unique_id() -> None:
    """The default `operationId` joins function name, path and method; a
    `generate_unique_id_function` replaces it and also renames generated body schemas."""

    def body_params(app: FastAPI) -> None:
        @app.post("/items")
        async def create_item(item: Item, note: Annotated[str, Body()]) -> Item:  # two body params
            return item

    default = FastAPI()
    body_params(default)
    op = default.openapi()["paths"]["/items"]["post"]
    assert op["operationId"] == "create_item_items_post"
    assert "Body_create_item_items_post" in default.openapi()["components"]["schemas"]

    custom = FastAPI(generate_unique_id_function=lambda route: f"items-{route.name}")
    body_params(custom)
    doc = custom.openapi()
    assert doc["paths"]["/items"]["post"]["operationId"] == "items-create_item"
    assert "Body_items-create_item" in doc["components"]["schemas"]


def test_operation_id_comes_from_the_route_name() -> None:
    """`generate_unique_id_function` receives each `APIRoute`."""
    seen: list[str] = []

    def name_only(route: APIRoute) -> str:
        seen.append(type(route).__name__)
        return route.name

    app = FastAPI(generate_unique_id_function=name_only)

    @app.get("/items")
    async def list_items() -> list[Item]:
        return []

    assert app.openapi()["paths"]["/items"]["get"]["operationId"] == "list_items"
    assert set(seen) == {"APIRoute"}


def test_streamed_json_lines_use_the_3_2_item_schema_in_a_3_1_0_document() -> None:
    """Since FastAPI 0.134.0 a JSON Lines stream is described with OpenAPI 3.2's `itemSchema`,
    while the document still says 3.1.0."""
    app = FastAPI()

    @app.get("/items/stream")
    async def stream() -> AsyncIterable[Item]:
        yield Item(name="pen")

    doc = app.openapi()
    content = responses(doc, "/items/stream")["200"]["content"]
    assert doc["openapi"] == "3.1.0"
    assert content == {"application/jsonl": {"itemSchema": {"$ref": "#/components/schemas/Item"}}}


def test_server_sent_events_also_use_item_schema() -> None:
    """Since FastAPI 0.135.0 a Server-Sent Events stream is described with `itemSchema` too."""
    from fastapi.sse import EventSourceResponse

    app = FastAPI()

    @app.get("/items/events", response_class=EventSourceResponse)
    async def events() -> AsyncIterable[Item]:
        yield Item(name="pen")

    content = responses(app.openapi(), "/items/events")["200"]["content"]
    assert list(content) == ["text/event-stream"] and "itemSchema" in content["text/event-stream"]


def test_webhooks_are_documented_in_the_top_level_webhooks_field() -> None:
    """FastAPI documents outgoing webhooks (an OpenAPI 3.1 field) with `app.webhooks`."""
    app = FastAPI()

    @app.webhooks.post("order-paid")
    def order_paid(body: Item) -> None:
        """Sent to subscribers when an order is paid."""

    doc = app.openapi()
    assert list(doc["webhooks"]) == ["order-paid"] and "/order-paid" not in doc["paths"]


def test_pydantic_optional_fields_use_3_1_null_types() -> None:
    """A nullable field is `anyOf` with `{"type": "null"}` (3.1 style), not `nullable: true`."""

    class Note(BaseModel):
        text: str | None

    schema = Note.model_json_schema()["properties"]["text"]
    assert schema["anyOf"] == [{"type": "string"}, {"type": "null"}]
    assert "nullable" not in schema


def test_operation_id_argument_sets_one_operation_id() -> None:
    """`operation_id=` on a route sets that operation's ID and leaves the others on the default."""
    app = FastAPI()

    @app.get("/items", operation_id="listItems")
    async def list_items() -> list[Item]:
        return []

    @app.post("/items")
    async def create_item(item: Item) -> Item:
        return item

    paths = app.openapi()["paths"]["/items"]
    assert paths["get"]["operationId"] == "listItems"
    assert paths["post"]["operationId"] == "create_item_items_post"
