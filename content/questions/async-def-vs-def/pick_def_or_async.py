# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Choose def or async def by what the code inside the function waits on."""

import asyncio
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI
from fastapi.concurrency import run_in_threadpool

RATES = {"EUR": 1.08, "GBP": 1.27}
log: list[str] = []


def blocking_rate(currency: str) -> float:  # stands in for requests, boto3, a sync DB driver
    log.append("blocking call")
    return RATES[currency]


async def awaitable_rate(currency: str) -> float:  # stands in for httpx.AsyncClient, asyncpg
    await asyncio.sleep(0)  # a real client would wait on the network here
    log.append("awaited call")
    return RATES[currency]


def get_currency(currency: str) -> str:  # sync dependency: FastAPI runs it in the thread pool
    log.append("def dependency")
    return currency.upper()


Currency = Annotated[str, Depends(get_currency)]
app = FastAPI()


@app.get("/sync/{currency}")
def sync_route(code: Currency) -> dict[str, float]:
    return {code: blocking_rate(code)}  # def: the whole function runs off the event loop


@app.get("/async/{currency}")
async def async_route(code: Currency) -> dict[str, float]:
    return {code: await awaitable_rate(code)}  # yields to other requests while it waits


@app.get("/offloaded/{currency}")
async def offloaded_route(code: Currency) -> dict[str, float]:
    return {code: await run_in_threadpool(blocking_rate, code)}  # blocking call sent to a thread


@app.get("/wrong/{currency}")
async def wrong_route(code: Currency) -> dict[str, float]:
    return {code: blocking_rate(code)}  # right answer, but the event loop is stuck meanwhile


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for path in ["/sync/eur", "/async/eur", "/offloaded/eur", "/wrong/eur"]:
            log.clear()
            response = await client.get(path)
            print(f"GET {path} -> {response.status_code} {response.text} ran: {', '.join(log)}")
            assert response.json() == {"EUR": 1.08}  # a functional test cannot tell them apart


if __name__ == "__main__":
    asyncio.run(main())
