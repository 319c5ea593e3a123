"""Claims made on content/questions/validation-errors/; each fails if a release changes it."""

import re
import warnings
from typing import Annotated, Any

import pytest
from asgi import call
from fastapi import FastAPI, Query, Request, status
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError

PAGE = "validation-errors"
ITEM = '{"name": "pen", "price": 2}'
UNPROCESSABLE = status.HTTP_422_UNPROCESSABLE_CONTENT


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


def item_app(**settings: Any) -> FastAPI:
    app = FastAPI(**settings)

    @app.post("/items")
    async def create(item: Item, tag: Annotated[str, Query(max_length=10)] = "new") -> Item:
        return item

    return app


def errors(response: Any) -> list[tuple[str, list[Any]]]:
    return [(e["type"], e["loc"]) for e in response.json()["detail"]]


def test_every_problem_is_one_item_with_type_loc_msg_input() -> None:
    """One 422 lists every failing value, query and body together; each item has `type`, `loc`,
    `msg` and `input`, and `ctx` only for constraints."""
    response = call(item_app(), "POST", "/items?tag=clearance-sale", json={"price": "abc"})
    assert response.status_code == UNPROCESSABLE
    assert errors(response) == [
        ("string_too_long", ["query", "tag"]),
        ("missing", ["body", "name"]),
        ("float_parsing", ["body", "price"]),
    ]
    keys = [sorted(e) for e in response.json()["detail"]]
    assert keys[0] == ["ctx", "input", "loc", "msg", "type"]
    assert keys[1] == keys[2] == ["input", "loc", "msg", "type"]


def test_a_missing_field_echoes_the_whole_body_as_input() -> None:
    """For a missing field, `input` is the whole submitted object, password included."""
    body = {"price": 1, "password": "hunter2"}
    response = call(item_app(), "POST", "/items", json=body)
    assert response.json()["detail"][0]["input"] == body


def test_broken_json_is_one_json_invalid_item_with_the_offset() -> None:
    """Broken JSON gets one `json_invalid` item whose `loc` holds the character offset."""
    json_type = {"content-type": "application/json"}
    response = call(item_app(), "POST", "/items", content=ITEM[:-1], headers=json_type)
    assert response.status_code == UNPROCESSABLE  # not the 400 RFC 9110 suggests for bad syntax
    assert errors(response) == [("json_invalid", ["body", len(ITEM) - 1])]


def test_a_json_array_for_an_object_gets_the_same_error_as_text_plain() -> None:
    """A JSON array sent where an object belongs is `model_attributes_type` at `["body"]`, the
    same error a `text/plain` body gets, so the error alone cannot justify a 415."""
    json_type = {"content-type": "application/json"}
    array = call(item_app(), "POST", "/items", content=f"[{ITEM}]", headers=json_type)
    text = call(item_app(), "POST", "/items", content=ITEM, headers={"content-type": "text/plain"})
    assert errors(array) == errors(text) == [("model_attributes_type", ["body"])]


def test_text_plain_is_never_parsed_as_json() -> None:
    """Valid JSON sent as `text/plain` is a 422 `model_attributes_type` at `["body"]`, with or
    without `strict_content_type`."""
    text_plain = {"content-type": "text/plain"}
    for app in (item_app(), item_app(strict_content_type=False)):
        response = call(app, "POST", "/items", content=ITEM, headers=text_plain)
        assert errors(response) == [("model_attributes_type", ["body"])]


def test_a_missing_content_type_is_refused_unless_strict_checking_is_off() -> None:
    """Since FastAPI 0.132.0 a body with no `Content-Type` is not parsed as JSON;
    `strict_content_type=False` parses it again."""
    assert errors(call(item_app(), "POST", "/items", content=ITEM)) == [
        ("model_attributes_type", ["body"])
    ]
    lax = call(item_app(strict_content_type=False), "POST", "/items", content=ITEM)
    assert lax.status_code == status.HTTP_200_OK


