# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""One feature, several test layers: unit, HTTP integration, contract and security checks."""

import asyncio
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

TOKENS = {"tok-alice": "alice", "tok-bob": "bob"}  # stands in for real token verification


def order_total(unit_cents: int, quantity: int, coupon: str | None) -> int:
    # business rule: SAVE10 takes 10% off the total, and the discount is rounded down
    total = unit_cents * quantity
    return total - total // 10 if coupon == "SAVE10" else total


class OrderIn(BaseModel):
    unit_cents: int = Field(gt=0)
    quantity: int = Field(gt=0, le=100)
    coupon: str | None = None


class OrderOut(BaseModel):
    id: int
    owner: str
    total_cents: int


app = FastAPI()
orders: dict[int, OrderOut] = {}


async def current_user(cred: Annotated[HTTPAuthorizationCredentials, Depends(HTTPBearer())]) -> str:
    if cred.credentials not in TOKENS:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, headers={"WWW-Authenticate": "Bearer"})
    return TOKENS[cred.credentials]


@app.post("/orders", status_code=status.HTTP_201_CREATED)
async def create(order: OrderIn, user: Annotated[str, Depends(current_user)]) -> OrderOut:
    new_id = len(orders) + 1
    total = order_total(order.unit_cents, order.quantity, order.coupon)
    orders[new_id] = OrderOut(id=new_id, owner=user, total_cents=total)
    return orders[new_id]


@app.get("/orders/{order_id}")
async def read(order_id: int, user: Annotated[str, Depends(current_user)]) -> OrderOut:
    order = orders.get(order_id)
    if order is None or order.owner != user:  # same answer for "missing" and "not yours"
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Order not found")
    return order


def test_unit() -> None:  # plain function call: no HTTP, no app
    assert order_total(999, 3, None) == 2997
    assert order_total(999, 3, "SAVE10") == 2698  # 2997 - 299, rounded down
    print("unit: order_total(999, 3, 'SAVE10') == 2698")


async def test_http(client: httpx.AsyncClient) -> None:
    good = {"unit_cents": 999, "quantity": 3, "coupon": "SAVE10"}
    checks = [
        ("alice", "POST", "/orders", good, 201),  # integration: validation, auth, rule, storage
        ("alice", "POST", "/orders", {**good, "quantity": 0}, 422),  # negative input
        ("alice", "GET", "/orders/1", None, 200),
        ("anonymous", "GET", "/orders/1", None, 401),  # security: no credentials
        ("bob", "GET", "/orders/1", None, 404),  # security: someone else's order (BOLA)
    ]
    for who, method, url, body, expected in checks:
        headers = {"Authorization": f"Bearer tok-{who}"} if who in TOKENS.values() else {}
        r = await client.request(method, url, headers=headers, json=body)
        print(f"{method} {url} as {who} -> {r.status_code} {r.text}")
        assert r.status_code == expected
        if expected == status.HTTP_401_UNAUTHORIZED:  # the challenge tells clients what to send
            print("  WWW-Authenticate:", r.headers["www-authenticate"])
            assert r.headers["www-authenticate"] == "Bearer"

    schema = (await client.get("/openapi.json")).json()["components"]["schemas"]["OrderOut"]
    body = (await client.get("/orders/1", headers={"Authorization": "Bearer tok-alice"})).json()
    assert set(schema["required"]) == set(body)  # contract: response matches published schema
    print("contract: GET /orders/1 body has exactly the fields OrderOut requires")


async def main() -> None:
    test_unit()  # in a real suite pytest collects these test_* functions itself
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        await test_http(client)


if __name__ == "__main__":
    asyncio.run(main())
