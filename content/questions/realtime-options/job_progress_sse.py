# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi>=0.135", "httpx"]
# ///
"""Server-Sent Events for job progress, including a resume with Last-Event-ID."""

import asyncio
from collections.abc import AsyncIterable
from typing import Annotated

import httpx
from fastapi import FastAPI, Header
from fastapi.sse import EventSourceResponse, ServerSentEvent
from pydantic import BaseModel


class Progress(BaseModel):
    job_id: str
    pct: int


app = FastAPI()
STEPS = [0, 25, 50, 75, 100]  # stands in for a job that reports progress


@app.get("/jobs/{job_id}/events", response_class=EventSourceResponse)
async def job_events(
    job_id: str, last_event_id: Annotated[int | None, Header()] = None
) -> AsyncIterable[ServerSentEvent]:
    start = 0 if last_event_id is None else last_event_id + 1
    for seq in range(start, len(STEPS)):
        yield ServerSentEvent(
            id=str(seq), event="progress", data=Progress(job_id=job_id, pct=STEPS[seq])
        )
    yield ServerSentEvent(event="done", raw_data="finished")  # client calls close()


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.get("/jobs/j1/events")
        print("GET /jobs/j1/events ->", response.status_code)
        for name in ("content-type", "cache-control", "x-accel-buffering"):
            print(f"{name}: {response.headers[name]}")
        print(response.text)
        assert response.headers["content-type"].startswith("text/event-stream")
        assert response.text.count("event: progress") == len(STEPS)

        # The connection dropped after event 2; the client reconnects and says so.
        resumed = await client.get("/jobs/j1/events", headers={"Last-Event-ID": "2"})
        print("GET /jobs/j1/events (Last-Event-ID: 2) ->", resumed.status_code)
        print(resumed.text)
        assert "id: 2\n" not in resumed.text and "id: 3\n" in resumed.text


if __name__ == "__main__":
    asyncio.run(main())
