"""Claims made on content/questions/backward-compatibility/; each fails if a release changes it."""

import warnings

import pytest
from asgi import call
from fastapi import FastAPI, status
from pydantic import AliasChoices, BaseModel, ConfigDict, Field, ValidationError

PAGE = "backward-compatibility"


class ContactIn(BaseModel):
    full_name: str = Field(validation_alias=AliasChoices("full_name", "name"))


class ContactOut(BaseModel):
    id: int
    full_name: str
    name: str = Field(deprecated="Use full_name")


class StrictReader(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: int


class TolerantReader(BaseModel):
    id: int


def test_pydantic_ignores_unknown_fields_by_default() -> None:
    """A default model (`extra="ignore"`) reads a response that gained a field."""
    assert TolerantReader.model_validate({"id": 1, "phone": "555"}) == TolerantReader(id=1)


def test_a_forbid_reader_breaks_on_an_added_field() -> None:
    """A client model with `extra="forbid"` turns an additive change into a failure."""
    with pytest.raises(ValidationError) as caught:
        StrictReader.model_validate({"id": 1, "phone": "555"})
    assert caught.value.errors()[0]["type"] == "extra_forbidden"


def test_alias_choices_accept_both_names_and_the_first_wins() -> None:
    """`AliasChoices("full_name", "name")` accepts either; with both, the first listed wins."""
    assert ContactIn.model_validate({"name": "Ada"}).full_name == "Ada"
    assert ContactIn.model_validate({"name": "old", "full_name": "new"}).full_name == "new"


def test_openapi_input_schema_shows_only_the_first_alias_choice() -> None:
    """The generated request schema documents `full_name` only; `name` still validates."""
    app = FastAPI()

    @app.post("/contacts")
    async def create(body: ContactIn) -> dict[str, str]:
        return {"full_name": body.full_name}

    schema = app.openapi()["components"]["schemas"]["ContactIn"]
    assert set(schema["properties"]) == {"full_name"}
    assert call(app, "POST", "/contacts", json={"name": "Ada"}).json() == {"full_name": "Ada"}


def test_deprecated_field_is_flagged_in_schema_and_served_without_a_warning() -> None:
    """`Field(deprecated=...)` (Pydantic 2.7+) sets `deprecated: true`; FastAPI serializes the
    field without a warning, but reading the attribute in code warns."""
    app = FastAPI()

    @app.get("/contacts/1")
    async def read() -> ContactOut:
        return ContactOut(id=1, full_name="Ada", name="Ada")

    properties = app.openapi()["components"]["schemas"]["ContactOut"]["properties"]
    assert properties["name"]["deprecated"] is True
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert call(app, "GET", "/contacts/1").json()["name"] == "Ada"
    with pytest.warns(DeprecationWarning, match="Use full_name"):
        _ = ContactOut(id=1, full_name="Ada", name="Ada").name


def test_the_declared_return_type_filters_the_response() -> None:
    """Fields missing from the return type never reach the client, so deleting one there
    deletes it from every response."""
    app = FastAPI()

    class Public(BaseModel):
        id: int

    class Stored(Public):
        password_hash: str

    @app.get("/users/1")
    async def read() -> Public:
        return Stored(id=1, password_hash="x")

    assert call(app, "GET", "/users/1").json() == {"id": 1}


def test_a_new_required_field_rejects_old_requests_with_422() -> None:
    """Adding a required input field makes yesterday's request fail with 422 `missing`."""

    class ContactV2(BaseModel):
        full_name: str
        phone: str

    app = FastAPI()

    @app.post("/contacts")
    async def create(body: ContactV2) -> dict[str, str]:
        return {"full_name": body.full_name}

    response = call(app, "POST", "/contacts", json={"full_name": "Ada"})
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert response.json()["detail"][0]["type"] == "missing"
