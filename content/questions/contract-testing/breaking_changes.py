# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi"]
# ///
"""Diff the OpenAPI documents of two versions of one FastAPI app and classify each change."""

import json
from collections.abc import Iterator
from typing import Literal

from fastapi import FastAPI, status
from pydantic import BaseModel


class ItemIn(BaseModel):  # version 1
    name: str
    price: float


class ItemOut(ItemIn):
    id: int
    state: Literal["draft", "live"]


class ItemInV2(ItemIn):
    currency: str  # new and required
    tags: list[str] = []  # new and optional


class ItemOutV2(BaseModel):
    id: str  # was an integer
    name: str
    unit_price: float  # was `price`
    state: Literal["draft", "live", "archived"]  # one more value


v1, v2 = FastAPI(title="Shop", version="1"), FastAPI(title="Shop", version="2")


@v1.post("/items", status_code=status.HTTP_201_CREATED, operation_id="create_item")
async def create_item(item: ItemIn) -> ItemOut:
    return ItemOut(id=1, state="draft", **item.model_dump())


@v1.delete("/items/{item_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_item(item_id: int) -> None:
    return None


@v2.post("/items", status_code=status.HTTP_201_CREATED, operation_id="create_item")
async def create_item_v2(item: ItemInV2, store: str) -> ItemOutV2:  # `store`: a new query param
    return ItemOutV2(id=f"{store}-1", name=item.name, unit_price=item.price, state="draft")


@v2.get("/items/{item_id}")
async def read_item_v2(item_id: str) -> ItemOutV2:
    return ItemOutV2(id=item_id, name="pen", unit_price=1.5, state="live")


def resolve(doc: dict, schema: dict) -> dict:
    if schema.get("type") == "array":
        return resolve(doc, schema["items"])
    if "$ref" in schema:
        return doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def body(doc: dict, operation: dict, side: str) -> dict | None:
    """The JSON request body, or the first 2xx JSON response, of one operation."""
    responses = [r for code, r in sorted(operation["responses"].items()) if code.startswith("2")]
    found = operation.get("requestBody", {}) if side == "request" else responses[0]
    content = found.get("content", {})
    return resolve(doc, content["application/json"]["schema"]) if content else None


def contract(schema: dict) -> dict:  # titles and descriptions are documentation, not contract
    return {key: value for key, value in schema.items() if key not in {"title", "description"}}


def compare_bodies(side: str, old: dict, new: dict) -> Iterator[tuple[str, str]]:
    before, after = old.get("properties", {}), new.get("properties", {})
    for name in sorted(after.keys() - before.keys()):
        if side == "request" and name in new.get("required", []):
            yield "BREAKING", f"request: new required {name!r}"
        else:
            yield "safe", f"{side}: new {'optional ' if side == 'request' else ''}{name!r}"
    for name in sorted(before.keys() - after.keys()):  # extra request fields are ignored
        yield ("BREAKING" if side == "response" else "check"), f"{side}: {name!r} removed"
    for name in sorted(before.keys() & after.keys()):
        a, b = contract(before[name]), contract(after[name])
        grown = sorted(set(b.get("enum", [])) - set(a.get("enum", [])))
        if grown and a | {"enum": b["enum"]} == b:  # only new values: readers may not know them
            yield ("check" if side == "response" else "safe"), f"{side}: {name!r} gains {grown}"
        elif a != b:
            yield "BREAKING", f"{side}: {name!r} was {a}, now {b}"


def compare(old: dict, new: dict) -> Iterator[tuple[str, str]]:
    def operations(doc: dict) -> dict[str, dict]:
        return {f"{m.upper()} {p}": op for p, ops in doc["paths"].items() for m, op in ops.items()}

    before, after = operations(old), operations(new)
    for where in sorted(before.keys() - after.keys()):
        yield "BREAKING", f"{where}: operation removed"
    for where in sorted(after.keys() - before.keys()):
        yield "safe", f"{where}: operation added"
    for where in sorted(before.keys() & after.keys()):
        known = {p["name"] for p in before[where].get("parameters", [])}
        for p in after[where].get("parameters", []):
            if p["name"] not in known:
                kind = "required" if p.get("required") else "optional"
                verdict = "BREAKING" if p.get("required") else "safe"
                yield verdict, f"{where}: new {kind} {p['in']} parameter {p['name']!r}"
        for side in ("request", "response"):
            a, b = body(old, before[where], side), body(new, after[where], side)
            if a and b:
                yield from ((v, f"{where} {what}") for v, what in compare_bodies(side, a, b))


def main() -> None:
    old = json.loads(json.dumps(v1.openapi()))  # in CI: the document saved from the last release
    changes = list(compare(old, v2.openapi()))
    for verdict, what in changes:
        print(f"{verdict:9} {what}")
    assert [v for v, _ in changes].count("BREAKING") == 5


if __name__ == "__main__":
    main()
