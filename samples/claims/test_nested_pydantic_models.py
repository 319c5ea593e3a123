"""Claims made on content/questions/nested-pydantic-models/; each fails if a release changes it."""

from typing import Annotated, Literal, Union

import pytest
from asgi import call
from fastapi import FastAPI
from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, ValidationError

PAGE = "nested-pydantic-models"


class Line(BaseModel):
    sku: str
    quantity: int = Field(gt=0)


class Card(BaseModel):
    method: Literal["card"]
    last4: str = Field(pattern=r"^\d{4}$")


class PayPal(BaseModel):
    method: Literal["paypal"]
    email: str


class Tagged(BaseModel):
    payment: Annotated[Card | PayPal, Field(discriminator="method")]


class Untagged(BaseModel):
    payment: Card | PayPal


class Category(BaseModel):
    name: str
    children: list["Category"] = []


def errors(model: type[BaseModel], data: object) -> list[tuple[tuple, str]]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return [(e["loc"], e["type"]) for e in caught.value.errors()]


def test_nested_error_locations_include_list_indexes_and_fastapi_adds_body() -> None:
    """A bad value inside a list of models is located as ('lines', 1, 'quantity'); FastAPI's 422
    puts 'body' in front."""

    class Order(BaseModel):
        lines: list[Line]

    data = {"lines": [{"sku": "a", "quantity": 1}, {"sku": "b", "quantity": 0}]}
    assert errors(Order, data) == [(("lines", 1, "quantity"), "greater_than")]
    app = FastAPI()

    @app.post("/orders")
    async def create(order: Order) -> Order:
        return order

    detail = call(app, "POST", "/orders", json=data).json()["detail"]
    assert detail[0]["loc"] == ["body", "lines", 1, "quantity"]


def test_discriminated_union_reports_one_branch_and_tag_errors() -> None:
    """With a discriminator, errors come only from the chosen model (located under its tag), and a
    missing or unknown tag gets union_tag_not_found or union_tag_invalid."""
    assert errors(Tagged, {"payment": {"method": "card", "last4": "42"}}) == [
        (("payment", "card", "last4"), "string_pattern_mismatch")
    ]
    assert errors(Tagged, {"payment": {"method": "cash"}}) == [(("payment",), "union_tag_invalid")]
    assert errors(Tagged, {"payment": {"last4": "4242"}}) == [(("payment",), "union_tag_not_found")]


def test_plain_union_reports_errors_from_every_member() -> None:
    """Without a discriminator, a bad value gets an error list for each member of the union,
    located by class name."""
    found = errors(Untagged, {"payment": {"method": "card", "last4": "42"}})
    assert (("payment", "Card", "last4"), "string_pattern_mismatch") in found
    assert (("payment", "PayPal", "method"), "literal_error") in found
    assert (("payment", "PayPal", "email"), "missing") in found


def test_discriminator_reaches_json_schema_and_openapi() -> None:
    """A discriminated union becomes oneOf plus a discriminator mapping, in the model's JSON schema
    and in FastAPI's OpenAPI document."""
    schema = Tagged.model_json_schema()["properties"]["payment"]
    assert schema["discriminator"]["propertyName"] == "method"
    assert set(schema["discriminator"]["mapping"]) == {"card", "paypal"}
    app = FastAPI()

    @app.post("/pay")
    async def pay(body: Tagged) -> Tagged:
        return body

    payment = app.openapi()["components"]["schemas"]["Tagged"]["properties"]["payment"]
    assert payment["discriminator"]["mapping"]["card"] == "#/components/schemas/Card"


def test_callable_discriminator_with_tags() -> None:
    """Discriminator(function) with Tag picks the model by any rule, here the presence of a key."""

    def kind(value: object) -> str:
        data = value if isinstance(value, dict) else value.__dict__
        return "card" if "last4" in data else "paypal"

    class Payment(BaseModel):
        method: Annotated[
            Annotated[Card, Tag("card")] | Annotated[PayPal, Tag("paypal")], Discriminator(kind)
        ]

    chosen = Payment.model_validate({"method": {"method": "paypal", "email": "a@b.c"}}).method
    assert isinstance(chosen, PayPal)


def test_extra_forbid_is_not_inherited_by_nested_models() -> None:
    """extra='forbid' on the outer model does not apply to a nested model, which ignores unknown
    keys unless it sets forbid itself."""

    class Address(BaseModel):
        street: str

    class StrictAddress(BaseModel):
        model_config = ConfigDict(extra="forbid")
        street: str

    class Order(BaseModel):
        model_config = ConfigDict(extra="forbid")
        shipping: Address

    class StrictOrder(BaseModel):
        model_config = ConfigDict(extra="forbid")
        shipping: StrictAddress

    data = {"shipping": {"street": "1 Main St", "floor": 3}}
    assert Order.model_validate(data).shipping.model_dump() == {"street": "1 Main St"}
    assert errors(StrictOrder, data) == [(("shipping", "floor"), "extra_forbidden")]
    assert errors(Order, {**data, "coupon": "X"}) == [(("coupon",), "extra_forbidden")]


