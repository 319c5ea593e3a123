# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Read the OpenAPI document FastAPI generates, then diff it against a saved copy."""

import asyncio
import json
from typing import Any

import httpx
from fastapi import FastAPI, status
from pydantic import BaseModel, Field


class ItemIn(BaseModel):
    name: str
    price: float = Field(gt=0)


class ItemInV2(ItemIn):
    sku: str  # new and required: clients built from the old contract never send it


class ItemOut(ItemIn):
    id: int


def build_app(body_model: type[ItemIn]) -> FastAPI:
    app = FastAPI(title="Shop API", version="1.0.0")

    @app.post("/items", status_code=status.HTTP_201_CREATED)
    async def create_item(item: body_model) -> ItemOut:  # type: ignore[valid-type]
        return ItemOut(id=1, **item.model_dump())

    @app.get("/health")
    async def health() -> dict[str, str]:  # no parameters, so FastAPI adds no 422
        return {"status": "ok"}

    return app


def required_body_fields(doc: dict[str, Any]) -> dict[str, list[str]]:
    """Map each operation that takes a JSON body to that body's required fields."""
    found = {}
    for path, operations in doc["paths"].items():
        for method, op in operations.items():
            if "requestBody" not in op:
                continue
            ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            schema = doc["components"]["schemas"][ref.rsplit("/", 1)[-1]]
            found[f"{method.upper()} {path}"] = schema["required"]
    return found


async def main() -> None:
    app = build_app(ItemIn)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.get("/openapi.json")
    doc = response.json()
    print("GET /openapi.json ->", response.status_code, response.headers["content-type"])
    print("openapi:", doc["openapi"], "| info:", doc["info"])
    for path, operations in doc["paths"].items():
        for method, op in operations.items():
            print(f"{method.upper()} {path} operationId:", op["operationId"])
            print("  responses:", {code: r["description"] for code, r in op["responses"].items()})
    print("components.schemas:", sorted(doc["components"]["schemas"]))
    assert doc == app.openapi() and doc["openapi"] == "3.1.0"
    assert "422" not in doc["paths"]["/health"]["get"]["responses"]

    saved = json.dumps(doc, sort_keys=True)  # the copy you would commit as openapi.json
    before = required_body_fields(json.loads(saved))
    after = required_body_fields(build_app(ItemInV2).openapi())
    for op, fields in after.items():
        added = sorted(set(fields) - set(before[op]))
        print(f"contract check {op}: required body fields {before[op]} -> {fields}")
        print("  BREAKING for existing clients, newly required:", added)
        assert added == ["sku"]


if __name__ == "__main__":
    asyncio.run(main())
