# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""The order of a graceful shutdown as Uvicorn 0.55 runs it, modelled in-process on a real app."""

import asyncio
from contextlib import asynccontextmanager

import httpx
from fastapi import BackgroundTasks, FastAPI

GRACEFUL_TIMEOUT = 0.3  # seconds; Uvicorn's --timeout-graceful-shutdown (its default is no limit)


@asynccontextmanager
async def lifespan(app: FastAPI):
    print("lifespan startup: database pool opened")
    yield
    print("lifespan shutdown: database pool closed")


app = FastAPI(lifespan=lifespan)


async def email_receipt(order_id: int) -> None:
    await asyncio.sleep(0.05)
    print(f"  order {order_id}: background task sent the receipt")


@app.post("/orders/{order_id}")
async def place_order(order_id: int, work: float, tasks: BackgroundTasks) -> dict[str, int]:
    try:
        await asyncio.sleep(work)  # a slow payment call
    except asyncio.CancelledError:
        print(f"  order {order_id}: cancelled in the middle of the payment call")
        raise
    print(f"  order {order_id}: paid, response sent")
    tasks.add_task(email_receipt, order_id)
    return {"order": order_id}


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    client = httpx.AsyncClient(transport=transport, base_url="http://test")
    async with client, app.router.lifespan_context(app):  # startup, then shutdown, as a server
        requests = {
            asyncio.create_task(client.post(f"/orders/{order_id}", params={"work": work}))
            for order_id, work in [(1, 0.05), (2, 10.0)]
        }
        await asyncio.sleep(0.01)
        print(f"SIGTERM: listener closed, {len(requests)} requests in flight, waiting")
        finished, unfinished = await asyncio.wait(requests, timeout=GRACEFUL_TIMEOUT)
        print(f"drained: {len(finished)} finished; timeout: cancelling {len(unfinished)}")
        for task in unfinished:
            task.cancel()  # Uvicorn then answers 500 if the response had not started
    await asyncio.wait(unfinished)
    assert [t.result().status_code for t in finished] == [200]
    assert all(t.cancelled() for t in unfinished)


if __name__ == "__main__":
    asyncio.run(main())
