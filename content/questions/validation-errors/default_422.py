# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""FastAPI's default 422 body for bad input, and a validation error it does not turn into a 422."""

import asyncio
from typing import Annotated

import httpx
from fastapi import FastAPI, Query, status
from pydantic import BaseModel, Field


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


app = FastAPI()


@app.post("/items")
async def create_item(item: Item, tag: Annotated[str, Query(max_length=10)] = "new") -> Item:
    return item


@app.post("/import")
async def import_item(payload: dict) -> Item:
    return Item.model_validate(payload)  # validated by hand: not a request error for FastAPI


def show(label: str, r: httpx.Response) -> None:
    print(f"{label} -> {r.status_code} {r.headers['content-type']}")
    for e in r.json()["detail"]:  # print stable keys only; "input" and "ctx" vary
        print(f"  {e['type']} at {e['loc']}: {e['msg']}  (keys: {', '.join(sorted(e))})")


async def main() -> None:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        r = await client.post("/items?tag=clearance-sale", json={"price": "abc"})
        show("POST /items?tag=clearance-sale {'price': 'abc'}", r)
        assert r.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
        assert len(r.json()["detail"]) == 3  # every problem at once, query and body together

        text = '{"name": "pen", "price": 2}'  # valid JSON, without a JSON Content-Type
        for media_type in ("text/plain", None):
            headers = {"content-type": media_type} if media_type else {}
            r = await client.post("/items", content=text, headers=headers)
            show(f"POST /items (valid JSON, Content-Type: {media_type or 'none'})", r)
            assert r.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT

        r = await client.post("/import", json={"name": "pen", "price": -1})
        print("POST /import {'price': -1} ->", r.status_code, r.text)
        assert r.status_code == status.HTTP_500_INTERNAL_SERVER_ERROR


if __name__ == "__main__":
    asyncio.run(main())
