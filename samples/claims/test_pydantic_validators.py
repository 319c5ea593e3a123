"""Claims made on content/questions/pydantic-validators/; each fails if a release changes it."""

import warnings
from datetime import date
from typing import Annotated, Any, Self

import pytest
from asgi import call
from fastapi import FastAPI, status
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    ValidationError,
    ValidationInfo,
    WrapValidator,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

PAGE = "pydantic-validators"


def first_error(model: type[BaseModel], data: object) -> dict[str, Any]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return caught.value.errors()[0]


class Stay(BaseModel):
    check_in: date
    check_out: date

    @model_validator(mode="after")
    def check_dates(self) -> Self:
        if self.check_out <= self.check_in:
            raise ValueError("check_out must be after check_in")
        return self


def test_after_is_the_default_mode_and_before_sees_raw_input() -> None:
    """A field validator runs after the type check by default; `mode="before"` gets raw input."""
    seen: list[tuple[str, object]] = []

    class Guests(BaseModel):
        count: int

        @field_validator("count", mode="before")
        @classmethod
        def raw(cls, value: object) -> object:
            seen.append(("before", value))
            return value

        @field_validator("count")
        @classmethod
        def typed(cls, value: int) -> int:
            seen.append(("after", value))
            return value

    Guests(count="2")  # type: ignore[arg-type]
    assert seen == [("before", "2"), ("after", 2)]


def test_plain_replaces_the_type_check() -> None:
    """A `plain` validator disables the type check, so a wrong type can slip through."""

    class Loose(BaseModel):
        count: Annotated[int, PlainValidator(lambda value: value)]

    assert Loose(count="not a number").count == "not a number"  # type: ignore[arg-type]


def test_value_error_gets_the_value_error_prefix() -> None:
    """`ValueError` gives type `value_error` and a message starting "Value error, "."""

    class Code(BaseModel):
        code: str

        @field_validator("code")
        @classmethod
        def shape(cls, value: str) -> str:
            raise ValueError("room codes look like B204")

    error = first_error(Code, {"code": "x"})
    assert (error["type"], error["msg"]) == (
        "value_error",
        "Value error, room codes look like B204",
    )


def test_assert_gives_assertion_error_and_custom_error_sets_type() -> None:
    """`assert` gives `assertion_error`; `PydanticCustomError` sets its own type and message."""

    class Asserted(BaseModel):
        n: int

        @field_validator("n")
        @classmethod
        def positive(cls, value: int) -> int:
            assert value > 0, "must be positive"
            return value

    class Custom(BaseModel):
        n: int

        @field_validator("n")
        @classmethod
        def positive(cls, value: int) -> int:
            raise PydanticCustomError("booking_dates", "check_out must be after check_in")

    assert first_error(Asserted, {"n": -1})["type"] == "assertion_error"
    error = first_error(Custom, {"n": -1})
    assert (error["type"], error["msg"]) == ("booking_dates", "check_out must be after check_in")


def test_info_data_holds_only_earlier_valid_fields() -> None:
    """`info.data` holds fields declared earlier that already passed, in declaration order."""
    seen: list[dict[str, Any]] = []

    class Three(BaseModel):
        a: int
        b: int
        c: int

        @field_validator("c")
        @classmethod
        def look(cls, value: int, info: ValidationInfo) -> int:
            seen.append(dict(info.data))
            return value

    with pytest.raises(ValidationError):
        Three.model_validate({"a": "bad", "b": 2, "c": 3})
    assert seen == [{"b": 2}]


def test_after_model_validator_runs_only_when_every_field_is_valid() -> None:
    """With a bad field and reversed dates, only the field error is reported: the after model
    validator never ran. Its own error, once fields pass, has an empty `loc`."""

    class Booking(Stay):
        email: str = Field(pattern="@")

    backwards = {"check_in": "2026-12-03", "check_out": "2026-12-01"}
    with pytest.raises(ValidationError) as caught:
        Booking.model_validate(backwards | {"email": "nobody"})
    assert [e["loc"] for e in caught.value.errors()] == [("email",)]
    error = first_error(Booking, backwards | {"email": "ada@example.com"})
    assert error["loc"] == () and error["type"] == "value_error"


def test_fastapi_reports_a_model_validator_error_at_body() -> None:
    """FastAPI reports a model validator's empty location as `["body"]` in the 422."""
    app = FastAPI()

    @app.post("/stays")
    async def book(stay: Stay) -> Stay:
        return stay

    response = call(
        app, "POST", "/stays", json={"check_in": "2026-12-03", "check_out": "2026-12-01"}
    )
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert response.json()["detail"][0]["loc"] == ["body"]


