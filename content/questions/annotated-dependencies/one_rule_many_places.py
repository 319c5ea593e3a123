# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""One Annotated type carries a rule to a model field and a query parameter; a class can be
a dependency; and FastAPI refuses a default hidden inside the marker."""

import asyncio
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, Query
from pydantic import BaseModel, Field, StringConstraints

Sku = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}-\d{4}$")]  # e.g. PEN-0001


class Item(BaseModel):
    sku: Sku
    quantity: Annotated[int, Field(ge=1)]


class Paging:  # Depends() with no argument calls the annotated class with request values
    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=50)] = 10,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> None:
        self.limit, self.offset = limit, offset


app = FastAPI()


@app.get("/stock")
async def stock(sku: Annotated[Sku, Query()], paging: Annotated[Paging, Depends()]) -> dict:
    return {"sku": sku, "limit": paging.limit, "offset": paging.offset}


@app.post("/items")
async def create_item(item: Item) -> Item:
    return item


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for response in [
            await client.get("/stock", params={"sku": "PEN-0001", "offset": 20}),
            await client.get("/stock", params={"sku": "pen"}),
            await client.post("/items", json={"sku": "pen", "quantity": 0}),
        ]:
            body = response.json()
            if response.status_code == 422:  # where and why, from the same Sku rule
                body = [(".".join(map(str, e["loc"])), e["msg"]) for e in body["detail"]]
            sent = response.request
            print(f"{sent.method} {sent.url.path} -> {response.status_code}\n  {body}")
    try:

        @app.get("/broken")
        async def broken(limit: Annotated[int, Query(default=10)]) -> int:
            return limit
    except AssertionError as error:
        print("declaring /broken fails before any request:", error)


if __name__ == "__main__":
    asyncio.run(main())
