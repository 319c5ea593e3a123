# /// script
# requires-python = ">=3.11"
# dependencies = ["pydantic"]
# ///
"""v1 spellings under v2: old methods warn, old Config keys are dropped, subclass fields vanish."""

import warnings
from types import SimpleNamespace

from pydantic import BaseModel, ConfigDict, ValidationError, v1

row = SimpleNamespace(name="ada", password_hash="$argon2id$...")  # what an ORM query returns

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")

    class Customer(BaseModel):
        name: str

        class Config:  # v1 style: v2 warns that orm_mode was renamed, then ignores it
            orm_mode = True

    print(Customer(name="ada").dict())  # v1 method name: still works, with a warning

for line in dict.fromkeys(f"{type(w.message).__name__}: {w.message}" for w in caught):
    print(" ".join(line.split()).split(". ")[0])  # first sentence of each warning
try:
    Customer.model_validate(row)
except ValidationError as error:
    print("Customer.model_validate(row) ->", error.errors()[0]["type"], "(orm_mode had no effect)")


class CustomerV2(BaseModel):
    model_config = ConfigDict(from_attributes=True)  # the v2 name for orm_mode
    name: str


class AdminV2(CustomerV2):
    password_hash: str


class Account(BaseModel):
    owner: CustomerV2  # declared as the base class; will hold an AdminV2


class CustomerV1(v1.BaseModel):
    name: str


class AdminV1(CustomerV1):
    password_hash: str


class AccountV1(v1.BaseModel):
    owner: CustomerV1


print("CustomerV2.model_validate(row) ->", CustomerV2.model_validate(row))
account = Account(owner=AdminV2.model_validate(row))
print("v1 .dict()                           ->", AccountV1(owner=AdminV1(**vars(row))).dict())
print("v2 model_dump()                      ->", account.model_dump())
print("v2 model_dump(serialize_as_any=True) ->", account.model_dump(serialize_as_any=True))
assert "password_hash" not in account.model_dump()["owner"]
