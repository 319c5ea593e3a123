"""Claims made on content/questions/json-for-apis/; each fails if a release changes them."""

import math
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from asgi import call, call_unraised
from fastapi import FastAPI, status
from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic_core import PydanticSerializationError

PAGE = "json-for-apis"


class Product(BaseModel):
    price: Decimal
    updated: datetime
    rating: float | None


class Blob(BaseModel):
    data: bytes


class Base64Blob(BaseModel):
    model_config = ConfigDict(ser_json_bytes="base64", val_json_bytes="base64")
    data: bytes


class Rating(BaseModel):
    value: float


class FiniteRating(BaseModel):
    model_config = ConfigDict(allow_inf_nan=False)
    value: float


ROW = {
    "price": Decimal("19.99"),
    "updated": datetime(2026, 11, 22, 9, 30, tzinfo=UTC),
    "rating": math.nan,
}


def api(**settings: Any) -> FastAPI:
    app = FastAPI(**settings)

    @app.get("/typed")
    async def typed() -> Product:
        return Product.model_validate(ROW)

    @app.get("/untyped")
    async def untyped():  # no return type: jsonable_encoder, then json.dumps
        return ROW

    @app.get("/blob")
    async def blob() -> Blob:
        return Blob(data=b"\xff\x00")

    @app.post("/ratings")
    async def rate(rating: Rating) -> dict[str, str]:
        return {"value": repr(rating.value)}

    return app


def status_of_failing_route(app: FastAPI, url: str) -> int:
    """The status a client sees when the route raises (the transport returns the 500)."""

    return call_unraised(app, "GET", url).status_code


def test_a_declared_type_gives_decimal_as_string_rfc3339_time_and_nan_as_null() -> None:
    """Pydantic's JSON mode: `Decimal` as a string, `datetime` as ISO 8601, NaN as `null`."""
    response = call(api(), "GET", "/typed")
    assert response.json() == {"price": "19.99", "updated": "2026-11-22T09:30:00Z", "rating": None}


def test_without_a_declared_type_a_nan_is_a_500() -> None:
    """`jsonable_encoder` then `json.dumps(allow_nan=False)`: the NaN becomes a 500."""
    assert status_of_failing_route(api(), "/untyped") == status.HTTP_500_INTERNAL_SERVER_ERROR


def test_jsonable_encoder_turns_decimal_into_int_or_float() -> None:
    """`Decimal("20")` becomes an int; `Decimal("20.0")` and `Decimal("19.99")` become floats."""
    encoded = jsonable_encoder([Decimal("20"), Decimal("20.0"), Decimal("19.99")])
    assert encoded == [20, 20.0, 19.99]
    assert [type(value) for value in encoded] == [int, float, float]


def test_bytes_that_are_not_utf8_fail_to_serialize_by_default() -> None:
    """With the default `ser_json_bytes="utf8"`, non-UTF-8 bytes raise; in a route, a 500."""
    assert Blob(data=b"hello").model_dump_json() == '{"data":"hello"}'
    with pytest.raises(PydanticSerializationError):
        Blob(data=b"\xff\x00").model_dump_json()
    assert status_of_failing_route(api(), "/blob") == status.HTTP_500_INTERNAL_SERVER_ERROR


def test_base64_bytes_use_the_url_safe_alphabet_both_ways() -> None:
    """`ser_json_bytes="base64"` writes URL-safe base64; `val_json_bytes="base64"` reads it."""
    assert Base64Blob(data=b"\xff\xe0").model_dump_json() == '{"data":"_-A="}'
    assert Base64Blob.model_validate_json('{"data":"_-A="}').data == b"\xff\xe0"


@pytest.mark.parametrize(
    ("token", "expected"), [("NaN", "nan"), ("Infinity", "inf"), ("1e400", "inf")]
)
def test_fastapi_accepts_nan_and_infinity_tokens_in_request_bodies(
    token: str, expected: str
) -> None:
    """FastAPI parses bodies with Python's `json`, which takes NaN, Infinity and overflows."""
    headers = {"content-type": "application/json"}
    content = f'{{"value": {token}}}'.encode()
    response = call(api(), "POST", "/ratings", content=content, headers=headers)
    assert response.status_code == status.HTTP_200_OK
    assert response.json() == {"value": expected}


def test_allow_inf_nan_false_rejects_them() -> None:
    """A model with `allow_inf_nan=False` refuses NaN with a `finite_number` error."""
    with pytest.raises(ValidationError) as caught:
        FiniteRating.model_validate({"value": math.nan})
    assert caught.value.errors()[0]["type"] == "finite_number"


def test_duplicate_keys_keep_the_last_value() -> None:
    """Duplicate member names are not an error: the last one wins, in FastAPI and in Pydantic."""
    assert Rating.model_validate_json('{"value": 1, "value": 2}').value == 2
    headers = {"content-type": "application/json"}
    content = b'{"value": 1, "value": 2}'
    assert call(api(), "POST", "/ratings", content=content, headers=headers).json() == {
        "value": "2.0"
    }


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"content-type": "application/json"}, status.HTTP_200_OK),
        ({"content-type": "application/merge-patch+json"}, status.HTTP_200_OK),
        ({"content-type": "text/plain"}, status.HTTP_422_UNPROCESSABLE_CONTENT),
        ({}, status.HTTP_422_UNPROCESSABLE_CONTENT),
    ],
)
def test_only_json_media_types_are_parsed_as_json(headers: dict[str, str], expected: int) -> None:
    """JSON or `+json` is parsed; `text/plain` (0.65.2) and a missing type (0.132.0) get 422."""
    response = call(api(), "POST", "/ratings", content=b'{"value": 4.5}', headers=headers)
    assert response.status_code == expected


def test_strict_content_type_false_parses_a_body_without_content_type() -> None:
    """`strict_content_type=False` restores parsing of a body sent with no `Content-Type`."""
    app = api(strict_content_type=False)
    response = call(app, "POST", "/ratings", content=b'{"value": 4.5}')
    assert response.status_code == status.HTTP_200_OK
    assert response.json() == {"value": "4.5"}


def test_a_declared_type_skips_jsonable_encoder_unless_a_response_class_is_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Since 0.130.0 a declared return type is dumped straight to JSON bytes by Pydantic
    (`jsonable_encoder` and `json.dumps` are skipped) while the route keeps the default response
    class; with an explicit `response_class` FastAPI still goes through `jsonable_encoder`."""
    import fastapi.routing
    from fastapi.responses import JSONResponse

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("jsonable_encoder was called")

    monkeypatch.setattr(fastapi.routing, "jsonable_encoder", refuse)
    app = api()

    @app.get("/typed-json-response", response_class=JSONResponse)
    async def typed_with_class() -> Product:
        return Product.model_validate(ROW)

    assert call(app, "GET", "/typed").json()["price"] == "19.99"
    assert status_of_failing_route(app, "/typed-json-response") == 500


def test_base64_input_accepts_either_alphabet() -> None:
    """On input, `val_json_bytes="base64"` accepts the standard and the URL-safe alphabet, with or
    without padding; output always uses the URL-safe one."""
    for text in ("_-A=", "/+A=", "_-A"):
        assert Base64Blob.model_validate_json(f'{{"data":"{text}"}}').data == b"\xff\xe0"
