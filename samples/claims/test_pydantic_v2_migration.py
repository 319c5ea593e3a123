"""Claims made on content/questions/pydantic-v2-migration/; each fails if a release changes it."""

import warnings
from importlib.metadata import requires, version
from types import SimpleNamespace
from typing import Optional, Union

import pytest
from asgi import call
from fastapi import FastAPI
from pydantic import BaseModel, ConfigDict, Field, SerializeAsAny, ValidationError, v1
from pydantic.errors import PydanticImportError, PydanticUserError
from pydantic.warnings import PydanticDeprecatedSince20

PAGE = "pydantic-v2-migration"


class Order(BaseModel):
    reference: str
    quantity: int
    note: Optional[str]  # noqa: UP045


class OrderV1(v1.BaseModel):
    reference: str
    quantity: int
    note: Optional[str]  # noqa: UP045


def error_types(data: dict) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        Order.model_validate(data)
    return [e["type"] for e in caught.value.errors()]


def test_installed_pydantic_is_2_14_or_later() -> None:
    """The behaviour below is checked on Pydantic 2.14 (both version sets)."""
    major, minor = (int(part) for part in version("pydantic").split(".")[:2])
    assert (major, minor) >= (2, 14)


def test_lax_coercions_that_v2_refuses() -> None:
    """v2 rejects a number for a str (string_type) and a float with a fraction for an int
    (int_from_float), where v1 converted 1042 to '1042' and truncated 2.7 to 2; 2.0 and '3'
    are still accepted as ints."""
    assert error_types({"reference": 1042, "quantity": 1, "note": None}) == ["string_type"]
    assert error_types({"reference": "A", "quantity": 2.7, "note": None}) == ["int_from_float"]
    assert Order.model_validate({"reference": "A", "quantity": 2.0, "note": None}).quantity == 2
    assert Order.model_validate({"reference": "A", "quantity": "3", "note": None}).quantity == 3
    old = OrderV1.parse_obj({"reference": 1042, "quantity": 2.7, "note": None})
    assert (old.reference, old.quantity) == ("1042", 2)


def test_coerce_numbers_to_str_restores_the_old_conversion() -> None:
    """ConfigDict(coerce_numbers_to_str=True) (Pydantic 2.4 and later) accepts numbers for str."""

    class Lenient(BaseModel):
        model_config = ConfigDict(coerce_numbers_to_str=True)
        reference: str

    assert Lenient.model_validate({"reference": 1042}).reference == "1042"


def test_optional_without_default_is_required_in_v2_only() -> None:
    """Optional[X] with no default is required in v2; v1 gave it a default of None."""
    assert error_types({"reference": "A", "quantity": 1}) == ["missing"]
    assert OrderV1.parse_obj({"reference": "A", "quantity": 1}).note is None


def test_error_type_names_and_keys_changed() -> None:
    """Error types were renamed ('value_error.missing' became 'missing') and errors gained
    'input' and 'url'; FastAPI's 422 items carry type, loc, msg, input (and ctx), no url."""
    with pytest.raises(v1.ValidationError) as old:
        OrderV1.parse_obj({"reference": "A", "note": None})
    assert old.value.errors()[0]["type"] == "value_error.missing"
    with pytest.raises(ValidationError) as new:
        Order.model_validate({"reference": "A", "note": None})
    assert set(new.value.errors()[0]) == {"type", "loc", "msg", "input", "url"}

    app = FastAPI()

    @app.post("/orders")
    async def create(order: Order) -> Order:
        return order

    item = call(app, "POST", "/orders", json={"reference": "A", "note": None}).json()["detail"][0]
    assert item["type"] == "missing" and set(item) == {"type", "loc", "msg", "input"}


def test_v1_method_names_still_run_but_warn() -> None:
    """dict, json, parse_obj, copy and schema still work on v2 models, each raising a
    PydanticDeprecatedSince20 warning."""
    order = Order(reference="A", quantity=1, note=None)
    for old_call in (
        order.dict,
        order.json,
        order.copy,
        Order.schema,
        lambda: Order.parse_obj({"reference": "A", "quantity": 1, "note": None}),
    ):
        with pytest.warns(PydanticDeprecatedSince20):
            old_call()


