# /// script
# requires-python = ">=3.11"
# dependencies = ["pydantic"]
# ///
"""Turn untrusted data into typed objects: lax versus strict mode, dumping, and reading errors."""

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field, ValidationError


@dataclass
class PlainOrder:
    price: float  # a type hint only: nothing checks it at run time


class Address(BaseModel):
    city: str
    postcode: str = Field(pattern=r"^\d{5}$")


class Order(BaseModel):
    sku: str = Field(min_length=3)
    price: float = Field(gt=0)
    quantity: int = 1
    ship_to: Address  # nested model, validated recursively


class StrictOrder(Order):
    model_config = ConfigDict(strict=True)  # no str -> number conversion


def errors(model: type[BaseModel], data: dict) -> list[str]:
    try:
        model.model_validate(data)
    except ValidationError as exc:  # keep stable keys only (skip "input", "ctx", "url")
        return [f"{e['type']} at {e['loc']}: {e['msg']}" for e in exc.errors()]
    raise AssertionError("expected a ValidationError")


print("dataclass:", PlainOrder(price="1.5"))  # accepted as a str, silently

oslo = {"city": "Oslo", "postcode": "01234"}
raw = {"sku": "PEN-1", "price": "1.5", "quantity": "2", "ship_to": oslo}
order = Order.model_validate(raw)  # lax mode (the default) converts "1.5" and "2"
print("lax:", repr(order))
print("model_dump():", order.model_dump())
print("model_dump_json():", order.model_dump_json())
assert order.price == 1.5 and order.quantity == 2 and isinstance(order.ship_to, Address)

strict = errors(StrictOrder, raw)
print("strict:", *strict, sep="\n  ")
assert len(strict) == 2

bad = {"sku": "P", "price": -3, "quantity": "two", "ship_to": {"city": "Oslo", "postcode": "12"}}
invalid = errors(Order, bad)
print("invalid (every problem in one pass):", *invalid, sep="\n  ")
assert len(invalid) == 4

schema = Order.model_json_schema()  # what FastAPI puts into the OpenAPI document
print("schema: required =", schema["required"], "| price =", schema["properties"]["price"])
