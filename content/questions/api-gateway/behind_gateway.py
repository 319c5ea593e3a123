# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""A service behind a gateway that strips a path prefix: links break until root_path is set."""

import asyncio
from typing import Annotated

import httpx
from fastapi import FastAPI, Header, Request, status

app = FastAPI()  # the service only knows its own routes: /orders/{order_id}


@app.get("/orders/{order_id}", name="get_order")
async def get_order(
    order_id: int, request: Request, x_forwarded_for: Annotated[str | None, Header()] = None
) -> dict[str, str | None]:
    return {
        "self": str(request.url_for("get_order", order_id=order_id)),
        "forwarded_for": x_forwarded_for,  # set by the gateway; trust it only from the gateway
    }


async def call_through_gateway(root_path: str) -> dict[str, str | None]:
    # The gateway owns https://api.example.com/shop/*, strips "/shop" and forwards the rest.
    # root_path is what the ASGI server is told (uvicorn/fastapi run --root-path /shop).
    transport = httpx.ASGITransport(app=app, root_path=root_path)
    async with httpx.AsyncClient(
        transport=transport, base_url="https://api.example.com"
    ) as upstream:
        r = await upstream.get("/orders/7", headers={"X-Forwarded-For": "203.0.113.9"})
        assert r.status_code == status.HTTP_200_OK
        return r.json()


async def main() -> None:
    print("client: GET https://api.example.com/shop/orders/7")
    print("gateway -> service: GET /orders/7, X-Forwarded-For: 203.0.113.9")

    unaware = await call_through_gateway(root_path="")
    print("without root path:", unaware)
    assert unaware["self"] == "https://api.example.com/orders/7"  # a public URL that 404s

    aware = await call_through_gateway(root_path="/shop")
    print("with --root-path /shop:", aware)
    assert aware["self"] == "https://api.example.com/shop/orders/7"
    assert aware["forwarded_for"] == "203.0.113.9"


if __name__ == "__main__":
    asyncio.run(main())
