# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Consumer-driven contracts in miniature: consumers record what they read, the provider replays."""

import asyncio

import httpx
from fastapi import FastAPI, status
from pydantic import BaseModel

# What two consumer teams published (Pact writes richer JSON files and shares them via a broker).
CONTRACTS = {
    "mobile-app": {
        "send": {"name": "pen", "price": 1.5},
        "status": 201,
        "reads": {"id": "integer"},
    },
    "billing": {"send": {"name": "ink", "price": 4.0}, "status": 201, "reads": {"price": "number"}},
}
JSON_TYPES = {"integer": int, "number": (int, float), "string": str}


class ItemIn(BaseModel):
    name: str
    price: float


class StateDropped(BaseModel):  # change 1: `state` is no longer returned
    id: int
    name: str
    price: float


class PriceRenamed(BaseModel):  # change 2: `price` is now `unit_price`
    id: int
    name: str
    unit_price: float
    state: str


def provider(response_model: type[BaseModel]) -> FastAPI:
    app = FastAPI()

    @app.post("/items", status_code=status.HTTP_201_CREATED, response_model=response_model)
    async def create_item(item: ItemIn) -> dict[str, object]:  # filtered by response_model
        return {"id": 7, **item.model_dump(), "unit_price": item.price, "state": "draft"}

    return app


async def verify(app: FastAPI, contract: dict) -> list[str]:
    """Replay one consumer's request and check only what that consumer reads."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://provider") as client:
        response = await client.post("/items", json=contract["send"])
    if response.status_code != contract["status"]:
        return [f"status {response.status_code}, expected {contract['status']}"]
    body = response.json()
    return [
        f"{field!r} missing or not {kind}"
        for field, kind in contract["reads"].items()
        if not isinstance(body.get(field), JSON_TYPES[kind])
    ]


async def main() -> None:
    verdicts = {}
    for change in (StateDropped, PriceRenamed):
        print(f"provider with {change.__name__}:")
        for consumer, contract in CONTRACTS.items():
            problems = await verify(provider(change), contract)
            verdicts[change.__name__, consumer] = not problems
            print(f"  {consumer:10} reads {sorted(contract['reads'])}:", *problems or ["verified"])
    # Dropping `state` breaks no consumer that published a contract; the rename breaks billing.
    assert list(verdicts.values()) == [True, True, True, False]


if __name__ == "__main__":
    asyncio.run(main())
