# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Replace FastAPI's 422 body with a project-wide error shape in one exception handler."""

import asyncio

import httpx
from fastapi import FastAPI, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


app = FastAPI()


@app.exception_handler(RequestValidationError)
async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [{"field": ".".join(map(str, e["loc"])), "message": e["msg"]} for e in exc.errors()]
    body = {
        "type": "https://api.example.com/problems/invalid-request",
        "title": "The request did not pass validation",
        "status": status.HTTP_422_UNPROCESSABLE_CONTENT,
        "errors": errors,  # no "input": submitted values are not echoed back
    }
    return JSONResponse(
        body, status.HTTP_422_UNPROCESSABLE_CONTENT, media_type="application/problem+json"
    )


@app.post("/items")
async def create_item(item: Item) -> Item:
    return item


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        r = await client.post("/items", json={"name": "pen", "price": -1})
        print("POST /items {'price': -1} ->", r.status_code, r.headers["content-type"])
        print(" ", r.json())
        assert r.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
        assert r.json()["errors"] == [
            {"field": "body.price", "message": "Input should be greater than 0"}
        ]

        r = await client.post("/items", json={"name": "pen", "price": 2})
        print("POST /items {'price': 2} ->", r.status_code, r.json())
        assert r.status_code == status.HTTP_200_OK


if __name__ == "__main__":
    asyncio.run(main())
