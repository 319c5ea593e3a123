"""Claims made on content/questions/task-queues/; each fails if a release changes it."""

from __future__ import annotations

import asyncio
import os
from typing import Any

from fastapi import BackgroundTasks, FastAPI, status

PAGE = "task-queues"


def test_background_tasks_run_in_the_api_process_after_the_response_is_sent() -> None:
    """FastAPI's BackgroundTasks run in the same process as the endpoint, and only after the
    last chunk of the response body has been sent."""
    events: list[str] = []
    app = FastAPI()

    def send_confirmation(order_id: int) -> None:
        events.append(f"task for order {order_id} in process {os.getpid()}")

    @app.post("/orders", status_code=status.HTTP_201_CREATED)
    async def create(tasks: BackgroundTasks) -> dict[str, int]:
        tasks.add_task(send_confirmation, 7)
        return {"id": 7}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.body" and not message.get("more_body"):
            events.append("response body sent")

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "path": "/orders",
        "raw_path": b"/orders",
        "query_string": b"",
        "root_path": "",
        "headers": [],
        "scheme": "http",
        "server": ("test", 80),
        "client": ("client", 1),
    }
    asyncio.run(app(scope, receive, send))
    assert events == ["response body sent", f"task for order 7 in process {os.getpid()}"]
