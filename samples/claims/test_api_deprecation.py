"""Claims made on content/questions/api-deprecation/; each fails if a release changes them."""

import asyncio
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Annotated

import httpx
from asgi import call
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Response, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, Field

PAGE = "api-deprecation"
SIGNALS = {"Deprecation": "@1788220800", "Sunset": "Mon, 01 Mar 2027 00:00:00 GMT"}


def test_the_two_date_formats() -> None:
    """Deprecation takes `@` plus Unix seconds; Sunset takes an IMF-fixdate, which
    `format_datetime(..., usegmt=True)` produces."""
    assert f"@{int(datetime(2026, 9, 1, tzinfo=UTC).timestamp())}" == SIGNALS["Deprecation"]
    sunset = format_datetime(datetime(2027, 3, 1, tzinfo=UTC), usegmt=True)
    assert sunset == SIGNALS["Sunset"]


def test_deprecated_router_and_parameter_are_flagged_in_openapi() -> None:
    """`APIRouter(deprecated=True)` and `Query(deprecated=True)` set `deprecated: true`."""
    v1 = APIRouter(prefix="/v1", deprecated=True)

    @v1.get("/orders")
    async def orders(sort: Annotated[str, Query(deprecated=True)] = "id") -> list[int]:
        return []

    app = FastAPI()
    app.include_router(v1)
    operation = app.openapi()["paths"]["/v1/orders"]["get"]
    assert operation["deprecated"] is True
    assert operation["parameters"][0]["deprecated"] is True
    assert call(app, "GET", "/v1/orders").status_code == status.HTTP_200_OK


def test_router_dependency_adds_headers_and_its_410_keeps_them() -> None:
    """A router dependency that takes `Response` adds the signals to every response, and an
    `HTTPException` raised there carries its own headers on the 410."""
    retired = {"now": False}

    async def signals(response: Response) -> None:
        if retired["now"]:
            raise HTTPException(status.HTTP_410_GONE, "retired", headers=SIGNALS)
        response.headers.update(SIGNALS)

    v1 = APIRouter(prefix="/v1", dependencies=[Depends(signals)])

    @v1.get("/orders/{order_id}")
    async def order(order_id: int) -> dict[str, int]:
        return {"id": order_id}

    app = FastAPI()
    app.include_router(v1)
    assert call(app, "GET", "/v1/orders/7").headers["deprecation"] == "@1788220800"
    retired["now"] = True
    gone = call(app, "GET", "/v1/orders/7")
    assert gone.status_code == status.HTTP_410_GONE and gone.headers["sunset"] == SIGNALS["Sunset"]


def test_include_router_keeps_a_reference() -> None:
    """Since FastAPI 0.137.0, include_router keeps the router: a route added later is served."""
    v1 = APIRouter(prefix="/v1")
    app = FastAPI()
    app.include_router(v1)

    @v1.get("/late")
    async def late() -> dict[str, bool]:
        return {"late": True}

    assert call(app, "GET", "/v1/late").json() == {"late": True}


def test_cors_middleware_exposes_the_signals_even_on_the_410() -> None:
    """`CORSMiddleware(expose_headers=...)` adds `Access-Control-Expose-Headers` to every
    answer to an allowed origin, errors included."""
    app = FastAPI()
    origin = "https://app.example"
    app.add_middleware(CORSMiddleware, allow_origins=[origin], expose_headers=list(SIGNALS))

    @app.get("/v1/orders")
    async def orders() -> None:
        raise HTTPException(status.HTTP_410_GONE, "retired", headers=SIGNALS)

    response = call(app, "GET", "/v1/orders", headers={"Origin": origin})
    assert response.status_code == status.HTTP_410_GONE
    assert response.headers["access-control-expose-headers"] == "Deprecation, Sunset"


def test_httpx_does_not_follow_redirects_by_default() -> None:
    """httpx hands the 308 to the caller unless `follow_redirects=True` is set."""
    app = FastAPI()

    @app.get("/v1/orders")
    async def old() -> RedirectResponse:
        return RedirectResponse("/v2/orders", status_code=status.HTTP_308_PERMANENT_REDIRECT)

    @app.get("/v2/orders")
    async def new() -> list[int]:
        return []

    async def fetch(**options: bool) -> int:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return (await client.get("/v1/orders", **options)).status_code

    assert asyncio.run(fetch()) == status.HTTP_308_PERMANENT_REDIRECT
    assert asyncio.run(fetch(follow_redirects=True)) == status.HTTP_200_OK


def test_include_router_and_model_fields_can_be_flagged_deprecated() -> None:
    """`include_router(..., deprecated=True)` flags the included operations, and Pydantic's
    `Field(deprecated=...)` marks a model property `deprecated: true` in the schema."""

    class Order(BaseModel):
        total: str
        amount: int = Field(0, deprecated="use total")

    router = APIRouter()

    @router.post("/orders")
    async def create(order: Order) -> Order:
        return order

    @router.get("/orders")
    async def listing() -> list[int]:
        return []

    app = FastAPI()
    app.include_router(router, prefix="/v1", deprecated=True)
    app.include_router(router, prefix="/v2")
    document = app.openapi()
    assert document["paths"]["/v1/orders"]["get"]["deprecated"] is True
    assert "deprecated" not in document["paths"]["/v2/orders"]["get"]
    properties = document["components"]["schemas"]["Order"]["properties"]
    assert properties["amount"]["deprecated"] is True and "deprecated" not in properties["total"]
