"""Claims made on content/questions/contract-testing/; each fails if a release changes them."""

from typing import Literal

from asgi import call
from fastapi import FastAPI
from pydantic import BaseModel

PAGE = "contract-testing"


class Item(BaseModel):
    name: str
    state: Literal["draft", "live"]
    tags: list[str] = []


def test_fastapi_documents_are_openapi_3_1() -> None:
    """FastAPI generates an OpenAPI 3.1.0 document."""
    assert FastAPI().openapi()["openapi"] == "3.1.0"


def test_operation_id_comes_from_the_function_name_unless_pinned() -> None:
    """The default operationId joins the function name, path and method, so renaming the Python
    function renames it; operation_id= pins it."""
    app = FastAPI()

    @app.post("/items")
    async def create_item(item: Item) -> Item:
        return item

    @app.get("/items/{item_id}", operation_id="readItem")
    async def read_item_renamed(item_id: int) -> int:
        return item_id

    paths = app.openapi()["paths"]
    assert paths["/items"]["post"]["operationId"] == "create_item_items_post"
    assert paths["/items/{item_id}"]["get"]["operationId"] == "readItem"


def test_generate_unique_id_function_sets_every_operation_id() -> None:
    """FastAPI(generate_unique_id_function=...) replaces the default operationId scheme."""
    app = FastAPI(generate_unique_id_function=lambda route: f"items-{route.name}")

    @app.post("/items")
    async def create_item(item: Item) -> Item:
        return item

    assert app.openapi()["paths"]["/items"]["post"]["operationId"] == "items-create_item"


def test_a_parameter_without_default_is_required_in_the_document() -> None:
    """A query parameter with no default is `required: true`; one with a default is optional."""
    app = FastAPI()

    @app.get("/items")
    async def list_items(store: str, limit: int = 20) -> list[str]:
        return []

    params = {p["name"]: p for p in app.openapi()["paths"]["/items"]["get"]["parameters"]}
    assert params["store"]["required"] is True and params["limit"]["required"] is False


def test_literal_becomes_an_enum_and_defaults_are_not_required() -> None:
    """A Literal field appears as an enum in the JSON Schema, and a field with a default is left
    out of `required`."""
    schema = Item.model_json_schema()
    assert schema["properties"]["state"]["enum"] == ["draft", "live"]
    assert schema["required"] == ["name", "state"]


def test_unknown_request_fields_are_ignored_by_default() -> None:
    """A request body with a field the model no longer declares still validates: Pydantic ignores
    extra fields by default, so the field's value is silently dropped."""
    app = FastAPI()

    @app.post("/items")
    async def create_item(item: Item) -> dict[str, object]:
        return item.model_dump()

    body = {"name": "pen", "state": "draft", "price": 1.5}
    response = call(app, "POST", "/items", json=body)
    assert response.status_code == 200 and "price" not in response.json()


def test_response_model_filters_a_returned_dict() -> None:
    """response_model filters what the handler returns down to the declared fields."""

    class Out(BaseModel):
        id: int

    app = FastAPI()

    @app.get("/items/1", response_model=Out)
    async def read_item() -> dict[str, object]:
        return {"id": 1, "internal_note": "hidden"}

    assert call(app, "GET", "/items/1").json() == {"id": 1}
