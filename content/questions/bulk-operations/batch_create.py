# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""A batch create endpoint: per-item results, or all-or-nothing inside one transaction."""

import asyncio
import sqlite3
from typing import Annotated, Any, Literal

import httpx
from fastapi import Body, FastAPI, Response, status
from pydantic import BaseModel, Field, ValidationError

db = sqlite3.connect(":memory:", isolation_level=None)  # we issue BEGIN/COMMIT ourselves
db.execute("CREATE TABLE products (sku TEXT PRIMARY KEY, price INTEGER NOT NULL)")
app = FastAPI()


class Product(BaseModel):
    sku: str
    price: int = Field(gt=0)


def apply(index: int, raw: dict[str, Any]) -> dict[str, Any]:
    try:
        item = Product.model_validate(raw)  # each item on its own, so one bad item stays one
    except ValidationError as exc:
        return {"index": index, "status": 422, "errors": [e["msg"] for e in exc.errors()]}
    db.execute("SAVEPOINT item")
    try:
        db.execute("INSERT INTO products VALUES (?, ?)", (item.sku, item.price))
    except sqlite3.IntegrityError:
        db.execute("ROLLBACK TO item")
        return {"index": index, "status": 409, "errors": [f"{item.sku} already exists"]}
    db.execute("RELEASE item")
    return {"index": index, "status": 201, "sku": item.sku}


@app.post("/products/batch")
async def create_products(
    items: Annotated[list[dict[str, Any]], Body(max_length=100)],  # cap the batch size
    response: Response,
    mode: Literal["partial", "atomic"] = "partial",
) -> dict[str, Any]:
    db.execute("BEGIN")
    results = [apply(i, raw) for i, raw in enumerate(items)]
    failed = [r for r in results if r["status"] >= 400]
    if mode == "atomic" and failed:
        db.execute("ROLLBACK")  # nothing from this batch is kept
        for r in results:
            if r["status"] < 400:  # valid, but undone with the rest: 424 Failed Dependency
                r.update(status=status.HTTP_424_FAILED_DEPENDENCY, errors=["batch rolled back"])
        response.status_code = failed[0]["status"]
    else:
        db.execute("COMMIT")
    return {"applied": not (mode == "atomic" and failed), "failed": len(failed), "results": results}


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        batch = [
            {"sku": "pen", "price": 2},
            {"sku": "ink", "price": -1},
            {"sku": "pad", "price": 5},
            {"sku": "pen", "price": 3},
        ]
        for mode, items in [
            ("partial", batch),
            ("partial", [{"sku": "ink", "price": 1}]),  # retry only the fixable failure
            ("atomic", [{"sku": "cap", "price": 4}, {"sku": "pad", "price": 9}]),
        ]:
            r = await client.post("/products/batch", params={"mode": mode}, json=items)
            print(f"POST /products/batch?mode={mode}, {len(items)} item(s) -> {r.status_code}")
            for result in r.json()["results"]:
                print("   ", result)
        stored = dict(db.execute("SELECT sku, price FROM products ORDER BY sku"))
        print("stored:", stored)
        assert stored == {"ink": 1, "pad": 5, "pen": 2}  # "cap" was rolled back with its batch


if __name__ == "__main__":
    asyncio.run(main())
