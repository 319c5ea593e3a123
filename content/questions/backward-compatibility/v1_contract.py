# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Rename a field without breaking v1 clients; a saved v1 fixture catches the naive rename."""

import asyncio

import httpx
from fastapi import FastAPI, status
from pydantic import AliasChoices, BaseModel, Field

# Recorded from a real v1 client: what it sends, and the fields it reads back.
V1_SENDS = {"name": "Ada Lovelace"}
V1_READS = {"id": 1, "name": "Ada Lovelace"}


class ContactIn(BaseModel):
    full_name: str = Field(validation_alias=AliasChoices("full_name", "name"))  # old name accepted
    phone: str | None = None  # added later: optional, with a default


class ContactOut(BaseModel):
    id: int
    full_name: str
    name: str = Field(deprecated="Use full_name")  # kept for v1 readers, flagged in OpenAPI
    phone: str | None = None


class NaiveContact(BaseModel):  # the careless rename: the old name is gone
    full_name: str


compatible, naive = FastAPI(), FastAPI()


@compatible.post("/contacts", status_code=status.HTTP_201_CREATED)
async def create(body: ContactIn) -> ContactOut:
    return ContactOut(id=1, full_name=body.full_name, name=body.full_name, phone=body.phone)


@naive.post("/contacts", status_code=status.HTTP_201_CREATED)
async def create_naive(body: NaiveContact) -> dict[str, int | str]:
    return {"id": 1, "full_name": body.full_name}


async def post(app: FastAPI, label: str, payload: dict[str, str]) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.post("/contacts", json=payload)
    print(f"[{label}] POST /contacts {payload} -> {response.status_code} {response.json()}")
    return response


def v1_contract_holds(response: httpx.Response) -> bool:
    # Tolerant check: extra fields are fine; every field v1 reads must still match.
    body = response.json() if response.status_code == status.HTTP_201_CREATED else {}
    return all(body.get(key) == value for key, value in V1_READS.items())


async def main() -> None:
    new = await post(compatible, "compatible", {"full_name": "Grace Hopper", "phone": "555-0100"})
    assert new.json()["phone"] == "555-0100"  # new clients get the new shape
    old = await post(compatible, "compatible", V1_SENDS)
    print("  v1 contract holds:", v1_contract_holds(old))
    assert v1_contract_holds(old)

    broken = await post(naive, "naive", V1_SENDS)
    print("  v1 contract holds:", v1_contract_holds(broken))
    assert broken.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT


if __name__ == "__main__":
    asyncio.run(main())
