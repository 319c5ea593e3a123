# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Swap a dependency in a test with app.dependency_overrides, then restore it."""

import asyncio
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI


class PaymentGateway:
    async def charge(self, cents: int) -> str:
        raise RuntimeError("would call the real payment provider")


class FakeGateway:
    def __init__(self) -> None:
        self.charges: list[int] = []

    async def charge(self, cents: int) -> str:
        self.charges.append(cents)
        return f"fake-{len(self.charges)}"


async def get_gateway() -> PaymentGateway:
    return PaymentGateway()


app = FastAPI()


@app.post("/orders")
async def place_order(
    gateway: Annotated[PaymentGateway, Depends(get_gateway)],
) -> dict[str, str]:
    return {"payment": await gateway.charge(1999)}


async def main() -> None:
    fake = FakeGateway()
    app.dependency_overrides[get_gateway] = lambda: fake  # key: the original callable
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        try:
            response = await client.post("/orders")
            print("POST /orders ->", response.status_code, response.text)
            print("fake gateway recorded charges:", fake.charges)
            assert response.json() == {"payment": "fake-1"} and fake.charges == [1999]
        finally:
            app.dependency_overrides.clear()  # do not leak the fake into other tests
    assert get_gateway not in app.dependency_overrides


if __name__ == "__main__":
    asyncio.run(main())
