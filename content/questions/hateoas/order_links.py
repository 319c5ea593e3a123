# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""An order shows its cancel link only while it can be cancelled; the client follows links."""

import asyncio
import json
from typing import Any

import httpx
from fastapi import FastAPI, HTTPException, Request, status

app = FastAPI()
Order = dict[str, Any]
orders: dict[int, Order] = {1: {"id": 1, "status": "pending"}, 2: {"id": 2, "status": "shipped"}}


def represent(order: Order, request: Request) -> Order:
    """Links come from route names, and only for actions valid in the current state."""
    links = {"self": {"href": str(request.url_for("get_order", order_id=order["id"]))}}
    if order["status"] == "pending":
        links["cancel"] = {"href": str(request.url_for("cancel_order", order_id=order["id"]))}
    return {**order, "_links": links}


def find(order_id: int) -> Order:
    if order_id not in orders:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such order")
    return orders[order_id]


@app.get("/orders/{order_id}", name="get_order")
async def get_order(order_id: int, request: Request) -> Order:
    return represent(find(order_id), request)


@app.post("/orders/{order_id}/cancellation", name="cancel_order")
async def cancel_order(order_id: int, request: Request) -> Order:
    order = find(order_id)
    if order["status"] != "pending":  # a missing link is a hint; this check is the rule
        raise HTTPException(status.HTTP_409_CONFLICT, f"Cannot cancel: order is {order['status']}")
    order["status"] = "cancelled"
    return represent(order, request)


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://shop.test") as client:
        order = (await client.get("/orders/1")).json()
        print("GET /orders/1 ->", json.dumps(order))
        # The docs say the "cancel" relation means POST with no body; the URL comes from the link.
        cancel_url = order["_links"]["cancel"]["href"]
        response = await client.post(cancel_url)
        print("POST", cancel_url, "->", response.status_code, json.dumps(response.json()))
        assert response.json()["status"] == "cancelled"
        assert "cancel" not in response.json()["_links"]  # no longer offered

        shipped = (await client.get("/orders/2")).json()
        print("GET /orders/2 ->", json.dumps(shipped))
        assert set(shipped["_links"]) == {"self"}
        forced = await client.post("/orders/2/cancellation")  # a client that ignores the links
        print("POST /orders/2/cancellation ->", forced.status_code, json.dumps(forced.json()))
        assert forced.status_code == status.HTTP_409_CONFLICT


if __name__ == "__main__":
    asyncio.run(main())
