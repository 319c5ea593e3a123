"""Claims made on content/questions/serialization/; each fails if a release changes it."""

import json
import pickle
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from asgi import call
from fastapi import FastAPI, status
from fastapi.responses import JSONResponse, ORJSONResponse, UJSONResponse
from pydantic import BaseModel, ConfigDict, Field, computed_field, field_serializer

PAGE = "serialization"
ORDER = '{"sku": "PEN-1", "total": "9.50"}'


class Order(BaseModel):
    sku: str
    total: Decimal


def order_app(**settings: Any) -> FastAPI:
    app = FastAPI(**settings)

    @app.post("/orders")
    async def create(order: Order) -> Order:
        return order

    return app


def error_of(response: Any) -> tuple[str, list[Any]]:
    first = response.json()["detail"][0]
    return first["type"], first["loc"]


def test_model_dump_keeps_python_types_until_json_mode() -> None:
    """`model_dump()` keeps `date` and `Decimal`; `mode="json"` and `model_dump_json()` give
    strings, and `json.dumps` refuses the plain dump."""

    class Placed(BaseModel):
        placed: date
        total: Decimal

    model = Placed(placed=date(2026, 11, 22), total=Decimal("9.50"))
    assert model.model_dump() == {"placed": date(2026, 11, 22), "total": Decimal("9.50")}
    assert model.model_dump(mode="json") == {"placed": "2026-11-22", "total": "9.50"}
    assert model.model_dump_json() == '{"placed":"2026-11-22","total":"9.50"}'
    with pytest.raises(TypeError):
        json.dumps(model.model_dump())


def test_plain_json_loses_types_and_refuses_datetime_decimal_and_set() -> None:
    """`json.dumps` turns int keys into strings and tuples into lists, and refuses
    `datetime`, `Decimal` and `set`."""
    round_trip = json.loads(json.dumps({1: "one", "tags": ("a", "b")}))
    assert round_trip == {"1": "one", "tags": ["a", "b"]}
    for value in (date(2026, 1, 1), Decimal("1.5"), {1, 2}):
        with pytest.raises(TypeError):
            json.dumps(value)


def test_json_and_plus_json_content_types_are_parsed() -> None:
    """FastAPI parses the body as JSON for `application/json` and `application/*+json`."""
    app = order_app()
    for media_type in ("application/json", "application/vnd.api+json"):
        response = call(app, "POST", "/orders", content=ORDER, headers={"content-type": media_type})
        assert response.json() == {"sku": "PEN-1", "total": "9.50"}


def test_a_non_json_content_type_is_a_422_not_a_415() -> None:
    """Valid JSON sent as `text/plain` is never parsed: a 422 `model_attributes_type`, not 415."""
    app = order_app()
    response = call(app, "POST", "/orders", content=ORDER, headers={"content-type": "text/plain"})
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert error_of(response) == ("model_attributes_type", ["body"])
    assert app.openapi()["paths"]["/orders"]["post"]["responses"].keys() == {"200", "422"}


def test_a_missing_content_type_is_not_parsed_unless_strict_checking_is_off() -> None:
    """Since FastAPI 0.132.0 a body without `Content-Type` is not parsed as JSON;
    `strict_content_type=False` restores the old behavior."""
    response = call(order_app(), "POST", "/orders", content=ORDER)
    assert error_of(response) == ("model_attributes_type", ["body"])
    lax = call(order_app(strict_content_type=False), "POST", "/orders", content=ORDER)
    assert lax.status_code == status.HTTP_200_OK


def test_malformed_json_is_a_422_and_undecodable_bytes_a_400() -> None:
    """Malformed JSON is a 422 `json_invalid`; bytes that are not UTF-8 get a bare 400."""
    json_type = {"content-type": "application/json"}
    response = call(order_app(), "POST", "/orders", content='{"sku": ', headers=json_type)
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert error_of(response)[0] == "json_invalid"
    response = call(order_app(), "POST", "/orders", content=b'{"sku": "\xff"}', headers=json_type)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert response.json() == {"detail": "There was an error parsing the body"}


def test_no_body_size_limit_by_default_and_max_body_size_answers_413() -> None:
    """FastAPI parses a body of any size unless `max_body_size` (0.164.0+) is set; over it: 413."""
    big = {"sku": "x" * 100_000, "total": "9.50"}
    assert call(order_app(), "POST", "/orders", json=big).status_code == status.HTTP_200_OK
    capped = order_app(max_body_size=1024)
    response = call(capped, "POST", "/orders", json=big)
    assert response.status_code == status.HTTP_413_CONTENT_TOO_LARGE
    small = {"sku": "PEN-1", "total": "9.50"}
    assert call(capped, "POST", "/orders", json=small).status_code == status.HTTP_200_OK


def test_undeclared_responses_go_through_jsonable_encoder() -> None:
    """With no declared type a dict's `Decimal("9.50")` becomes the number 9.5; a declared
    type gives the string "9.50"."""
    app = FastAPI()

    @app.get("/untyped")
    async def untyped():  # no return annotation: that is the point
        return {"total": Decimal("9.50")}

    @app.get("/typed")
    async def typed() -> dict[str, Decimal]:
        return {"total": Decimal("9.50")}

    assert call(app, "GET", "/untyped").text == '{"total":9.5}'
    assert call(app, "GET", "/typed").text == '{"total":"9.50"}'


