"""Claims made on content/questions/separate-io-models/; each fails if a release changes it."""

from typing import Any

import pytest
from asgi import call
from fastapi import FastAPI, status
from pydantic import BaseModel, ConfigDict, ValidationError

PAGE = "separate-io-models"


class UserUpdate(BaseModel):
    display_name: str | None = None
    bio: str | None = None


class StrictUpdate(UserUpdate):
    model_config = ConfigDict(extra="forbid")


class UserRead(BaseModel):
    id: int
    display_name: str | None
    is_admin: bool


class UserRow(UserRead):
    password_hash: str


def stored() -> dict[str, Any]:
    return {"id": 1, "display_name": "Ada", "bio": "x", "is_admin": False, "password_hash": "h"}


def test_ignored_extra_keys_never_reach_the_row() -> None:
    """With the default `extra="ignore"`, building the update from the model drops `is_admin`."""
    row = stored() | UserUpdate.model_validate({"is_admin": True}).model_dump(exclude_unset=True)
    assert row["is_admin"] is False


def test_forbid_answers_422_extra_forbidden_naming_the_key() -> None:
    """`extra="forbid"` turns an unknown key, or a typo such as `dispaly_name`, into a 422
    `extra_forbidden` at `["body", key]`."""
    app = FastAPI()

    @app.patch("/users/{user_id}")
    async def update(user_id: int, body: StrictUpdate) -> dict[str, Any]:
        return body.model_dump(exclude_unset=True)

    for key in ("is_admin", "dispaly_name"):
        response = call(app, "PATCH", "/users/1", json={key: True})
        assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
        error = response.json()["detail"][0]
        assert (error["type"], error["loc"]) == ("extra_forbidden", ["body", key])


def test_forbid_also_rejects_a_read_representation_sent_back() -> None:
    """A client that sends back what it read (with `id` and `is_admin`) is refused under
    `extra="forbid"`."""
    read = UserRead(id=1, display_name="Ada", is_admin=False).model_dump()
    app = FastAPI()

    @app.patch("/users/{user_id}")
    async def update(user_id: int, body: StrictUpdate) -> dict[str, Any]:
        return body.model_dump(exclude_unset=True)

    response = call(app, "PATCH", "/users/1", json=read)
    assert sorted(e["loc"][-1] for e in response.json()["detail"]) == ["id", "is_admin"]


def test_exclude_unset_keeps_omitted_fields_and_applies_explicit_null() -> None:
    """`model_dump(exclude_unset=True)` returns only sent keys, so an explicit null clears a field;
    a plain `model_dump()` overwrites every omitted field with its default."""
    patch = UserUpdate.model_validate({"bio": None})
    assert stored() | patch.model_dump(exclude_unset=True) == stored() | {"bio": None}
    assert (stored() | patch.model_dump())["display_name"] is None


def test_a_raw_dict_body_brings_mass_assignment_back() -> None:
    """A `body: dict` parameter accepts `is_admin`, and the merged row promotes the caller."""
    users = {1: stored()}
    app = FastAPI()

    @app.patch("/naive/users/{user_id}")
    async def naive(user_id: int, body: dict) -> UserRead:
        users[user_id] |= body
        return users[user_id]  # type: ignore[return-value]

    response = call(app, "PATCH", "/naive/users/1", json={"is_admin": True})
    assert response.status_code == status.HTTP_200_OK and response.json()["is_admin"] is True


def test_a_subclass_with_secrets_is_filtered_to_the_read_model() -> None:
    """Returning a `UserRow` (which extends `UserRead`) from a handler typed `-> UserRead` hides
    `password_hash`."""
    app = FastAPI()

    @app.get("/users/{user_id}")
    async def read(user_id: int) -> UserRead:
        return UserRow(**stored())

    assert "password_hash" not in call(app, "GET", "/users/1").json()


def test_extra_forbid_can_be_passed_per_call_since_pydantic_2_12() -> None:
    """Pydantic 2.12 and later accept `model_validate(data, extra="forbid")` for one call."""
    with pytest.raises(ValidationError) as caught:
        UserUpdate.model_validate({"is_admin": True}, extra="forbid")
    assert caught.value.errors()[0]["type"] == "extra_forbidden"


def test_missing_sentinel_makes_a_field_optional_but_not_nullable_since_pydantic_2_14() -> None:
    """Since Pydantic 2.14 `from pydantic import MISSING` works; `str | MISSING = MISSING` lets a
    PATCH omit the key (left out of `model_dump()`) but answers `null` with a 422."""
    from pydantic import MISSING

    class NameUpdate(BaseModel):
        display_name: str | MISSING = MISSING

    app = FastAPI()

    @app.patch("/users/{user_id}")
    async def update(user_id: int, body: NameUpdate) -> dict[str, Any]:
        return body.model_dump()

    assert call(app, "PATCH", "/users/1", json={}).json() == {}
    sent = call(app, "PATCH", "/users/1", json={"display_name": "Ada"})
    assert sent.json() == {"display_name": "Ada"}
    null = call(app, "PATCH", "/users/1", json={"display_name": None})
    assert null.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert null.json()["detail"][0]["loc"] == ["body", "display_name"]
