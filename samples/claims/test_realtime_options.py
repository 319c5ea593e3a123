"""Claims made on content/questions/realtime-options/; each fails if a release changes them."""

import asyncio
from collections.abc import AsyncIterable
from importlib.metadata import version
from typing import Annotated

import pytest
from asgi import call
from fastapi import FastAPI, Header
from fastapi import routing as fastapi_routing
from fastapi import sse as fastapi_sse
from fastapi.sse import EventSourceResponse, ServerSentEvent
from pydantic import BaseModel

PAGE = "realtime-options"


class Progress(BaseModel):
    pct: int


def test_native_sse_since_0_135() -> None:
    """FastAPI ships fastapi.sse (EventSourceResponse, ServerSentEvent) since 0.135.0."""
    major, minor = (int(part) for part in version("fastapi").split(".")[:2])
    assert (major, minor) >= (0, 135)
    assert EventSourceResponse.media_type == "text/event-stream"


def test_headers_and_wire_format() -> None:
    """FastAPI sets Cache-Control: no-cache and X-Accel-Buffering: no; models and plain values
    become JSON data lines (a plain string quoted), raw_data is sent as is, event/id as given."""
    app = FastAPI()

    @app.get("/events", response_class=EventSourceResponse)
    async def events() -> AsyncIterable[object]:
        yield Progress(pct=50)
        yield "hello"
        yield ServerSentEvent(id="7", event="progress", data={"pct": 100})
        yield ServerSentEvent(event="done", raw_data="finished")

    response = call(app, "GET", "/events")
    assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
    assert response.headers["cache-control"] == "no-cache"
    assert response.headers["x-accel-buffering"] == "no"
    blocks = response.text.split("\n\n")
    assert blocks[0] == 'data: {"pct":50}'
    assert blocks[1] == 'data: "hello"'
    assert "event: progress" in blocks[2] and "id: 7" in blocks[2]
    assert blocks[3] == "event: done\ndata: finished"


def test_last_event_id_header_reaches_a_header_parameter() -> None:
    """A reconnecting client's Last-Event-ID arrives in a last_event_id header parameter."""
    app = FastAPI()

    @app.get("/events", response_class=EventSourceResponse)
    async def events(
        last_event_id: Annotated[int | None, Header()] = None,
    ) -> AsyncIterable[ServerSentEvent]:
        start = 0 if last_event_id is None else last_event_id + 1
        for seq in range(start, 4):
            yield ServerSentEvent(id=str(seq), data=seq)

    resumed = call(app, "GET", "/events", headers={"Last-Event-ID": "2"}).text
    assert "id: 2\n" not in resumed and "id: 3\n" in resumed


def test_sse_works_on_a_post_route_with_a_json_body() -> None:
    """EventSourceResponse is not tied to GET: a POST with a validated body can stream events."""

    class Prompt(BaseModel):
        text: str

    app = FastAPI()

    @app.post("/completions", response_class=EventSourceResponse)
    async def complete(prompt: Prompt) -> AsyncIterable[ServerSentEvent]:
        for token in prompt.text.split():
            yield ServerSentEvent(event="token", data=token)

    response = call(app, "POST", "/completions", json={"text": "hello there"})
    assert response.headers["content-type"].startswith("text/event-stream")
    assert response.text.count("event: token") == 2


def test_idle_stream_gets_a_ping_comment(monkeypatch: pytest.MonkeyPatch) -> None:
    """FastAPI sends a ': ping' comment when the generator is idle for 15 s (shortened here)."""
    assert fastapi_sse._PING_INTERVAL == 15.0
    monkeypatch.setattr(fastapi_routing, "_PING_INTERVAL", 0.01)
    app = FastAPI()

    @app.get("/slow", response_class=EventSourceResponse)
    async def slow() -> AsyncIterable[str]:
        await asyncio.sleep(0.1)
        yield "late"

    assert ": ping\n\n" in call(app, "GET", "/slow").text


def test_server_sent_event_comment_is_a_colon_line() -> None:
    """`ServerSentEvent(comment=...)` writes a line starting with a colon, which clients ignore."""
    app = FastAPI()

    @app.get("/events", response_class=EventSourceResponse)
    async def events() -> AsyncIterable[ServerSentEvent]:
        yield ServerSentEvent(comment="keep-alive")
        yield ServerSentEvent(data=1, retry=5000)

    blocks = call(app, "GET", "/events").text.split("\n\n")
    assert blocks[0] == ": keep-alive"
    assert "retry: 5000" in blocks[1]


def test_anyio_default_worker_threads_is_40() -> None:
    """A blocking `def` generator holds one of AnyIO's worker threads, 40 by default."""
    import anyio.to_thread

    async def total() -> float:
        return anyio.to_thread.current_default_thread_limiter().total_tokens

    assert asyncio.run(total()) == 40


def test_a_plain_def_generator_is_iterated_on_a_worker_thread() -> None:
    """A sync generator behind EventSourceResponse runs in the thread pool, not the event loop."""
    import threading
    from collections.abc import Iterator

    threads: list[str] = []
    app = FastAPI()

    @app.get("/events", response_class=EventSourceResponse)
    def events() -> Iterator[int]:
        threads.append(threading.current_thread().name)
        yield 1

    assert call(app, "GET", "/events").text.startswith("data: 1")
    assert threads and threads[0] != threading.main_thread().name
