# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Shape the generated OpenAPI: tags, error models, examples, operation IDs, a final hook."""

import asyncio
from typing import Annotated, Any

import httpx
from fastapi import APIRouter, Body, FastAPI, HTTPException, status
from fastapi.routing import APIRoute
from pydantic import BaseModel


class ErrorOut(BaseModel):
    detail: str


class ItemIn(BaseModel):
    name: str
    price: float


def sdk_name(route: APIRoute) -> str:  # "items-read_item", not "read_item_items__item_id__get"
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


app = FastAPI(
    title="Shop API",
    version="2.3.0",
    openapi_tags=[{"name": "items", "description": "Products in the catalog."}],
    servers=[{"url": "https://api.example.com", "description": "production"}],
    generate_unique_id_function=sdk_name,
)
NOT_FOUND = {404: {"model": ErrorOut, "description": "No such item"}}
items = APIRouter(prefix="/items", tags=["items"], responses=NOT_FOUND)
EXAMPLES = {
    "basic": {"summary": "A pen", "value": {"name": "pen", "price": 1.5}},
    "free": {"summary": "A free sample", "value": {"name": "sticker", "price": 0}},
}


@items.post("", status_code=status.HTTP_201_CREATED)
async def create_item(item: Annotated[ItemIn, Body(openapi_examples=EXAMPLES)]) -> ItemIn:
    return item


@items.get("/{item_id}")
async def read_item(item_id: int) -> ItemIn:
    raise HTTPException(status.HTTP_404_NOT_FOUND, f"item {item_id} not found")


@app.get("/healthz", include_in_schema=False)
async def health() -> dict[str, str]:
    return {"status": "ok"}


app.include_router(items)


def openapi_with_gateway_auth() -> dict[str, Any]:
    if app.openapi_schema is None:  # build once, then serve the cached dict
        schema = FastAPI.openapi(app)
        schema["components"]["securitySchemes"] = {  # checked by the gateway, invisible to FastAPI
            "gatewayKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"}
        }
        schema["security"] = [{"gatewayKey": []}]
        app.openapi_schema = schema
    return app.openapi_schema


app.openapi = openapi_with_gateway_auth  # type: ignore[method-assign]


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        missing = await client.get("/items/9")
        doc = (await client.get("/openapi.json")).json()
    print("GET /items/9 ->", missing.status_code, missing.json())
    print("paths:", list(doc["paths"]), "| servers:", [s["url"] for s in doc["servers"]])
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            print(f"  {method.upper()} {path}:", op["operationId"], sorted(op["responses"]))
    post = doc["paths"]["/items"]["post"]
    print("examples:", list(post["requestBody"]["content"]["application/json"]["examples"]))
    not_found = doc["paths"]["/items/{item_id}"]["get"]["responses"]["404"]
    print("404:", not_found["description"], not_found["content"]["application/json"]["schema"])
    print("tags:", doc["tags"], "| security:", doc["security"])
    assert "/healthz" not in doc["paths"] and post["operationId"] == "items-create_item"
    assert app.openapi() is app.openapi()  # cached after the first build


if __name__ == "__main__":
    asyncio.run(main())
