# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Trace one successful request through middleware, dependencies, endpoint and cleanup."""

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated

import httpx
from fastapi import BackgroundTasks, Depends, FastAPI, Request, Response
from pydantic import BaseModel, field_serializer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

trace: list[str] = []
app = FastAPI()


class Item(BaseModel):
    id: int

    @field_serializer("id")
    def log_serialization(self, value: int) -> int:
        trace.append("response model serializes the return value")
        return value


@app.middleware("http")
async def timing(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    trace.append("http middleware: before call_next")
    response = await call_next(request)
    trace.append("http middleware: after call_next")
    return response


class ServerView:  # pure ASGI middleware, added last so outermost: it sees what the server gets
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def watched(message: Message) -> None:
            if message["type"] == "http.response.start":
                trace.append(f"server receives status {message['status']}")
            await send(message)

        await self.app(scope, receive, watched)


app.add_middleware(ServerView)


async def db_session() -> AsyncIterator[str]:
    trace.append("yield dependency, scope request: enter")
    yield "session"
    trace.append("yield dependency, scope request: exit")


async def row_lock() -> AsyncIterator[str]:
    trace.append("yield dependency, scope function: enter")
    yield "lock"
    trace.append("yield dependency, scope function: exit")


@app.put("/items/{item_id}")
async def put_item(
    item_id: int,
    session: Annotated[str, Depends(db_session)],
    lock: Annotated[str, Depends(row_lock, scope="function")],
    tasks: BackgroundTasks,
) -> Item:
    trace.append("endpoint runs")
    tasks.add_task(trace.append, "background task runs")
    return Item(id=item_id)


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.put("/items/7")
    print("PUT /items/7 ->", response.status_code, response.json())
    for step, event in enumerate(trace, 1):
        print(f"{step:2}. {event}")
    assert trace.index("server receives status 200") < trace.index("background task runs")
    assert trace[-1] == "yield dependency, scope request: exit"


if __name__ == "__main__":
    asyncio.run(main())
