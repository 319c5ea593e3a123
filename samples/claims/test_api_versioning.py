"""Claims made on content/questions/api-versioning/; each fails if a release changes them."""

from typing import Annotated

from asgi import call
from fastapi import FastAPI, Header, HTTPException, status
from pydantic import BaseModel

PAGE = "api-versioning"


class User(BaseModel):
    name: str


def header_app() -> FastAPI:
    app = FastAPI()

    @app.get("/users/1")
    async def get_user(api_version: Annotated[str, Header()] = "1") -> dict[str, str]:
        if api_version not in {"1", "2"}:
            raise HTTPException(
                status.HTTP_400_BAD_REQUEST, "Unsupported API-Version", {"Vary": "API-Version"}
            )
        return {"version": api_version}

    return app


def test_header_parameter_maps_underscores_to_hyphens_case_insensitively() -> None:
    """`api_version: Header()` reads `API-Version`; a header spelled `api_version` is not it."""
    app = header_app()
    assert call(app, "GET", "/users/1", headers={"API-VERSION": "2"}).json() == {"version": "2"}
    assert call(app, "GET", "/users/1", headers={"api_version": "2"}).json() == {"version": "1"}


def test_fastapi_adds_no_vary_header_by_itself() -> None:
    """A response that depends on a request header gets no `Vary` unless the app sets it."""
    response = call(header_app(), "GET", "/users/1", headers={"API-Version": "2"})
    assert "vary" not in response.headers


def test_http_exception_headers_reach_the_error_response() -> None:
    """Headers passed to `HTTPException` are sent with the 400, so the error can carry `Vary`."""
    response = call(header_app(), "GET", "/users/1", headers={"API-Version": "9"})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert response.headers["vary"] == "API-Version"


def test_vendor_plus_json_bodies_are_parsed_as_json() -> None:
    """A body sent as `application/vnd.example.v2+json` is parsed as JSON (the +json suffix)."""
    app = FastAPI()

    @app.post("/users")
    async def create(user: User) -> User:
        return user

    body = b'{"name": "Ada"}'
    response = call(
        app,
        "POST",
        "/users",
        content=body,
        headers={"Content-Type": "application/vnd.example.v2+json"},
    )
    assert response.status_code == status.HTTP_200_OK and response.json() == {"name": "Ada"}


def test_path_versions_both_appear_in_openapi() -> None:
    """Routes under `/v1` and `/v2` are separate operations in the generated OpenAPI document."""
    app = FastAPI()

    @app.get("/v1/users/{user_id}")
    async def v1(user_id: int) -> User:
        return User(name="Ada Lovelace")

    @app.get("/v2/users/{user_id}")
    async def v2(user_id: int) -> User:
        return User(name="Ada")

    assert {"/v1/users/{user_id}", "/v2/users/{user_id}"} <= set(app.openapi()["paths"])
