# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Dates, decimals, NaN and big integers: where plain JSON needs a convention."""

import asyncio
import json
from datetime import UTC, datetime
from decimal import Decimal

import httpx
from fastapi import FastAPI
from pydantic import BaseModel

row = {
    "price": Decimal("19.99"),
    "updated": datetime(2026, 11, 22, 9, 30, tzinfo=UTC),  # fixed, not the real clock
    "rating": float("nan"),  # for example, the average of zero reviews
}

for key in ("price", "updated"):
    try:
        json.dumps({key: row[key]})
    except TypeError as exc:
        print(f"json.dumps {key:<7} -> TypeError: {exc}")
print("json.dumps rating  ->", json.dumps({"rating": row["rating"]}), " <- not valid JSON")
as_double = json.loads(str(2**53 + 1), parse_int=float)  # how JavaScript's JSON.parse reads it
print("2**53 + 1 as double ->", as_double)
assert as_double == 2**53  # the last digit is lost


class Product(BaseModel):
    price: Decimal
    updated: datetime
    rating: float | None


app = FastAPI()


@app.get("/typed")
async def typed() -> Product:  # Pydantic serializes the declared type
    return Product.model_validate(row)


@app.get("/untyped")
async def untyped():  # no return type: jsonable_encoder, then json.dumps(allow_nan=False)
    return row


async def main() -> None:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.get("/typed")
        print("GET /typed   ->", response.status_code, response.text)
        body = response.json()
        assert body["updated"] == "2026-11-22T09:30:00Z" and body["rating"] is None
        assert Decimal(body["price"]) == row["price"]  # the client parses the string back

        response = await client.get("/untyped")
        print("GET /untyped ->", response.status_code, response.text)
        assert response.status_code == 500  # ValueError: NaN is out of range


if __name__ == "__main__":
    asyncio.run(main())
