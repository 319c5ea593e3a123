# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Which layers run when a request fails: bad JSON, a bad field, HTTPException, an unhandled bug."""

import asyncio
from collections.abc import Awaitable, Callable
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, Header, HTTPException, Request, Response, status
from pydantic import BaseModel

trace: list[str] = []
app = FastAPI()


@app.middleware("http")
async def log_requests(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    try:
        response = await call_next(request)
    except Exception as exc:  # an unhandled error arrives here as an exception, not a 500
        trace.append(f"middleware saw {type(exc).__name__}")
        raise
    trace.append(f"middleware saw status {response.status_code}")
    return response


async def current_user(x_token: Annotated[str, Header()]) -> str:
    trace.append("auth dependency ran")
    return x_token


class Order(BaseModel):
    quantity: int


@app.post("/orders/{order_id}")
async def update(
    order_id: int, order: Order, user: Annotated[str, Depends(current_user)]
) -> dict[str, int]:
    trace.append("endpoint ran")
    if order_id == 404:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such order")
    if order_id == 500:
        raise RuntimeError("bug in the endpoint")
    return {"order": order_id, "quantity": order.quantity}


async def main() -> None:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    headers = {"X-Token": "t-ann", "Content-Type": "application/json"}
    cases = [
        ("/orders/1", '{"quantity": 2'),  # malformed JSON
        ("/orders/1", '{"quantity": "two"}'),  # well-formed, but a field is invalid
        ("/orders/404", '{"quantity": 2}'),
        ("/orders/500", '{"quantity": 2}'),
    ]
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for url, body in cases:
            trace.clear()
            response = await client.post(url, content=body, headers=headers)
            detail = response.json()["detail"] if response.status_code != 500 else response.text
            kind = detail[0]["type"] if isinstance(detail, list) else detail
            print(f"POST {url} {body} -> {response.status_code} {kind}")
            print("    ", " | ".join(trace))
            if body == '{"quantity": "two"}':
                assert "auth dependency ran" in trace  # dependencies ran before the 422
    assert trace == ["auth dependency ran", "endpoint ran", "middleware saw RuntimeError"]


if __name__ == "__main__":
    asyncio.run(main())
