# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Consumer contracts gate users-service deploys: expand passes, an early removal is blocked."""

import asyncio

import httpx
from fastapi import FastAPI

# What each consumer reads from GET /users/1, published by the consumer team's own tests
contracts = {
    "orders-service": {"id": int, "name": str},
    "billing-service": {"id": int, "email": str},
}


def users_build(**fields: str) -> FastAPI:  # one build of users-service
    app = FastAPI()

    @app.get("/users/{user_id}")
    async def read_user(user_id: int) -> dict:
        return {"id": user_id, **fields}

    return app


async def can_i_deploy(label: str, build: FastAPI) -> bool:
    """Runs every consumer's contract against a candidate build, as a CI step before deploy."""
    transport = httpx.ASGITransport(app=build)
    async with httpx.AsyncClient(transport=transport, base_url="http://users") as client:
        body = (await client.get("/users/1")).json()
    broken = {
        consumer: [field for field, kind in reads.items() if not isinstance(body.get(field), kind)]
        for consumer, reads in contracts.items()
    }
    broken = {consumer: fields for consumer, fields in broken.items() if fields}
    verdict = "deploy" if not broken else f"BLOCKED, would break {broken}"
    print(f"users-service {label}: {verdict}")
    return not broken


async def main() -> None:
    email = "ada@example.com"
    # 1. expand: add the new fields next to the old one
    expand = users_build(name="Ada Lovelace", given_name="Ada", family_name="Lovelace", email=email)
    assert await can_i_deploy("build 41 (adds given_name, family_name)", expand)
    # 2. contracting before consumers moved is caught before it ships
    contract = users_build(given_name="Ada", family_name="Lovelace", email=email)
    assert not await can_i_deploy("build 42 (drops name)", contract)
    # 3. orders-service migrates and publishes its new contract; now the removal is safe
    contracts["orders-service"] = {"id": int, "given_name": str, "family_name": str}
    assert await can_i_deploy("build 42 (drops name)", contract)


if __name__ == "__main__":
    asyncio.run(main())
