# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx", "uvicorn"]
# ///
"""A service behind a gateway: the client address comes from Uvicorn's proxy-headers middleware."""

import asyncio

import httpx
import uvicorn
from fastapi import FastAPI, Request

GATEWAY = "10.0.0.2"  # the gateway's address on the private network
app = FastAPI()  # the service knows only its own routes: /orders/{order_id}


@app.get("/orders/{order_id}", name="get_order")
async def get_order(order_id: int, request: Request) -> dict[str, str]:
    client = request.client.host if request.client else "unknown"
    return {"client": client, "self": str(request.url_for("get_order", order_id=order_id))}


Reply = dict[str, str]


async def call(peer: str, forwarded_for: str, trusted: str, root_path: str = "/shop") -> Reply:
    # The app as `uvicorn main:app --forwarded-allow-ips <trusted> --root-path <root_path>` runs
    # it: load() wraps it in ProxyHeadersMiddleware, because proxy_headers is on by default.
    config = uvicorn.Config(app, forwarded_allow_ips=trusted, root_path=root_path)
    config.load()
    # The transport plays Uvicorn's HTTP layer: the TCP peer, and root_path put back on the path.
    transport = httpx.ASGITransport(config.loaded_app, root_path=root_path, client=(peer, 40000))
    headers = {"X-Forwarded-For": forwarded_for, "X-Forwarded-Proto": "https"}
    async with httpx.AsyncClient(transport=transport, base_url="http://api.example.com") as c:
        response = await c.get(f"{root_path}/orders/7", headers=headers)
    print(f"  peer {peer}, X-Forwarded-For: {forwarded_for} -> {response.json()}")
    return response.json()


async def main() -> None:
    # The client forged "X-Forwarded-For: 198.51.100.66"; the gateway appended the real address.
    chain = "198.51.100.66, 203.0.113.9"
    print("client -> gateway: GET https://api.example.com/shop/orders/7; gateway strips /shop")
    print("no --root-path: the self link misses /shop")
    body = await call(GATEWAY, chain, trusted=GATEWAY, root_path="")
    assert body["self"] == "https://api.example.com/orders/7"  # a public URL the gateway 404s

    print(f"--forwarded-allow-ips {GATEWAY} --root-path /shop: rightmost untrusted entry wins")
    body = await call(GATEWAY, chain, trusted=GATEWAY)
    assert body == {"client": "203.0.113.9", "self": "https://api.example.com/shop/orders/7"}

    print('--forwarded-allow-ips "*": the leftmost entry wins, which the client wrote')
    assert (await call(GATEWAY, chain, trusted="*"))["client"] == "198.51.100.66"

    print("a caller that reaches the service around the gateway: headers ignored")
    body = await call("198.51.100.66", "203.0.113.9", trusted=GATEWAY)
    assert body == {"client": "198.51.100.66", "self": "http://api.example.com/shop/orders/7"}


if __name__ == "__main__":
    asyncio.run(main())