def test_after_model_validator_as_classmethod_is_deprecated_since_2_12() -> None:
    """Writing an after model validator as a class method warns (`PydanticDeprecatedSince212`)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")

        class Old(BaseModel):
            a: int

            @model_validator(mode="after")  # type: ignore[arg-type]
            @classmethod
            def check(cls, model: Any) -> Any:
                return model

    assert [type(w.message).__name__ for w in caught] == ["PydanticDeprecatedSince212"]


def test_forgetting_return_self_loses_the_model_silently_in_model_validate() -> None:
    """Without `return self`, `model_validate` returns None with no warning; `Model(...)` warns
    and still gives the instance."""

    class Forgetful(BaseModel):
        a: int

        @model_validator(mode="after")
        def check(self) -> None:  # type: ignore[override]
            pass

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert Forgetful.model_validate({"a": 1}) is None
    assert caught == []
    with pytest.warns(UserWarning, match="returning a value other than `self`"):
        assert Forgetful(a=1).a == 1


def test_field_validator_without_return_stores_none() -> None:
    """A field validator that falls off the end turns the field into None."""

    class Forgetful(BaseModel):
        a: int

        @field_validator("a")
        @classmethod
        def check(cls, value: int) -> None:  # type: ignore[override]
            pass

    assert Forgetful(a=1).a is None


def test_defaults_are_not_validated_unless_asked() -> None:
    """`Field(default=0, ge=1)` stores 0 silently unless `validate_default=True`."""

    class Trusting(BaseModel):
        guests: int = Field(default=0, ge=1)

    class Checking(BaseModel):
        guests: int = Field(default=0, ge=1, validate_default=True)

    assert Trusting().guests == 0
    assert first_error(Checking, {})["type"] == "greater_than_equal"


def test_annotated_validator_order() -> None:
    """Before and wrap validators run right to left, then after validators left to right;
    decorator validators count as the last entries."""
    order: list[str] = []

    def note(name: str) -> Any:
        return lambda value: order.append(name) or value

    def wrap(value: Any, handler: Any) -> Any:
        order.append("wrap")
        return handler(value)

    class Ordered(BaseModel):
        x: Annotated[
            int,
            BeforeValidator(note("before-1")),
            AfterValidator(note("after-1")),
            WrapValidator(wrap),
            BeforeValidator(note("before-2")),
            AfterValidator(note("after-2")),
        ]

        @field_validator("x", mode="before")
        @classmethod
        def decorated_before(cls, value: Any) -> Any:
            order.append("decorator-before")
            return value

        @field_validator("x")
        @classmethod
        def decorated_after(cls, value: int) -> int:
            order.append("decorator-after")
            return value

    Ordered(x=1)
    assert order == [
        *("decorator-before", "before-2", "wrap", "before-1"),
        *("after-1", "after-2", "decorator-after"),
    ]


def test_custom_rules_stay_out_of_the_schema_unless_the_input_type_is_declared() -> None:
    """An after validator's rule never reaches the JSON Schema; a before validator documents
    the extra input it accepts only through `json_schema_input_type`."""

    def split(value: Any) -> Any:
        return value.split(",") if isinstance(value, str) else value

    class Tags(BaseModel):
        code: Annotated[str, AfterValidator(str.upper)]
        silent: Annotated[list[str], BeforeValidator(split)]
        declared: Annotated[list[str], BeforeValidator(split, json_schema_input_type=str)]

    props = Tags.model_json_schema()["properties"]
    assert props["code"] == {"title": "Code", "type": "string"}
    assert props["silent"]["type"] == "array"
    assert props["declared"]["type"] == "string"
    assert Tags(code="b2", silent="a,b", declared="c").silent == ["a", "b"]  # type: ignore[arg-type]


def test_type_error_is_not_converted_and_fastapi_answers_500() -> None:
    """Only ValueError, AssertionError and PydanticCustomError become validation errors; a
    TypeError escapes, and FastAPI answers 500."""

    class Typed(BaseModel):
        n: int

        @field_validator("n")
        @classmethod
        def check(cls, value: int) -> int:
            raise TypeError("not converted")

    with pytest.raises(TypeError):
        Typed(n=1)
    app = FastAPI()

    @app.post("/typed")
    async def typed(body: Typed) -> Typed:
        return body

    with pytest.raises(TypeError):  # unhandled in the app: the server answers 500
        call(app, "POST", "/typed", json={"n": 1})


def test_assignment_and_model_construct_skip_validators() -> None:
    """Validators do not run on assignment unless `validate_assignment=True`, and
    `model_construct()` skips validation."""

    class Loose(Stay):
        pass

    class Guarded(Stay):
        model_config = ConfigDict(validate_assignment=True)

    stay = {"check_in": "2026-12-01", "check_out": "2026-12-03"}
    loose = Loose.model_validate(stay)
    loose.check_out = date(2026, 11, 1)  # reversed, accepted
    assert loose.check_out < loose.check_in
    guarded = Guarded.model_validate(stay)
    with pytest.raises(ValidationError):
        guarded.check_out = date(2026, 11, 1)
    built = Stay.model_construct(check_in=date(2026, 12, 3), check_out=date(2026, 12, 1))
    assert built.check_out < built.check_in
