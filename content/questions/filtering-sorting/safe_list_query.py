# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Filter, sort and select fields from allow-lists; every value reaches SQLite as a parameter."""

import asyncio
import sqlite3
from typing import Annotated, Literal

import httpx
from fastapi import FastAPI, Query
from pydantic import BaseModel, ConfigDict, Field

db = sqlite3.connect(":memory:")
db.execute(
    "CREATE TABLE products (id INTEGER, name TEXT, category TEXT, price REAL, supplier_cost REAL)"
)
db.executemany(
    "INSERT INTO products VALUES (?, ?, ?, ?, ?)",
    [
        (1, "Pen", "office", 2.5, 0.4),
        (2, "Desk", "office", 180.0, 95.0),
        (3, "Mug", "kitchen", 9.0, 2.0),
    ],
)
SORTS = {"name": "name ASC", "price": "price ASC", "-price": "price DESC"}  # value -> fixed SQL
Column = Literal["id", "name", "category", "price"]  # supplier_cost is never selectable
PUBLIC: tuple[Column, ...] = ("id", "name", "category", "price")


class ListParams(BaseModel):
    model_config = ConfigDict(extra="forbid")  # unknown query parameters -> 422
    category: str | None = None
    max_price: float | None = Field(None, gt=0)
    sort: Literal["name", "price", "-price"] = "name"
    fields: list[Column] = list(PUBLIC)
    limit: int = Field(20, ge=1, le=100)


app = FastAPI()


@app.get("/products")
async def list_products(params: Annotated[ListParams, Query()]) -> list[dict[str, object]]:
    where: list[str] = []
    args: list[object] = []
    if params.category is not None:
        where.append("category = ?")
        args.append(params.category)
    if params.max_price is not None:
        where.append("price <= ?")
        args.append(params.max_price)
    names = [c for c in PUBLIC if c in params.fields]  # names come from our tuple, not the URL
    sql = f"SELECT {', '.join(names)} FROM products"  # identifiers: allow-listed only
    sql += f" WHERE {' AND '.join(where)}" if where else ""
    sql += f" ORDER BY {SORTS[params.sort]}, id LIMIT ?"
    rows = db.execute(sql, [*args, params.limit]).fetchall()
    return [dict(zip(names, row, strict=True)) for row in rows]


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for query, expected in [
            ("category=office&sort=-price&fields=name&fields=price", 200),
            ("max_price=10&sort=price", 200),
            ("category=office' OR '1'='1", 200),  # bound as a value: matches nothing
            ("sort=supplier_cost", 422),
            ("sort=price; DROP TABLE products", 422),
            ("fields=name&fields=supplier_cost", 422),
            ("order_by=supplier_cost", 422),  # unknown parameter
        ]:
            response = await client.get(f"/products?{query}")
            body = response.json()
            shown = body if response.status_code == 200 else [e["type"] for e in body["detail"]]
            print(f"GET /products?{query} -> {response.status_code} {shown}")
            assert response.status_code == expected
        assert db.execute("SELECT count(*) FROM products").fetchone() == (3,)


if __name__ == "__main__":
    asyncio.run(main())
