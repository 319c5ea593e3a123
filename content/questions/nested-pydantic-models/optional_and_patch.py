# /// script
# requires-python = ">=3.11"
# dependencies = ["pydantic"]
# ///
"""Required versus nullable versus optional, and a nested PATCH that uses exclude_unset."""

from pydantic import BaseModel, ValidationError


class Profile(BaseModel):
    name: str  # required, never null
    nickname: str | None  # required, but null is a valid value
    bio: str = ""  # optional, never null
    website: str | None = None  # optional and nullable


for payload in [{"name": "Ada", "nickname": None}, {"name": "Ada"}, {"name": None, "bio": None}]:
    try:
        print(payload, "->", Profile.model_validate(payload).model_dump())
    except ValidationError as error:
        print(payload, "->", [(e["loc"], e["type"]) for e in error.errors()])


class AddressPatch(BaseModel):
    street: str | None = None
    postcode: str | None = None


class ProfilePatch(BaseModel):  # every field optional: a PATCH sends only what changes
    nickname: str | None = None
    address: AddressPatch | None = None


def merge(current: dict, changes: dict) -> dict:
    nested = {k: merge(current.get(k) or {}, v) for k, v in changes.items() if isinstance(v, dict)}
    return current | changes | nested


stored = {"nickname": "Countess", "address": {"street": "1 Main St", "postcode": "N1"}}
patch = ProfilePatch.model_validate({"nickname": None, "address": {"postcode": "E2"}})
print("model_dump():                 ", patch.model_dump())
print("model_dump(exclude_unset=True):", patch.model_dump(exclude_unset=True))
updated = merge(stored, patch.model_dump(exclude_unset=True))
print("stored after the PATCH:       ", updated)
assert updated == {"nickname": None, "address": {"street": "1 Main St", "postcode": "E2"}}