def test_pydantic_writes_the_bytes_unless_a_response_class_is_set(
    json_render_calls: list[object],
) -> None:
    """With a declared type Pydantic writes the bytes (0.130.0+) and `JSONResponse` is skipped;
    with no type, or with a custom `response_class`, `JSONResponse` renders Python data."""
    rendered = json_render_calls
    app = FastAPI()

    @app.get("/typed")
    async def typed() -> Order:
        return Order(sku="PEN-1", total=Decimal("9.50"))

    @app.get("/untyped")
    async def untyped():  # no return annotation: that is the point
        return {"total": Decimal("9.50")}

    @app.get("/custom", response_class=JSONResponse)
    async def custom() -> Order:
        return Order(sku="PEN-1", total=Decimal("9.50"))

    assert call(app, "GET", "/typed").text == '{"sku":"PEN-1","total":"9.50"}'
    assert rendered == []
    assert call(app, "GET", "/untyped").text == '{"total":9.5}'
    assert call(app, "GET", "/custom").text == '{"sku":"PEN-1","total":"9.50"}'
    assert rendered == [{"total": 9.5}, {"sku": "PEN-1", "total": "9.50"}]


def test_responses_are_filtered_and_written_by_alias_unlike_model_dump() -> None:
    """The declared type drops undeclared fields and FastAPI writes aliases, while
    `model_dump()` uses field names unless `by_alias` or `serialize_by_alias` (2.11+) is set."""

    class Public(BaseModel):
        display_name: str = Field(serialization_alias="displayName")

    class AliasByDefault(Public):
        model_config = ConfigDict(serialize_by_alias=True)

    app = FastAPI()

    @app.get("/me")
    async def me() -> Public:
        return {"display_name": "Ada", "password_hash": "x"}  # type: ignore[return-value]

    assert call(app, "GET", "/me").json() == {"displayName": "Ada"}
    assert Public(display_name="Ada").model_dump() == {"display_name": "Ada"}
    assert Public(display_name="Ada").model_dump(by_alias=True) == {"displayName": "Ada"}
    assert AliasByDefault(display_name="Ada").model_dump() == {"displayName": "Ada"}


def test_exclude_unset_and_exclude_none_trim_the_response() -> None:
    """`response_model_exclude_unset` drops fields nobody set; `_exclude_none` drops nulls."""

    class Profile(BaseModel):
        name: str
        bio: str | None = None
        plan: str = "free"

    app = FastAPI()

    @app.get("/unset", response_model=Profile, response_model_exclude_unset=True)
    async def unset() -> Any:
        return Profile(name="Ada", bio=None)

    @app.get("/none", response_model=Profile, response_model_exclude_none=True)
    async def none() -> Any:
        return Profile(name="Ada")

    assert call(app, "GET", "/unset").json() == {"name": "Ada", "bio": None}
    assert call(app, "GET", "/none").json() == {"name": "Ada", "plan": "free"}


def test_field_serializer_and_computed_field_shape_the_output_and_schema() -> None:
    """`@field_serializer` changes how a field is written; `@computed_field` adds a value
    that also appears in the OpenAPI schema."""

    class Line(BaseModel):
        price: Decimal
        quantity: int

        @field_serializer("price")
        def price_as_number(self, price: Decimal) -> float:
            return float(price)

        @computed_field
        @property
        def subtotal(self) -> Decimal:
            return self.price * self.quantity

    app = FastAPI()

    @app.get("/line")
    async def line() -> Line:
        return Line(price=Decimal("2.50"), quantity=3)

    assert call(app, "GET", "/line").json() == {"price": 2.5, "quantity": 3, "subtotal": "7.50"}
    schema = app.openapi()["components"]["schemas"]["Line"]
    assert "subtotal" in schema["properties"]


def test_orjson_and_ujson_responses_are_deprecated() -> None:
    """Since FastAPI 0.131.0 `ORJSONResponse` and `UJSONResponse` are deprecated."""
    assert ORJSONResponse.__deprecated__
    assert UJSONResponse.__deprecated__


def test_pydantic_v1_method_names_warn_in_v2() -> None:
    """`.dict()`, `.json()` and `parse_raw()` still exist but warn `PydanticDeprecatedSince20`."""
    order = Order(sku="PEN-1", total=Decimal("9.50"))
    with pytest.warns(DeprecationWarning, match="model_dump"):
        order.dict()
    with pytest.warns(DeprecationWarning, match="model_dump_json"):
        order.json()
    with pytest.warns(DeprecationWarning) as caught:
        Order.parse_raw(order.model_dump_json())
    assert any("parse_raw" in str(warning.message) for warning in caught)


ran: list[str] = []


def record(marker: str) -> None:
    ran.append(marker)


class Payload:
    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return record, ("called while loading",)


def test_unpickling_calls_whatever_the_bytes_name() -> None:
    """Loading a pickle runs a callable chosen by whoever wrote the bytes."""
    data = pickle.dumps(Payload())
    assert ran == []
    pickle.loads(data)  # the unsafe call is what this check demonstrates
    assert ran == ["called while loading"]