def test_none_in_the_type_means_nullable_a_default_means_optional() -> None:
    """`str | None` with no default is required (missing is an error, null is accepted);
    `str | None = None` may be left out; Optional[str] behaves like `str | None`."""

    class Profile(BaseModel):
        nickname: str | None
        legacy: Union[str, None]  # noqa: UP007 (the old spelling, same meaning)
        website: str | None = None

    assert errors(Profile, {}) == [(("nickname",), "missing"), (("legacy",), "missing")]
    profile = Profile.model_validate({"nickname": None, "legacy": None})
    assert profile.website is None


def test_exclude_unset_recurses_into_nested_models() -> None:
    """model_dump(exclude_unset=True) leaves out unset fields of nested models too."""

    class AddressPatch(BaseModel):
        street: str | None = None
        postcode: str | None = None

    class ProfilePatch(BaseModel):
        nickname: str | None = None
        address: AddressPatch | None = None

    patch = ProfilePatch.model_validate({"nickname": None, "address": {"postcode": "E2"}})
    assert patch.model_dump(exclude_unset=True) == {"nickname": None, "address": {"postcode": "E2"}}


def test_recursive_models_and_per_instance_mutable_defaults() -> None:
    """A model may contain a list of itself, and a mutable default such as [] is copied for each
    instance rather than shared."""
    tree = Category.model_validate({"name": "a", "children": [{"name": "b", "children": []}]})
    assert isinstance(tree.children[0], Category)
    first, second = Category(name="x"), Category(name="y")
    first.children.append(Category(name="z"))
    assert second.children == []


def test_list_length_limits() -> None:
    """Field(max_length=...) on a list rejects longer lists with too_long."""

    class Order(BaseModel):
        lines: list[Line] = Field(min_length=1, max_length=2)

    line = {"sku": "a", "quantity": 1}
    assert errors(Order, {"lines": [line] * 3}) == [(("lines",), "too_long")]
    assert errors(Order, {"lines": []}) == [(("lines",), "too_short")]


def test_nested_models_become_components_referenced_by_ref() -> None:
    """FastAPI publishes each nested model once under components/schemas and points to it
    with $ref."""

    class Order(BaseModel):
        lines: list[Line]

    app = FastAPI()

    @app.post("/orders")
    async def create(order: Order) -> Order:
        return order

    schemas = app.openapi()["components"]["schemas"]
    assert {"Order", "Line"} <= set(schemas)
    assert schemas["Order"]["properties"]["lines"]["items"] == {"$ref": "#/components/schemas/Line"}


class Parent(BaseModel):
    child: "Child"


class Child(BaseModel):
    name: str


def test_forward_reference_to_a_later_class_resolves_on_use() -> None:
    """A model that names a class defined further down the module works once that class exists;
    model_rebuild() does the same explicitly."""
    assert Parent.model_validate({"child": {"name": "b"}}).child.name == "b"
    assert Parent.model_rebuild(force=True) is True


def test_other_config_does_not_cascade_either() -> None:
    """str_strip_whitespace on the outer model does not strip strings inside a nested model."""

    class Inner(BaseModel):
        city: str

    class Outer(BaseModel):
        model_config = ConfigDict(str_strip_whitespace=True)
        name: str
        inner: Inner

    value = Outer.model_validate({"name": "  a  ", "inner": {"city": "  b  "}})
    assert value.name == "a" and value.inner.city == "  b  "


def test_fastapi_max_body_size_rejects_large_bodies() -> None:
    """FastAPI accepts max_body_size (since 0.164) and answers a larger body with 413."""

    class Order(BaseModel):
        lines: list[Line]

    app = FastAPI(max_body_size=100)

    @app.post("/orders")
    async def create(order: Order) -> Order:
        return order

    big = {"lines": [{"sku": "x" * 20, "quantity": 1}] * 10}
    assert call(app, "POST", "/orders", json=big).status_code == 413


def test_missing_sentinel_keeps_absent_apart_from_null() -> None:
    """Since Pydantic 2.14, `from pydantic import MISSING` (experimental since 2.12): a field left
    out holds MISSING, plain model_dump() omits it, and FastAPI's response and schema treat it as
    optional."""
    from pydantic import MISSING

    class AddressPatch(BaseModel):
        street: str | MISSING | None = MISSING
        postcode: str | MISSING | None = MISSING

    patch = AddressPatch.model_validate({"street": None})
    assert patch.postcode is MISSING
    assert patch.model_dump() == {"street": None}
    app = FastAPI()

    @app.patch("/address")
    async def update(body: AddressPatch) -> AddressPatch:
        return body

    assert call(app, "PATCH", "/address", json={"postcode": "E2"}).json() == {"postcode": "E2"}
    schema = app.openapi()["components"]["schemas"]["AddressPatch"]
    assert "required" not in schema
