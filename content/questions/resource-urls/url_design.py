# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Collection and item URLs, nested versus flat, and what the router does with near misses."""

import asyncio

import httpx
from fastapi import FastAPI, HTTPException, status
from fastapi.routing import APIRoute
from pydantic import BaseModel


class Order(BaseModel):
    id: int
    customer_id: int
    total: int


ROWS = [(101, 1, 30), (102, 2, 80), (103, 1, 95)]
ORDERS = {n: Order(id=n, customer_id=c, total=t) for n, c, t in ROWS}
app = FastAPI()


@app.get("/orders")  # the collection; filters are query parameters
async def list_orders(customer_id: int | None = None, min_total: int = 0) -> list[Order]:
    return [
        o for o in ORDERS.values() if customer_id in (None, o.customer_id) and o.total >= min_total
    ]


@app.get("/orders/{order_id}")  # the one canonical URL of each order
async def read_order(order_id: int) -> Order:
    if order_id not in ORDERS:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such order")
    return ORDERS[order_id]


@app.get("/customers/{customer_id}/orders")  # containment: this customer's orders
async def customer_orders(customer_id: int) -> list[Order]:
    return await list_orders(customer_id=customer_id)


@app.get("/customers/{customer_id}/orders/{order_id}")
async def customer_order(customer_id: int, order_id: int) -> Order:
    order = ORDERS.get(order_id)
    if order is None or order.customer_id != customer_id:  # the parent must really contain it
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such order for this customer")
    return order


async def main() -> None:
    for route in app.routes:
        if isinstance(route, APIRoute):
            print(f"{','.join(sorted(route.methods)):4} {route.path}")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://api.test") as client:
        for url, expected in [
            ("/customers/1/orders", 200),
            ("/orders?customer_id=1&min_total=50", 200),
            ("/orders/102", 200),
            ("/customers/1/orders/102", 404),  # order 102 exists, but not under customer 1
            ("/orders/", 307),
            ("/Orders", 404),
        ]:
            r = await client.get(url)
            shown = f"Location: {r.headers['location']}" if r.is_redirect else r.json()
            shown = [o["id"] for o in shown] if isinstance(shown, list) else shown
            print(f"GET {url} -> {r.status_code} {shown}")
            assert r.status_code == expected


if __name__ == "__main__":
    asyncio.run(main())
