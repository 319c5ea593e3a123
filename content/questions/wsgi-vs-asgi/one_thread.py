# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""Why ASGI exists: while one request waits on I/O, the same thread serves the others."""

import asyncio
import threading
import time

log: list[str] = []


def wsgi_app(environ: dict, start_response) -> list[bytes]:
    log.append(f"start {environ['PATH_INFO']}")
    time.sleep(0.02)  # a blocking database call: this thread can do nothing else meanwhile
    log.append(f"end {environ['PATH_INFO']}")
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"done"]


async def asgi_app(scope: dict, receive, send) -> None:
    log.append(f"start {scope['path']}")
    await asyncio.sleep(0.03 - 0.01 * int(scope["path"][-1]))  # awaiting I/O frees the thread
    log.append(f"end {scope['path']} on {threading.current_thread().name}")
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"done"})


async def main() -> None:
    paths = ["/r1", "/r2", "/r3"]
    for path in paths:  # one worker thread: a WSGI server calls the app and waits for it
        wsgi_app({"PATH_INFO": path}, lambda status, headers: None)
    print("WSGI, one thread:", log)
    wsgi_order, log[:] = list(log), []

    async def receive() -> dict:
        return {"type": "http.request", "body": b""}

    async def send(message: dict) -> None:
        pass  # a server would write these bytes to the socket

    await asyncio.gather(*(asgi_app({"type": "http", "path": p}, receive, send) for p in paths))
    print("ASGI, one event loop:", log)
    assert wsgi_order[:2] == ["start /r1", "end /r1"]  # strictly one after another
    assert log[:3] == ["start /r1", "start /r2", "start /r3"]  # all three in progress at once


if __name__ == "__main__":
    asyncio.run(main())
