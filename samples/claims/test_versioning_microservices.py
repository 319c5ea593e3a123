"""Claims made on content/questions/versioning-microservices/, checked on every release."""

from __future__ import annotations

from fastapi import FastAPI
from pydantic import BaseModel

PAGE = "versioning-microservices"


class UserOut(BaseModel):
    id: int
    name: str


def response_schema(app: FastAPI) -> dict:
    operation = app.openapi()["paths"]["/users/{user_id}"]["get"]
    return operation["responses"]["200"]["content"]["application/json"]["schema"]


def test_only_declared_response_models_publish_their_fields() -> None:
    """A route returning a bare dict publishes no field list in OpenAPI, so a schema diff cannot
    see a removed field; a response model publishes every field."""
    untyped = FastAPI()

    @untyped.get("/users/{user_id}")
    async def read_untyped(user_id: int) -> dict:
        return {"id": user_id, "name": "Ada"}

    typed = FastAPI()

    @typed.get("/users/{user_id}")
    async def read_typed(user_id: int) -> UserOut:
        return UserOut(id=user_id, name="Ada")

    assert "properties" not in response_schema(untyped)
    reference = response_schema(typed)["$ref"].rsplit("/", 1)[-1]
    fields = typed.openapi()["components"]["schemas"][reference]["properties"]
    assert set(fields) == {"id", "name"}
