# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Cancel an order three ways; one state machine decides which transitions are legal."""

import asyncio
from typing import Literal

import httpx
from fastapi import FastAPI, HTTPException, Request, Response, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel

LEGAL = {"pending": {"paid", "cancelled"}, "paid": {"shipped", "cancelled"}}  # others are final
orders = {1: "paid", 2: "paid", 3: "shipped", 4: "pending"}
app = FastAPI()


class StatusChange(BaseModel):
    status: Literal["pending", "paid", "shipped", "cancelled"]  # unknown: 422; illegal: 409


class Cancellation(BaseModel):
    reason: str


cancellations: dict[int, Cancellation] = {}  # the record each cancellation leaves behind


class IllegalTransition(Exception):
    pass


@app.exception_handler(IllegalTransition)
async def illegal_transition(request: Request, exc: IllegalTransition) -> JSONResponse:
    order_id, target = exc.args
    current = orders[order_id]
    problem = {
        "type": "https://api.example/problems/illegal-transition",
        "title": "The order cannot make that transition.",
        "status": 409,
        "detail": f"Order {order_id} is {current}; it cannot become {target}.",
        "allowed": sorted(LEGAL.get(current, [])),
    }
    return JSONResponse(problem, status.HTTP_409_CONFLICT, media_type="application/problem+json")


def move(order_id: int, target: str) -> None:
    if order_id not in orders:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such order")
    if orders[order_id] != target and target not in LEGAL.get(orders[order_id], set()):
        raise IllegalTransition(order_id, target)
    orders[order_id] = target


@app.patch("/orders/{order_id}")  # option 1: the action as a field change
async def change_status(order_id: int, change: StatusChange) -> dict[str, int | str]:
    move(order_id, change.status)
    return {"id": order_id, "status": orders[order_id]}


@app.post("/orders/{order_id}/cancellation")  # option 2: the action as a resource
@app.post("/orders/{order_id}:cancel")  # option 3: a custom method, as in Google's AIP-136
async def cancel(order_id: int, body: Cancellation, response: Response) -> Cancellation:
    response.headers["Location"] = f"/orders/{order_id}/cancellation"
    if order_id not in cancellations:  # a repeat changes nothing and returns the same record
        move(order_id, "cancelled")
        cancellations[order_id] = body
        response.status_code = status.HTTP_201_CREATED
    return cancellations[order_id]


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for method, url, body, expected in [
            ("PATCH", "/orders/1", {"status": "cancelled"}, 200),
            ("POST", "/orders/2/cancellation", {"reason": "ordered twice"}, 201),
            ("POST", "/orders/2/cancellation", {"reason": "ordered twice"}, 200),  # a retry
            ("POST", "/orders/3/cancellation", {"reason": "too slow"}, 409),
            ("PATCH", "/orders/3", {"status": "pending"}, 409),
            ("POST", "/orders/4:cancel", {"reason": "changed my mind"}, 201),
        ]:
            r = await client.request(method, url, json=body)
            print(f"{method} {url} {body} -> {r.status_code} {r.headers['content-type']}")
            print("   ", r.json())
            assert r.status_code == expected
    assert orders == {1: "cancelled", 2: "cancelled", 3: "shipped", 4: "cancelled"}


if __name__ == "__main__":
    asyncio.run(main())
