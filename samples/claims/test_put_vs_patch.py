"""Claims made on content/questions/put-vs-patch/; each fails if a release changes them."""

import pytest
from asgi import call
from fastapi import FastAPI, status
from pydantic import BaseModel, ValidationError

PAGE = "put-vs-patch"


class Profile(BaseModel):
    name: str
    city: str
    bio: str | None = None


class ProfilePatch(BaseModel):
    name: str | None = None
    city: str | None = None
    bio: str | None = None


def profile_app() -> FastAPI:
    app = FastAPI()

    @app.put("/profiles/{profile_id}")
    async def put(profile_id: int, profile: Profile) -> Profile:
        return profile

    @app.patch("/profiles/{profile_id}")
    async def patch(profile_id: int, changes: ProfilePatch) -> dict[str, str | None]:
        return changes.model_dump(exclude_unset=True)

    return app


@pytest.mark.parametrize(
    "media_type", ["application/merge-patch+json", "application/json-patch+json"]
)
def test_plus_json_media_types_are_parsed_as_json(media_type: str) -> None:
    """FastAPI parses any `application/...+json` body as JSON, not only `application/json`."""
    response = call(
        profile_app(),
        "PATCH",
        "/profiles/1",
        content=b'{"city": "Paris"}',
        headers={"content-type": media_type},
    )
    assert response.status_code == status.HTTP_200_OK
    assert response.json() == {"city": "Paris"}


def test_a_json_patch_list_sent_to_a_merge_patch_model_is_a_422_not_a_415() -> None:
    """FastAPI does not tell patch formats apart: a JSON Patch list fails validation with 422."""
    operations = b'[{"op": "replace", "path": "/city", "value": "Paris"}]'
    headers = {"content-type": "application/json-patch+json"}
    response = call(profile_app(), "PATCH", "/profiles/1", content=operations, headers=headers)
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT


def test_put_without_a_required_field_is_a_422() -> None:
    """PUT must send the full representation: a missing required field is a 422."""
    response = call(profile_app(), "PUT", "/profiles/1", json={"city": "Rome"})
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert response.json()["detail"][0]["loc"] == ["body", "name"]


def test_exclude_unset_keeps_a_sent_null_and_drops_what_was_not_sent() -> None:
    """`exclude_unset=True` keeps `{"bio": null}` (a clear) and leaves out keys never sent."""
    response = call(profile_app(), "PATCH", "/profiles/1", json={"bio": None})
    assert response.json() == {"bio": None}


def test_exclude_none_drops_every_null_so_a_field_cannot_be_cleared() -> None:
    """`exclude_none=True` loses the difference between "clear bio" and "not sent"."""
    sent = ProfilePatch.model_validate({"bio": None})
    assert sent.model_dump(exclude_none=True) == {}
    assert sent.model_dump(exclude_unset=True) == {"bio": None}


def test_model_copy_update_does_not_validate() -> None:
    """`model_copy(update=...)` writes `None` into a required `str` field without complaint."""
    stored = Profile(name="Ada", city="Paris")
    copied = stored.model_copy(update={"name": None})
    assert copied.name is None


def test_validating_the_merged_dict_rejects_the_same_update() -> None:
    """`Profile.model_validate(old | sent)` runs the validators again and refuses `name: null`."""
    stored = Profile(name="Ada", city="Paris")
    with pytest.raises(ValidationError) as caught:
        Profile.model_validate(stored.model_dump() | {"name": None})
    assert caught.value.errors()[0]["loc"] == ("name",)


def test_missing_sentinel_tells_left_out_from_null_without_exclude_unset() -> None:
    """Since Pydantic 2.14 (`from pydantic import MISSING`): `bio: str | MISSING | None = MISSING`
    holds MISSING when left out and None when sent as null, plain `model_dump()` omits MISSING,
    and `name: str | MISSING = MISSING` answers `{"name": null}` with a 422 (through FastAPI)."""
    from pydantic import MISSING

    class SentinelPatch(BaseModel):
        name: str | MISSING = MISSING
        city: str | MISSING = MISSING
        bio: str | MISSING | None = MISSING

    app = FastAPI()

    @app.patch("/profiles/{profile_id}")
    async def patch(profile_id: int, changes: SentinelPatch) -> dict[str, object]:
        return {"dump": changes.model_dump(), "bio_left_out": changes.bio is MISSING}

    left_out = call(app, "PATCH", "/profiles/1", json={"city": "Paris"})
    assert left_out.json() == {"dump": {"city": "Paris"}, "bio_left_out": True}
    cleared = call(app, "PATCH", "/profiles/1", json={"bio": None})
    assert cleared.json() == {"dump": {"bio": None}, "bio_left_out": False}
    refused = call(app, "PATCH", "/profiles/1", json={"name": None})
    assert refused.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert refused.json()["detail"][0]["loc"] == ["body", "name"]
