# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""An order with a nested address, a list of lines and a tagged union of payment methods."""

import asyncio
from typing import Annotated, Literal

import httpx
from fastapi import FastAPI
from pydantic import BaseModel, ConfigDict, Field


class Address(BaseModel):  # extra keys are ignored here: Order's "forbid" is not inherited
    street: str
    postcode: str


class Line(BaseModel):
    sku: str
    quantity: int = Field(gt=0)


class Card(BaseModel):
    method: Literal["card"]
    last4: str = Field(pattern=r"^\d{4}$")


class PayPal(BaseModel):
    method: Literal["paypal"]
    email: str


class Order(BaseModel):
    model_config = ConfigDict(extra="forbid")
    shipping: Address
    lines: list[Line] = Field(min_length=1, max_length=50)  # bound every list you accept
    payment: Annotated[Card | PayPal, Field(discriminator="method")]  # "method" picks the model


app = FastAPI()


@app.post("/orders")
async def create_order(order: Order) -> Order:
    return order


async def main() -> None:
    good = {"shipping": {"street": "1 Main St", "postcode": "N1", "floor": 3},
            "lines": [{"sku": "pen", "quantity": 2}],
            "payment": {"method": "paypal", "email": "ada@example.com"}}  # fmt: skip
    lines = [{"sku": "pen", "quantity": 2}, {"sku": "ink", "quantity": 0}]
    cases = {
        "valid": good,
        "two nested errors": {**good, "lines": lines, "payment": {"method": "card", "last4": "4"}},
        "unknown method": {**good, "payment": {"method": "cash"}},
    }
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for name, body in cases.items():
            response = await client.post("/orders", json=body)
            print(f"{name}: {response.status_code}")
            if response.status_code == 200:  # the unknown key "floor" was dropped
                print("   shipping:", response.json()["shipping"])
            for error in response.json().get("detail", []):
                print("  ", error["loc"], error["type"])
    assert error["loc"] == ["body", "payment"] and error["type"] == "union_tag_invalid"


if __name__ == "__main__":
    asyncio.run(main())
