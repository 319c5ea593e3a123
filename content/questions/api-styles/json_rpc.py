# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""RPC style: a JSON-RPC 2.0 endpoint where every call, success or error, is POST /rpc -> 200."""

import asyncio
import json
from typing import Any

import httpx
from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from pydantic import ValidationError, validate_call

carts: dict[int, dict[str, int]] = {1: {}}


def add_item(cart_id: int, sku: str, quantity: int = 1) -> dict[str, int]:
    cart = carts[cart_id]
    cart[sku] = cart.get(sku, 0) + quantity
    return cart


def get_cart(cart_id: int) -> dict[str, int]:
    return carts[cart_id]


# validate_call checks each call's params against the method's type hints
METHODS = {f.__name__: validate_call(f) for f in (add_item, get_cart)}


def error(request_id: Any, code: int, message: str) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "error": {"code": code, "message": message}, "id": request_id}


def handle(call: Any) -> dict[str, Any] | None:
    if not isinstance(call, dict) or call.get("jsonrpc") != "2.0":
        return error(None, -32600, "Invalid Request")
    if not isinstance(call.get("method"), str):  # the spec requires a string method name
        return error(call.get("id"), -32600, "Invalid Request")
    func, params = METHODS.get(call["method"]), call.get("params", {})
    if func is None:
        reply = error(call.get("id"), -32601, "Method not found")
    else:
        try:
            result = func(**params) if isinstance(params, dict) else func(*params)
            reply = {"jsonrpc": "2.0", "result": result, "id": call.get("id")}
        except ValidationError:
            reply = error(call.get("id"), -32602, "Invalid params")
        except KeyError:  # codes outside -32768..-32000 are the application's own
            reply = error(call.get("id"), 404, "No such cart")
    return reply if "id" in call else None  # a notification (no id) never gets a reply


app = FastAPI()


@app.post("/rpc")
async def rpc(request: Request) -> Response:
    try:
        payload = json.loads(await request.body())
    except ValueError:
        return JSONResponse(error(None, -32700, "Parse error"))
    if isinstance(payload, list) and payload:  # a batch: one reply per call that has an id
        replies: Any = [reply for reply in map(handle, payload) if reply is not None]
    else:
        replies = handle(payload)
    return JSONResponse(replies) if replies else Response(status_code=204)


async def main() -> None:
    calls = [
        {"jsonrpc": "2.0", "method": "add_item", "params": {"cart_id": 1, "sku": "pen"}, "id": 1},
        {"jsonrpc": "2.0", "method": "remove_everything", "id": 2},
        {"jsonrpc": "2.0", "method": "add_item", "params": {"cart_id": "one"}, "id": 3},
        [
            {"jsonrpc": "2.0", "method": "add_item", "params": [1, "ink", 2]},
            {"jsonrpc": "2.0", "method": "get_cart", "params": [1], "id": "b"},
        ],
        {"jsonrpc": "2.0", "method": "add_item", "params": {"cart_id": 1, "sku": "pad"}},
        "{not json",
    ]
    transport = httpx.ASGITransport(app=app)
    json_type = {"Content-Type": "application/json"}
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for call in calls:
            body = call if isinstance(call, str) else json.dumps(call)
            r = await client.post("/rpc", content=body, headers=json_type)
            print(f"--> {body}\n<-- {r.status_code} {r.text or '(no body)'}\n")
    assert carts[1] == {"pen": 1, "ink": 2, "pad": 1}


if __name__ == "__main__":
    asyncio.run(main())
