# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Serialize to JSON text, deserialize and validate back, and see where FastAPI does both."""

import asyncio
import json
from datetime import date
from decimal import Decimal

import httpx
from fastapi import FastAPI, status
from pydantic import BaseModel, ValidationError


class Line(BaseModel):
    sku: str
    quantity: int


class Order(BaseModel):
    id: int
    placed: date
    total: Decimal
    lines: list[Line]


line = Line(sku="PEN-1", quantity=2)
order = Order(id=7, placed=date(2026, 11, 22), total=Decimal("9.50"), lines=[line])
text = order.model_dump_json()  # serialize: object -> JSON text
print("model_dump_json     ->", text)
assert Order.model_validate_json(text) == order  # deserialize: an equal object comes back

plain = json.loads(json.dumps({1: "one", "tags": ("a", "b")}))  # int key, tuple
print("json round trip     ->", plain)
assert plain == {"1": "one", "tags": ["a", "b"]}  # not the dict that went in

bad = text.replace('"quantity":2', '"quantity":"two"')
print("json.loads          ->", json.loads(bad)["lines"])  # parses fine: syntax only
try:
    Order.model_validate_json(bad)
except ValidationError as exc:
    print("model_validate_json ->", [(e["type"], e["loc"]) for e in exc.errors()])
else:
    raise AssertionError("expected a ValidationError")

app = FastAPI()


@app.post("/orders", status_code=status.HTTP_201_CREATED)
async def create_order(new: Order) -> Order:  # body: bytes -> JSON -> Order (validated)
    return new  # return value: Order -> JSON bytes


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.post("/orders", json=order.model_dump(mode="json"))
        print("POST /orders        ->", response.status_code, response.json())
        assert Order.model_validate(response.json()) == order

        response = await client.post("/orders", json=json.loads(bad))
        print("POST /orders (bad)  ->", response.status_code, response.json()["detail"][0]["loc"])
        assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT

        plain = {"content-type": "text/plain"}  # valid JSON text, wrong media type: never parsed
        response = await client.post("/orders", content=text, headers=plain)
        error = response.json()["detail"][0]
        print("POST /orders (text) ->", response.status_code, error["type"], error["loc"])
        assert error["type"] == "model_attributes_type"  # a 422, not 415 Unsupported Media Type


if __name__ == "__main__":
    asyncio.run(main())
