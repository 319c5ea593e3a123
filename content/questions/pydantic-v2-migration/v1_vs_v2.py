# /// script
# requires-python = ">=3.11"
# dependencies = ["pydantic"]
# ///
"""The same model under the bundled pydantic.v1 API and under v2, fed the same input."""

from typing import Optional

from pydantic import BaseModel, ValidationError, v1


class OrderV1(v1.BaseModel):
    reference: str
    quantity: int
    note: Optional[str]  # noqa: UP045 (kept as v1 code was written)


class OrderV2(BaseModel):
    reference: str
    quantity: int
    note: Optional[str]  # noqa: UP045


def outcome(model: type, data: dict) -> object:
    validate = model.parse_obj if issubclass(model, v1.BaseModel) else model.model_validate
    try:
        return dict(validate(data))
    except (ValidationError, v1.ValidationError) as error:
        return [f"{e['loc'][0]}: {e['type']}" for e in error.errors()]


cases = {
    "number for a str field": {"reference": 1042, "quantity": 1, "note": "gift"},
    "2.7 for an int field": {"reference": "A-1", "quantity": 2.7, "note": None},
    "Optional field left out": {"reference": "A-1", "quantity": 1},
    "quantity missing": {"reference": "A-1", "note": None},  # error type names changed too
}
for name, data in cases.items():
    print(name)
    print("  v1:", outcome(OrderV1, data))
    print("  v2:", outcome(OrderV2, data))

assert OrderV2.model_fields["note"].is_required()  # Optional no longer implies a default
