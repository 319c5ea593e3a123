# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""orders-service calls users-service over HTTP through an injected, swappable httpx client."""

import asyncio
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, Header, HTTPException, Request, status
from pydantic import BaseModel

RequestId = Annotated[str, Header()]  # the x-request-id header, passed on at every hop
users_app = FastAPI(title="users-service")  # owns user data; no other service reads its database
USERS = {1: {"id": 1, "name": "Ada", "email": "ada@example.com", "plan": "pro"}}


@users_app.get("/users/{user_id}")
async def read_user(user_id: int, x_request_id: RequestId) -> dict:
    print(f"  users-service: GET /users/{user_id} (x-request-id: {x_request_id})")
    if user_id not in USERS:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such user")
    return USERS[user_id]


orders_app = FastAPI(title="orders-service")  # knows users only through that API


class Customer(BaseModel):  # orders' own view of a user: extra upstream fields are ignored
    id: int
    name: str


class OrderIn(BaseModel):
    user_id: int
    sku: str


def users_client(request: Request) -> httpx.AsyncClient:
    return request.app.state.users_client  # one pooled client per process, opened at startup


UsersClient = Annotated[httpx.AsyncClient, Depends(users_client)]


@orders_app.post("/orders", status_code=status.HTTP_201_CREATED)
async def place_order(order: OrderIn, users: UsersClient, x_request_id: RequestId) -> dict:
    forward = {"x-request-id": x_request_id}
    try:
        upstream = await users.get(f"/users/{order.user_id}", headers=forward)
        if upstream.is_server_error:
            upstream.raise_for_status()
    except httpx.HTTPError as error:  # refused, timed out or a 5xx: a clear 503, not a bare 500
        detail, retry = "users-service unavailable", {"Retry-After": "5"}
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, detail, retry) from error
    if upstream.status_code == status.HTTP_404_NOT_FOUND:  # here it means bad input: 422
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "unknown user_id")
    upstream.raise_for_status()  # any other 4xx is a bug in orders itself: it surfaces as a 500
    return {"sku": order.sku, "customer": Customer.model_validate(upstream.json()).model_dump()}


def refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


async def order(client: httpx.AsyncClient, user_id: int) -> httpx.Response:
    body, headers = {"user_id": user_id, "sku": "pen"}, {"x-request-id": f"req-{user_id}"}
    response = await client.post("/orders", json=body, headers=headers)
    print(f"POST /orders user_id={user_id} -> {response.status_code} {response.json()}")
    return response


async def main() -> None:
    to_users = httpx.ASGITransport(app=users_app)  # production: the real URL, from settings
    orders_app.state.users_client = httpx.AsyncClient(transport=to_users, base_url="http://users")
    transport = httpx.ASGITransport(app=orders_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://orders") as client:
        assert (await order(client, 1)).status_code == status.HTTP_201_CREATED
        assert (await order(client, 99)).status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
        print("-- users-service goes down (the injected client is swapped)")
        down = httpx.AsyncClient(transport=httpx.MockTransport(refuse), base_url="http://users")
        orders_app.dependency_overrides[users_client] = lambda: down
        response = await order(client, 1)
        print("  Retry-After:", response.headers["retry-after"])
        assert response.status_code == status.HTTP_503_SERVICE_UNAVAILABLE


if __name__ == "__main__":
    asyncio.run(main())
