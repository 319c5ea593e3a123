# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Overload: shed excess requests with a fast 503, or queue them with Depends(max_concurrency)."""

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse

work_done = asyncio.Event()  # stands in for slow downstream work; burst() releases it
running = {"now": 0, "peak": 0}


async def slow_report() -> dict[str, str]:
    running["now"] += 1
    running["peak"] = max(running["peak"], running["now"])
    await work_done.wait()
    running["now"] -= 1
    return {"report": "ready"}


class ShedLoad:
    """Pure ASGI middleware: at most `limit` requests in flight; the rest get a 503 at once."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit, self.in_flight = app, limit, 0

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if self.in_flight >= self.limit:
            busy = JSONResponse({"detail": "overloaded"}, 503, {"Retry-After": "1"})
            return await busy(scope, receive, send)
        self.in_flight += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1


shedding = FastAPI()
shedding.add_middleware(ShedLoad, limit=2)
shedding.get("/report")(slow_report)


async def db_session() -> AsyncIterator[None]:  # holds its slot until the code after yield runs
    yield


queueing = FastAPI()  # since FastAPI 0.163: calls beyond 2 wait for a slot instead of failing
Session = Annotated[None, Depends(db_session, max_concurrency=2)]


@queueing.get("/report")
async def queued_report(session: Session) -> dict[str, str]:
    return await slow_report()


async def burst(app: FastAPI, name: str) -> None:
    work_done.clear()
    running["peak"] = 0
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        calls = [asyncio.create_task(client.get("/report")) for _ in range(4)]
        for _ in range(100):  # let every request reach the app while the work is still pending
            await asyncio.sleep(0)
        early = [call.result().status_code for call in calls if call.done()]
        work_done.set()
        final = [(await call).status_code for call in calls]
    print(f"{name}: answered at once {early}, at most {running['peak']} working, final {final}")


async def main() -> None:
    await burst(shedding, "shedding")
    await burst(queueing, "queueing")


if __name__ == "__main__":
    asyncio.run(main())
