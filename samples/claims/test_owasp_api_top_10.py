"""Claims made on content/questions/owasp-api-top-10/; each fails if a release changes them."""

from asgi import call
from fastapi import FastAPI, status
from pydantic import BaseModel

PAGE = "owasp-api-top-10"


class UserOut(BaseModel):
    id: int
    name: str


def test_declared_return_type_filters_response_fields() -> None:
    """A declared return type drops fields the model does not list (API3 output control)."""
    app = FastAPI()

    @app.get("/users/1")
    async def user() -> UserOut:
        return {"id": 1, "name": "ana", "email": "ana@example.com", "is_admin": True}  # type: ignore[return-value]

    assert call(app, "GET", "/users/1").json() == {"id": 1, "name": "ana"}


def test_max_body_size_answers_413() -> None:
    """`FastAPI(max_body_size=...)` (since 0.164.0) refuses a larger body with 413."""
    app = FastAPI(max_body_size=16)

    @app.post("/notes")
    async def create(note: dict) -> dict:
        return note

    small = call(app, "POST", "/notes", json={"t": "hi"})
    large = call(app, "POST", "/notes", json={"text": "x" * 100})
    assert small.status_code == status.HTTP_200_OK
    assert large.status_code == status.HTTP_413_CONTENT_TOO_LARGE


def test_docs_and_schema_can_be_switched_off() -> None:
    """docs_url=None, redoc_url=None and openapi_url=None remove /docs, /redoc and /openapi.json."""
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert call(app, "GET", path).status_code == status.HTTP_404_NOT_FOUND


def test_response_model_filters_response_fields_too() -> None:
    """`response_model=` filters the response the same way a declared return type does."""
    app = FastAPI()

    @app.get("/users/1", response_model=UserOut)
    async def user() -> dict:
        return {"id": 1, "name": "ana", "email": "ana@example.com"}

    assert call(app, "GET", "/users/1").json() == {"id": 1, "name": "ana"}


def test_input_model_without_server_owned_fields_ignores_them() -> None:
    """An input model that omits `is_admin` drops it from the body: no mass assignment (API3)."""

    class ProfileIn(BaseModel):
        name: str

    seen: list[dict] = []
    app = FastAPI()

    @app.patch("/me")
    async def update(profile: ProfileIn) -> dict:
        seen.append(profile.model_dump())
        return seen[-1]

    response = call(app, "PATCH", "/me", json={"name": "ana", "is_admin": True})
    assert response.status_code == status.HTTP_200_OK
    assert seen == [{"name": "ana"}]
