# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""A sync wrapper around an async endpoint finishes before the endpoint starts; await it instead."""

import asyncio
import functools
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

import httpx
from fastapi import FastAPI

P = ParamSpec("P")
R = TypeVar("R")
events: list[str] = []


def logged_sync(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        events.append("wrapper: before")
        result = func(*args, **kwargs)  # for an async def this only creates a coroutine
        events.append(f"wrapper: after, holding a {type(result).__name__}")
        return result

    return wrapper


def audited(action: str) -> Callable[[Callable[P, Awaitable[R]]], Callable[P, Awaitable[R]]]:
    def decorator(func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
        @functools.wraps(func)
        async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            events.append(f"audit {action}: before")
            result = await func(*args, **kwargs)  # the endpoint really runs here
            events.append(f"audit {action}: after")
            return result

        return wrapper

    return decorator


app = FastAPI()


@app.post("/sync-wrapped/{invoice_id}")
@logged_sync
async def refund_a(invoice_id: int) -> dict[str, int]:
    events.append("endpoint body")
    return {"refunded": invoice_id}


@app.post("/audited/{invoice_id}")
@audited("refund")  # a decorator with an argument is a factory that returns the decorator
async def refund_b(invoice_id: int) -> dict[str, int]:
    events.append("endpoint body")
    return {"refunded": invoice_id}


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        orders: dict[str, list[str]] = {}
        for url in ("/sync-wrapped/7", "/audited/7"):
            events.clear()
            response = await client.post(url)
            print(f"POST {url} -> {response.status_code} {response.json()}")
            print("   order:", " | ".join(events))
            orders[url] = events.copy()
    assert orders["/sync-wrapped/7"][-1] == "endpoint body"  # after the wrapper had returned
    assert orders["/audited/7"] == ["audit refund: before", "endpoint body", "audit refund: after"]


if __name__ == "__main__":
    asyncio.run(main())
