"""Claims made on content/questions/response-envelopes/; each fails if a release changes them."""

from typing import Generic, TypeVar

from asgi import call
from fastapi import FastAPI, Response
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

PAGE = "response-envelopes"
T = TypeVar("T")


class Item(BaseModel):
    id: int


class Envelope(BaseModel, Generic[T]):
    data: list[T]


def app_with_link(**cors: list[str]) -> FastAPI:
    app = FastAPI()
    app.add_middleware(CORSMiddleware, allow_origins=["https://app.example"], **cors)

    @app.get("/items")
    async def items(response: Response) -> list[Item]:
        response.headers["Link"] = '</items?after=1>; rel="next"'
        return [Item(id=1)]

    return app


def test_httpx_parses_the_link_header_by_rel() -> None:
    """httpx's Response.links turns a Link header into a dict keyed by the rel value."""
    response = call(app_with_link(), "GET", "/items")
    assert response.json() == [{"id": 1}]
    assert response.links == {"next": {"url": "/items?after=1", "rel": "next"}}


def test_link_is_exposed_to_browsers_only_when_listed() -> None:
    """CORSMiddleware sends Access-Control-Expose-Headers: Link only if expose_headers lists it."""
    origin = {"Origin": "https://app.example"}
    exposed = call(app_with_link(expose_headers=["Link"]), "GET", "/items", headers=origin)
    assert exposed.headers["access-control-expose-headers"] == "Link"
    hidden = call(app_with_link(), "GET", "/items", headers=origin)
    assert "access-control-expose-headers" not in hidden.headers


def test_generic_envelope_is_named_after_its_parameter_in_openapi() -> None:
    """A return type Envelope[Item] becomes the OpenAPI schema Envelope_Item_."""
    app = FastAPI()

    @app.get("/items")
    async def items() -> Envelope[Item]:
        return Envelope[Item](data=[Item(id=1)])

    assert call(app, "GET", "/items").json() == {"data": [{"id": 1}]}
    ok = app.openapi()["paths"]["/items"]["get"]["responses"]["200"]
    assert (
        ok["content"]["application/json"]["schema"]["$ref"] == "#/components/schemas/Envelope_Item_"
    )


def test_framework_errors_ignore_your_envelope() -> None:
    """FastAPI's own 404 and 422 bodies are {"detail": ...} whatever shape your routes return."""
    app = FastAPI()

    @app.get("/items/{item_id}")
    async def read(item_id: int) -> Envelope[Item]:
        return Envelope[Item](data=[Item(id=item_id)])

    assert call(app, "GET", "/nowhere").json() == {"detail": "Not Found"}
    assert list(call(app, "GET", "/items/x").json()) == ["detail"]
