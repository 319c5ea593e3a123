"""Claims made on content/questions/pydantic-basics/; each fails if a release changes it."""

import warnings
from dataclasses import dataclass
from datetime import date
from importlib.metadata import requires, version

import pytest
from asgi import call
from fastapi import FastAPI, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StrictInt, TypeAdapter, ValidationError

PAGE = "pydantic-basics"


class Order(BaseModel):
    quantity: int
    paid: bool
    placed: date


def error_types(model: type[BaseModel], data: object, **options: object) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data, **options)
    return [error["type"] for error in caught.value.errors()]


def test_a_type_hint_alone_checks_nothing() -> None:
    """A dataclass declared with `price: float` holds the string "1.5" without complaint."""

    @dataclass
    class Plain:
        price: float

    assert Plain(price="1.5").price == "1.5"  # type: ignore[arg-type]


def test_lax_mode_converts_unambiguous_values() -> None:
    """Lax mode turns numeric strings into numbers, "yes" or "1" into True and ISO 8601
    strings into dates."""
    for truthy in ("yes", "1", "true", "on"):
        order = Order.model_validate({"quantity": "2", "paid": truthy, "placed": "2026-12-05"})
        assert (order.quantity, order.paid, order.placed) == (2, True, date(2026, 12, 5))


def test_lax_mode_refuses_conversions_that_lose_information() -> None:
    """The string "2.5" is not a valid int (int_parsing), nor is 2.5 (int_from_float); "2.0" is."""
    base = {"paid": True, "placed": "2026-12-05"}
    assert error_types(Order, base | {"quantity": "2.5"}) == ["int_parsing"]
    assert error_types(Order, base | {"quantity": 2.5}) == ["int_from_float"]
    assert Order.model_validate(base | {"quantity": "2.0"}).quantity == 2


def test_strict_mode_per_model_field_and_call() -> None:
    """Strict mode is set per model (`ConfigDict(strict=True)`), per field (`Field(strict=True)`,
    `StrictInt`) or per call (`model_validate(..., strict=True)`)."""

    class StrictModel(BaseModel):
        model_config = ConfigDict(strict=True)
        quantity: int

    class StrictField(BaseModel):
        quantity: int = Field(strict=True)
        count: StrictInt = 0

    assert error_types(StrictModel, {"quantity": "2"}) == ["int_type"]
    assert error_types(StrictField, {"quantity": "2", "count": "3"}) == ["int_type", "int_type"]
    data = {"quantity": "2", "paid": True, "placed": date(2026, 12, 5)}
    assert error_types(Order, data, strict=True) == ["int_type"]


def test_strict_json_input_still_accepts_date_strings() -> None:
    """In strict mode a date string fails Python-mode validation but passes JSON-mode
    validation."""

    class Booking(BaseModel):
        model_config = ConfigDict(strict=True)
        placed: date

    assert error_types(Booking, {"placed": "2026-12-05"}) == ["date_type"]
    assert Booking.model_validate_json('{"placed": "2026-12-05"}').placed == date(2026, 12, 5)


def test_fastapi_validates_the_decoded_body_in_python_mode() -> None:
    """FastAPI decodes the JSON body first, so a model-wide `strict=True` rejects an ISO date
    string in a request body with `date_type`."""

    class Booking(BaseModel):
        model_config = ConfigDict(strict=True)
        placed: date

    app = FastAPI()

    @app.post("/bookings")
    async def book(booking: Booking) -> Booking:
        return booking

    response = call(app, "POST", "/bookings", json={"placed": "2026-12-05"})
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert [e["type"] for e in response.json()["detail"]] == ["date_type"]


def test_errors_carry_type_loc_and_msg_for_every_problem() -> None:
    """Every problem is reported at once, each with a `type`, a `loc` path into nested models
    and a readable `msg`."""

    class Address(BaseModel):
        postcode: str = Field(pattern=r"^\d{5}$")

    class Shipment(BaseModel):
        price: float = Field(gt=0)
        ship_to: Address

    with pytest.raises(ValidationError) as caught:
        Shipment.model_validate({"price": -1, "ship_to": {"postcode": "12"}})
    errors = [(e["type"], e["loc"]) for e in caught.value.errors()]
    assert errors == [
        ("greater_than", ("price",)),
        ("string_pattern_mismatch", ("ship_to", "postcode")),
    ]
    assert all(e["msg"] for e in caught.value.errors())


def test_dump_modes_and_schema_constraints() -> None:
    """`model_dump()` keeps Python objects, `mode="json"` gives JSON values, `model_dump_json()`
    a string; constraints appear in `model_json_schema()` as `minLength`, `exclusiveMinimum`."""

    class Item(BaseModel):
        sku: str = Field(min_length=3)
        price: float = Field(gt=0)
        placed: date

    item = Item(sku="PEN", price=1.5, placed=date(2026, 12, 5))
    assert item.model_dump()["placed"] == date(2026, 12, 5)
    assert item.model_dump(mode="json")["placed"] == "2026-12-05"
    assert item.model_dump_json() == '{"sku":"PEN","price":1.5,"placed":"2026-12-05"}'
    schema = Item.model_json_schema()
    assert schema["properties"]["sku"]["minLength"] == 3
    assert schema["properties"]["price"]["exclusiveMinimum"] == 0
    assert schema["required"] == ["sku", "price", "placed"]


