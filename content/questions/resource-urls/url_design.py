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
    matches = [o for o in ORDERS.values() if customer_id in (None, o.customer_id)]
    return [o for o in matches if o.total >= min_total]


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


def summary(response: httpx.Response) -> object:
    if response.is_redirect:
        return f"Location: {response.headers['location']}"
    data = response.json()
    return [order["id"] for order in data] if isinstance(data, list) else data


async def main() -> None:
    for route in app.routes:
        if isinstance(route, APIRoute):
            print(f"{','.join(sorted(route.methods)):4} {route.path}")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://api.test") as client:
        responses = {}
        for url in [
            "/customers/1/orders",
            "/orders?customer_id=1&min_total=50",
            "/orders/102",
            "/customers/1/orders/102",
            "/orders/",
            "/Orders",
        ]:
            responses[url] = r = await client.get(url)
            print(f"GET {url} -> {r.status_code} {summary(r)}")
    assert responses["/customers/1/orders/102"].status_code == status.HTTP_404_NOT_FOUND
    assert responses["/orders/"].status_code == status.HTTP_307_TEMPORARY_REDIRECT
    assert responses["/orders/"].headers["location"] == "http://api.test/orders"
    assert responses["/Orders"].status_code == status.HTTP_404_NOT_FOUND


if __name__ == "__main__":
    asyncio.run(main())
