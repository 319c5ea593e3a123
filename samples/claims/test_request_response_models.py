"""Claims made on content/questions/request-response-models/; each fails if a release changes it."""

import asyncio
from importlib.metadata import version

import httpx
import pytest
from asgi import call
from fastapi import FastAPI, Response, status
from fastapi.exceptions import ResponseValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, TypeAdapter

PAGE = "request-response-models"
ROW = {"id": 1, "email": "ada@example.com", "password_hash": "$argon2id$..."}


class UserOut(BaseModel):
    id: int
    email: str


class UserRow(UserOut):
    password_hash: str


class OrmRow:  # an object with attributes, like an ORM instance; UserOut has no from_attributes
    id = 1
    email = "ada@example.com"
    password_hash = "$argon2id$..."


def test_the_return_type_filters_dicts_subclasses_and_objects() -> None:
    """A dict with extra keys, a subclass instance and an ORM-style object are all cut down to
    the declared return type, without `from_attributes=True` on the model."""
    app = FastAPI()

    @app.get("/dict")
    async def from_dict() -> UserOut:
        return ROW  # type: ignore[return-value]

    @app.get("/subclass")
    async def from_subclass() -> UserOut:
        return UserRow(**ROW)

    @app.get("/object")
    async def from_object() -> UserOut:
        return OrmRow()  # type: ignore[return-value]

    for path in ("/dict", "/subclass", "/object"):
        assert call(app, "GET", path).json() == {"id": 1, "email": "ada@example.com"}


def test_response_model_wins_over_the_annotation_and_none_turns_it_off() -> None:
    """With both, `response_model` wins; `response_model=None` and a plain `dict` type filter
    nothing."""
    app = FastAPI()

    @app.get("/both", response_model=UserOut)
    async def both() -> dict:
        return ROW

    @app.get("/off", response_model=None)
    async def off() -> UserOut:
        return ROW  # type: ignore[return-value]

    @app.get("/plain")
    async def plain() -> dict:
        return ROW

    assert call(app, "GET", "/both").json() == {"id": 1, "email": "ada@example.com"}
    assert "password_hash" in call(app, "GET", "/off").json()
    assert "password_hash" in call(app, "GET", "/plain").json()


def test_exclude_unset_only_removes_fields() -> None:
    """`response_model_exclude_unset=True` trims fields that were never set."""

    class Profile(BaseModel):
        id: int
        bio: str | None = None

    app = FastAPI()

    @app.get("/profile", response_model_exclude_unset=True)
    async def profile() -> Profile:
        return Profile(id=1)

    assert call(app, "GET", "/profile").json() == {"id": 1}


def test_a_returned_response_skips_validation_and_filtering() -> None:
    """A `JSONResponse` built by hand goes out untouched even with a declared response model."""
    app = FastAPI()

    @app.get("/manual", response_model=UserOut)
    async def manual() -> JSONResponse:
        return JSONResponse(ROW)

    assert "password_hash" in call(app, "GET", "/manual").json()


def test_bad_input_is_a_422_and_a_bad_return_value_is_a_500() -> None:
    """A request that breaks the request model is a 422 naming the field; a return value that
    breaks the response model raises `ResponseValidationError` (re-raised by the default
    ASGITransport) and the client sees a bare 500."""

    class UserIn(BaseModel):
        email: str
        password: str

    app = FastAPI()

    @app.post("/users")
    async def create(user: UserIn) -> UserOut:
        return UserOut(id=1, email=user.email)

    @app.get("/broken")
    async def broken() -> UserOut:
        return {"email": "ada@example.com"}  # type: ignore[return-value]

    response = call(app, "POST", "/users", json={"email": "ada@example.com"})
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert response.json()["detail"][0]["loc"] == ["body", "password"]
    with pytest.raises(ResponseValidationError):
        call(app, "GET", "/broken")

    async def as_a_client_sees_it() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get("/broken")

    response = asyncio.run(as_a_client_sees_it())
    assert (response.status_code, response.text) == (500, "Internal Server Error")


def test_request_and_response_models_appear_in_openapi() -> None:
    """The request model becomes the request body schema and the return type the 200 schema."""

    class UserIn(BaseModel):
        email: str

    app = FastAPI()

    @app.post("/users")
    async def create(user: UserIn) -> UserOut:
        return UserOut(id=1, email=user.email)

    operation = app.openapi()["paths"]["/users"]["post"]
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    ok = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert (body["$ref"], ok["$ref"]) == (
        "#/components/schemas/UserIn",
        "#/components/schemas/UserOut",
    )


def test_unknown_request_fields_are_ignored_unless_the_model_forbids_them() -> None:
    """A request model ignores undeclared fields by default; `extra="forbid"` makes them a 422."""

    class Loose(BaseModel):
        email: str

    class Strict(Loose):
        model_config = ConfigDict(extra="forbid")

    app = FastAPI()

    @app.post("/loose")
    async def loose(user: Loose) -> dict[str, object]:
        return user.model_dump()

    @app.post("/strict")
    async def strict(user: Strict) -> dict[str, object]:
        return user.model_dump()

    body = {"email": "ada@example.com", "is_admin": True}
    assert call(app, "POST", "/loose", json=body).json() == {"email": "ada@example.com"}
    response = call(app, "POST", "/strict", json=body)
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert response.json()["detail"][0]["type"] == "extra_forbidden"


def test_a_declared_return_type_is_serialized_by_pydantic_since_0_130(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Since FastAPI 0.130.0 a Pydantic return type is serialized by Pydantic's own JSON
    serializer (`dump_json`, in Rust); a route without one goes through `JSONResponse`."""
    major, minor = (int(part) for part in version("fastapi").split(".")[:2])
    assert (major, minor) >= (0, 130)
    dumped: list[object] = []
    original = TypeAdapter.dump_json

    def recording(self: TypeAdapter, value: object, /, **kwargs: object) -> bytes:
        dumped.append(value)
        return original(self, value, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(TypeAdapter, "dump_json", recording)
    app = FastAPI()

    @app.get("/typed")
    async def typed() -> UserOut:
        return UserOut(id=1, email="ada@example.com")

    @app.get("/untyped")
    async def untyped():  # no return type on purpose
        return UserOut(id=1, email="ada@example.com")

    assert call(app, "GET", "/typed").json() == {"id": 1, "email": "ada@example.com"}
    assert len(dumped) == 1
    assert call(app, "GET", "/untyped").json() == {"id": 1, "email": "ada@example.com"}
    assert len(dumped) == 1


def test_a_response_parameter_sets_headers_and_keeps_the_filtering() -> None:
    """Declaring a `Response` parameter sets headers and cookies while the return type still
    filters the body."""
    app = FastAPI()

    @app.get("/me")
    async def me(response: Response) -> UserOut:
        response.headers["Cache-Control"] = "no-store"
        return ROW  # type: ignore[return-value]

    result = call(app, "GET", "/me")
    assert result.headers["cache-control"] == "no-store"
    assert result.json() == {"id": 1, "email": "ada@example.com"}