def test_type_adapter_validates_types_that_are_not_models() -> None:
    """`TypeAdapter(list[int])` validates and serializes a bare list the same way."""
    adapter = TypeAdapter(list[int])
    assert adapter.validate_python(["1", 2]) == [1, 2]
    assert adapter.dump_json([1, 2]) == b"[1,2]"


def test_unknown_keys_are_ignored_by_default() -> None:
    """The default is `extra="ignore"`: unknown keys are dropped; `extra="forbid"` rejects them."""

    class Loose(BaseModel):
        name: str

    class Closed(BaseModel):
        model_config = ConfigDict(extra="forbid")
        name: str

    data = {"name": "pen", "is_admin": True}
    assert Loose.model_validate(data).model_dump() == {"name": "pen"}
    assert error_types(Closed, data) == ["extra_forbidden"]


def test_extra_can_be_set_per_call_since_pydantic_2_12() -> None:
    """Since Pydantic 2.12 `model_validate(data, extra="forbid")` rejects unknown keys for one
    call."""

    class Loose(BaseModel):
        name: str

    assert error_types(Loose, {"name": "pen", "is_admin": True}, extra="forbid") == [
        "extra_forbidden"
    ]


def test_v1_names_still_run_with_a_warning() -> None:
    """`.dict()`, `.json()`, `parse_obj()`, `@validator` and `class Config` still run in v2 with a
    `PydanticDeprecatedSince20` warning."""
    from pydantic import validator

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")

        class Legacy(BaseModel):
            name: str

            class Config:
                str_strip_whitespace = True

            @validator("name")
            def shout(cls, value: str) -> str:
                return value.upper()

        legacy = Legacy.parse_obj({"name": " pen "})
        assert legacy.dict() == {"name": "PEN"} and legacy.json() == '{"name":"PEN"}'
    kinds = [type(w.message).__name__ for w in caught]
    assert kinds and set(kinds) == {"PydanticDeprecatedSince20"}


def test_orm_mode_is_renamed_not_honoured() -> None:
    """`orm_mode = True` only warns that it was renamed: reading attributes from an object still
    fails with `model_type` until the model sets `from_attributes=True`."""

    class Row:
        name = "pen"

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")

        class Legacy(BaseModel):
            model_config = ConfigDict(orm_mode=True)  # type: ignore[typeddict-unknown-key]
            name: str

    assert any("orm_mode" in str(w.message) for w in caught)
    assert error_types(Legacy, Row()) == ["model_type"]

    class Current(BaseModel):
        model_config = ConfigDict(from_attributes=True)
        name: str

    assert Current.model_validate(Row()).name == "pen"


def test_a_validation_error_raised_inside_a_handler_is_a_500() -> None:
    """A `ValidationError` from your own `model_validate` call in a handler is a 500, not a 422."""
    app = FastAPI()

    @app.post("/import")
    async def import_order(payload: dict) -> dict:
        Order.model_validate(payload)
        return payload

    with pytest.raises(ValidationError):
        call(app, "POST", "/import", json={"quantity": "many"})


def test_a_response_that_breaks_the_return_type_is_a_server_error() -> None:
    """The return value is validated against the return type; a mismatch is a server error."""
    from fastapi.exceptions import ResponseValidationError

    app = FastAPI()

    @app.get("/order")
    async def read_order() -> Order:
        return {"quantity": 1}  # type: ignore[return-value]

    with pytest.raises(ResponseValidationError):
        call(app, "GET", "/order")


def test_current_fastapi_requires_pydantic_v2() -> None:
    """FastAPI requires Pydantic v2 (v1 support dropped in 0.126.0); 0.165.0 asks for 2.9 or
    newer."""
    pins = [r for r in requires("fastapi") or [] if r.startswith("pydantic>") and "extra" not in r]
    assert pins and pins[0].startswith("pydantic>=2.")
    if version("fastapi") == "0.165.0":
        assert pins[0] == "pydantic>=2.9.0"


def test_a_declared_return_type_skips_json_response(json_render_calls: list[object]) -> None:
    """With a declared return type and the default response class, Pydantic writes the JSON
    bytes itself (since 0.130.0) and `JSONResponse.render` is never called; without a return
    type, or with an explicit `response_class`, the response goes through `JSONResponse`."""
    rendered = json_render_calls
    app = FastAPI()

    @app.get("/typed")
    async def typed() -> dict[str, int]:
        return {"a": 1}

    @app.get("/untyped")
    async def untyped():  # no return type on purpose
        return {"a": 1}

    @app.get("/custom", response_class=JSONResponse)
    async def custom() -> dict[str, int]:
        return {"a": 1}

    for path, through_json_response in [("/typed", False), ("/untyped", True), ("/custom", True)]:
        rendered.clear()
        response = call(app, "GET", path)
        assert response.json() == {"a": 1} and bool(rendered) is through_json_response, path