def test_a_custom_handler_replaces_the_body_and_can_delegate() -> None:
    """A `RequestValidationError` handler sees `exc.errors()` and `exc.body`, and can fall back
    to FastAPI's `request_validation_exception_handler`."""
    seen: dict[str, Any] = {}
    app = item_app()

    @app.exception_handler(RequestValidationError)
    async def log_then_default(request: Request, exc: RequestValidationError) -> JSONResponse:
        seen["errors"], seen["body"] = exc.errors(), exc.body
        return await request_validation_exception_handler(request, exc)

    response = call(app, "POST", "/items", json={"name": "pen", "price": -1})
    assert response.status_code == UNPROCESSABLE
    assert errors(response) == [("greater_than", ["body", "price"])]
    assert seen["body"] == {"name": "pen", "price": -1} and len(seen["errors"]) == 1


def test_str_of_the_exception_names_inputs_source_file_and_endpoint() -> None:
    """`str(exc)` repeats every input and names the endpoint's source file and line."""
    seen: list[str] = []
    app = item_app()

    @app.exception_handler(RequestValidationError)
    async def capture(request: Request, exc: RequestValidationError) -> JSONResponse:
        seen.append(str(exc))
        return JSONResponse({}, UNPROCESSABLE)

    call(app, "POST", "/items", json={"name": "pen", "price": -1, "password": "hunter2"})
    assert "hunter2" not in seen[0]  # the input of *this* error is the price alone
    assert "'input': -1" in seen[0] and __file__ in seen[0] and "POST /items" in seen[0]
    assert re.search(r"line \d+", seen[0])


def test_declaring_a_422_4xx_or_default_response_replaces_the_default_schema() -> None:
    """`responses={422: ...}` (or `4XX`, `default`) replaces the default `HTTPValidationError`."""

    class Problem(BaseModel):
        title: str

    app = FastAPI()

    @app.post("/a", responses={422: {"model": Problem}})
    async def a(item: Item) -> Item:
        return item

    @app.post("/b", responses={"4XX": {"model": Problem}})
    async def b(item: Item) -> Item:
        return item

    @app.post("/c")
    async def c(item: Item) -> Item:
        return item

    @app.post("/d", responses={"default": {"model": Problem}})
    async def d(item: Item) -> Item:
        return item

    paths = app.openapi()["paths"]
    assert "422" not in paths["/d"]["post"]["responses"]
    schema = paths["/a"]["post"]["responses"]["422"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Problem"}
    assert "422" not in paths["/b"]["post"]["responses"]
    default = paths["/c"]["post"]["responses"]["422"]["content"]["application/json"]["schema"]
    assert default == {"$ref": "#/components/schemas/HTTPValidationError"}


def test_a_validation_error_in_your_own_code_is_a_500_until_converted() -> None:
    """A `ValidationError` from `model_validate` in a handler is unhandled (500); re-raised as
    `RequestValidationError(exc.errors(include_url=False))` it becomes a 422 whose `loc` lacks
    the `body` prefix."""
    app = FastAPI()

    @app.post("/import")
    async def import_item(payload: dict) -> Item:
        return Item.model_validate(payload)

    @app.post("/import-converted")
    async def import_converted(payload: dict) -> Item:
        try:
            return Item.model_validate(payload)
        except ValidationError as exc:
            raise RequestValidationError(exc.errors(include_url=False)) from exc

    with pytest.raises(ValidationError):
        call(app, "POST", "/import", json={"name": "pen", "price": -1})
    response = call(app, "POST", "/import-converted", json={"name": "pen", "price": -1})
    assert response.status_code == UNPROCESSABLE
    assert response.json()["detail"][0]["loc"] == ["price"]
    assert "url" not in response.json()["detail"][0]


def test_the_entity_constant_is_a_deprecated_alias() -> None:
    """`HTTP_422_UNPROCESSABLE_ENTITY` still equals 422 but warns; use `_CONTENT`."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert status.HTTP_422_UNPROCESSABLE_ENTITY == 422
    assert any("HTTP_422_UNPROCESSABLE_CONTENT" in str(w.message) for w in caught)


def test_json_and_plus_json_media_types_are_parsed() -> None:
    """Bodies labeled `application/json` or another `application/*+json` type are parsed."""
    for media_type in ("application/json", "application/merge-patch+json"):
        response = call(
            item_app(), "POST", "/items", content=ITEM, headers={"content-type": media_type}
        )
        assert response.status_code == status.HTTP_200_OK