def test_class_config_warns_and_renamed_keys_are_ignored() -> None:
    """A class-based Config is deprecated; a v1 key such as orm_mode only triggers a 'renamed'
    warning and has no effect, so attribute loading fails until from_attributes=True is set."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")

        class Customer(BaseModel):
            name: str

            class Config:
                orm_mode = True

    messages = [str(w.message) for w in caught]
    assert any("'orm_mode' has been renamed to 'from_attributes'" in m for m in messages)
    assert any(issubclass(w.category, PydanticDeprecatedSince20) for w in caught)
    row = SimpleNamespace(name="ada")
    with pytest.raises(ValidationError):
        Customer.model_validate(row)

    class CustomerV2(BaseModel):
        model_config = ConfigDict(from_attributes=True)
        name: str

    assert CustomerV2.model_validate(row).name == "ada"


def test_validator_decorators_and_removed_field_arguments() -> None:
    """@validator still works with a deprecation warning; a bare @root_validator is refused;
    Field(regex=...) is removed (use pattern) and Field(const=...) too (use Literal); min_items is
    deprecated in favour of min_length; a __root__ field is refused in favour of RootModel."""
    from pydantic import root_validator, validator

    with pytest.warns(PydanticDeprecatedSince20):

        class Doubled(BaseModel):
            n: int

            @validator("n")
            def double(cls, value: int) -> int:
                return value * 2

    assert Doubled(n=2).n == 4
    with pytest.raises(PydanticUserError), warnings.catch_warnings():
        warnings.simplefilter("ignore")

        class Whole(BaseModel):
            n: int

            @root_validator
            def check(cls, values: dict) -> dict:
                return values

    with pytest.raises(PydanticUserError, match="pattern"):

        class Code(BaseModel):
            code: str = Field(regex="^[A-Z]+$")

    with pytest.raises(PydanticUserError, match="Literal"):

        class Fixed(BaseModel):
            kind: str = Field("order", const=True)

    with pytest.warns(DeprecationWarning, match="min_length"):

        class Lines(BaseModel):
            lines: list[int] = Field(min_items=1)

    with pytest.raises(PydanticUserError, match="RootModel"):

        class Numbers(BaseModel):
            __root__: list[int]


def test_base_settings_moved_to_pydantic_settings() -> None:
    """Importing BaseSettings from pydantic raises PydanticImportError: it lives in the separate
    pydantic-settings package."""
    with pytest.raises(PydanticImportError, match="pydantic-settings"):
        from pydantic import BaseSettings  # noqa: F401


def test_subclass_fields_are_dumped_by_declared_type() -> None:
    """v2 serializes a field by its declared type, so a subclass's extra fields disappear (v1
    kept them); SerializeAsAny or, since 2.7, serialize_as_any=True brings them back."""

    class User(BaseModel):
        name: str

    class Admin(User):
        password_hash: str

    class Team(BaseModel):
        owner: User

    class LooseTeam(BaseModel):
        owner: SerializeAsAny[User]

    admin = Admin(name="ada", password_hash="x")
    assert Team(owner=admin).model_dump() == {"owner": {"name": "ada"}}
    assert Team(owner=admin).model_dump(serialize_as_any=True)["owner"]["password_hash"] == "x"
    assert LooseTeam(owner=admin).model_dump()["owner"]["password_hash"] == "x"

    class UserV1(v1.BaseModel):
        name: str

    class AdminV1(UserV1):
        password_hash: str

    class TeamV1(v1.BaseModel):
        owner: UserV1

    assert TeamV1(owner=AdminV1(name="ada", password_hash="x")).dict()["owner"]["password_hash"]


def test_fastapi_requires_pydantic_2() -> None:
    """FastAPI has required Pydantic 2 since 0.126.0; its metadata pins pydantic>=2.x."""
    (pin,) = [r for r in requires("fastapi") if r.startswith("pydantic") and "extra" not in r]
    assert pin.startswith("pydantic>=2.")


def test_fastapi_refuses_pydantic_v1_models() -> None:
    """Since FastAPI 0.128.0 a pydantic.v1 model in a path operation raises
    PydanticV1NotSupportedError when the route is declared."""
    from fastapi.exceptions import PydanticV1NotSupportedError

    class Legacy(v1.BaseModel):
        name: str

    app = FastAPI()
    with pytest.raises(PydanticV1NotSupportedError):

        @app.post("/legacy")
        async def legacy(item: Legacy) -> dict[str, str]:
            return {"name": item.name}


def test_field_validator_replaces_validator_arguments() -> None:
    """In @field_validator, mode='before' replaces pre=True, earlier fields arrive as info.data
    instead of `values`, and Field(validate_default=True) replaces always=True."""
    from pydantic import ValidationInfo, field_validator

    class Booking(BaseModel):
        start: int
        end: int
        label: str = Field(default=" default ", validate_default=True)

        @field_validator("start", mode="before")
        @classmethod
        def strip_prefix(cls, value: object) -> object:
            return value.removeprefix("day-") if isinstance(value, str) else value

        @field_validator("end")
        @classmethod
        def after_start(cls, value: int, info: ValidationInfo) -> int:
            if value <= info.data["start"]:
                raise ValueError("end must be after start")
            return value

        @field_validator("label")
        @classmethod
        def strip(cls, value: str) -> str:
            return value.strip()

    booking = Booking.model_validate({"start": "day-3", "end": 5})
    assert (booking.start, booking.label) == (3, "default")
    with pytest.raises(ValidationError, match="end must be after start"):
        Booking.model_validate({"start": 5, "end": 4})


def test_integer_error_names_and_nullable_schema() -> None:
    """v1's type_error.integer is int_parsing for text (int_type for other types) in v2;
    PydanticDeprecatedSince20 is a DeprecationWarning; an Optional field's JSON schema is an
    anyOf with null."""
    with pytest.raises(v1.ValidationError) as old:
        OrderV1.parse_obj({"reference": "A", "quantity": "many", "note": None})
    assert old.value.errors()[0]["type"] == "type_error.integer"
    assert error_types({"reference": "A", "quantity": "many", "note": None}) == ["int_parsing"]
    assert error_types({"reference": "A", "quantity": [1], "note": None}) == ["int_type"]
    assert issubclass(PydanticDeprecatedSince20, DeprecationWarning)
    note = Order.model_json_schema()["properties"]["note"]
    assert note["anyOf"] == [{"type": "string"}, {"type": "null"}]


def test_populate_by_name_and_validate_by_name() -> None:
    """populate_by_name still works; validate_by_name (Pydantic 2.11 and later) is its
    successor; both let a field with an alias be filled by its Python name."""

    class Old(BaseModel):
        model_config = ConfigDict(populate_by_name=True)
        user_id: int = Field(alias="userId")

    class New(BaseModel):
        model_config = ConfigDict(validate_by_name=True)
        user_id: int = Field(alias="userId")

    assert Old.model_validate({"user_id": 1}).user_id == New.model_validate({"user_id": 1}).user_id


def test_ctx_existed_in_v1_but_its_keys_and_types_changed() -> None:
    """v1 errors already carried ctx for a failed constraint; v2 renamed both the type and the
    ctx keys (value_error.any_str.min_length with limit_value became string_too_short with
    min_length)."""

    class NameV1(v1.BaseModel):
        name: v1.constr(min_length=3)  # type: ignore[valid-type]

    class Name(BaseModel):
        name: str = Field(min_length=3)

    with pytest.raises(v1.ValidationError) as old:
        NameV1.parse_obj({"name": "a"})
    assert old.value.errors()[0]["type"] == "value_error.any_str.min_length"
    assert old.value.errors()[0]["ctx"] == {"limit_value": 3}
    with pytest.raises(ValidationError) as new:
        Name.model_validate({"name": "a"})
    assert new.value.errors()[0]["type"] == "string_too_short"
    assert new.value.errors()[0]["ctx"] == {"min_length": 3}


def test_unions_use_smart_mode_instead_of_left_to_right() -> None:
    """v1 kept the first union member that validated (Union[int, str] turned "1" into 1); v2's
    smart mode prefers an exact type match ("1" stays a str, and Union[str, int] keeps 1 an int);
    Field(union_mode="left_to_right") restores the old order."""

    class Smart(BaseModel):
        number_first: Union[int, str]  # noqa: UP007 (written as v1 code was)
        text_first: Union[str, int]  # noqa: UP007
        ordered: Union[int, str] = Field("", union_mode="left_to_right")  # noqa: UP007

    class OldStyle(v1.BaseModel):
        number_first: Union[int, str]  # noqa: UP007
        text_first: Union[str, int]  # noqa: UP007

    data = {"number_first": "1", "text_first": 1}
    smart = Smart.model_validate({**data, "ordered": "1"})
    assert (smart.number_first, smart.text_first, smart.ordered) == ("1", 1, 1)
    old = OldStyle.parse_obj(data)
    assert (old.number_first, old.text_first) == (1, "1")
