# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Serve every error as RFC 9457 Problem Details (application/problem+json)."""

import asyncio
import itertools
from http import HTTPStatus
from typing import Annotated, Any
from urllib.parse import quote

import httpx
from fastapi import FastAPI, HTTPException, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

TYPES = "https://api.example.com/problems/"  # each URI documents one problem type
occurrence = itertools.count(1)  # stands in for a request id that also goes in your logs
app = FastAPI()


def problem(status_code: int, title: str, type_: str = "about:blank", **extra: Any) -> JSONResponse:
    body = {"type": type_, "title": title, "status": status_code, **extra}
    body["instance"] = f"urn:example:occurrence:{next(occurrence)}"
    return JSONResponse(body, status_code, media_type="application/problem+json")


@app.exception_handler(StarletteHTTPException)  # FastAPI's HTTPException and routing 404/405
async def http_problem(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    title = HTTPStatus(exc.status_code).phrase  # about:blank -> the title is the status phrase
    extra = {"detail": exc.detail} if exc.detail != title else {}
    response = problem(exc.status_code, title, **extra)
    response.headers.update(exc.headers or {})  # keep Allow, WWW-Authenticate, Retry-After
    return response


def json_pointer(path: tuple[str | int, ...]) -> str:  # RFC 6901, as a URI fragment
    tokens = (str(part).replace("~", "~0").replace("/", "~1") for part in path)
    return "#" + "".join("/" + quote(token, safe="~") for token in tokens)


@app.exception_handler(RequestValidationError)
async def validation_problem(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [
        {"detail": e["msg"], "pointer": json_pointer(e["loc"][1:])}
        for e in exc.errors()  # loc[0] is "body" here; query or path errors need another key
    ]
    return problem(
        status.HTTP_422_UNPROCESSABLE_CONTENT,
        "Your request is not valid.",
        TYPES + "validation-error",
        errors=errors,
    )


class Order(BaseModel):
    sku: str
    quantity: int = Field(gt=0)
    options: dict[str, Annotated[int, Field(ge=0)]] = {}  # e.g. {"gift wrap/bow": 1}


@app.post("/orders", status_code=status.HTTP_201_CREATED)
async def create_order(order: Order) -> Order:
    return order


@app.get("/orders/{order_id}")
async def read_order(order_id: int) -> Order:
    raise HTTPException(status.HTTP_404_NOT_FOUND, f"Order {order_id} does not exist.")


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for method, url, body in [
            ("POST", "/orders", {"sku": "pen", "quantity": 0, "options": {"gift wrap/bow": -1}}),
            ("GET", "/orders/7", None),
            ("GET", "/nowhere", None),  # no route at all: the router's own 404
            ("DELETE", "/orders/7", None),
        ]:
            r = await client.request(method, url, json=body)
            allow = f" Allow: {r.headers['allow']}" if "allow" in r.headers else ""
            print(f"{method} {url} -> {r.status_code} {r.headers['content-type']}{allow}")
            print("  ", r.json())
            assert r.headers["content-type"] == "application/problem+json"
            assert r.json()["status"] == r.status_code
            if r.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT:  # "/" -> ~1, " " -> %20
                assert r.json()["errors"][1]["pointer"] == "#/options/gift%20wrap~1bow"
        assert r.headers["allow"] == "GET"


if __name__ == "__main__":
    asyncio.run(main())
