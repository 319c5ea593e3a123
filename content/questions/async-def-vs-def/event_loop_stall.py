# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Five concurrent requests per route: which handlers let the other requests proceed?"""

import asyncio
import threading
import time

import anyio.to_thread
import httpx
from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool

DELAY = 0.1  # seconds each handler waits; five run at once
LOOP_THREAD = threading.get_ident()  # asyncio.run() drives the event loop on this thread
PATHS = ["/async-time-sleep", "/async-await-sleep", "/def-time-sleep", "/async-offloaded"]
app = FastAPI()
handler_threads: dict[str, str] = {}


def note(path: str) -> None:
    on_loop = threading.get_ident() == LOOP_THREAD
    handler_threads[path] = "event loop" if on_loop else "worker thread"


@app.get("/async-time-sleep")
async def async_time_sleep() -> None:
    note("/async-time-sleep")
    time.sleep(DELAY)  # blocking call inside async def: nothing else can run meanwhile


@app.get("/async-await-sleep")
async def async_await_sleep() -> None:
    note("/async-await-sleep")
    await asyncio.sleep(DELAY)  # yields to the loop while waiting


@app.get("/def-time-sleep")
def def_time_sleep() -> None:
    note("/def-time-sleep")
    time.sleep(DELAY)  # blocking, but FastAPI already moved this function to a thread


@app.get("/async-offloaded")
async def async_offloaded() -> None:
    note("/async-offloaded")
    await run_in_threadpool(time.sleep, DELAY)  # the loop waits, other requests proceed


async def main() -> None:
    limiter = anyio.to_thread.current_default_thread_limiter()
    print("thread pool size (AnyIO default):", limiter.total_tokens)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for path in PATHS:
            start = time.perf_counter()
            responses = await asyncio.gather(*(client.get(path) for _ in range(5)))
            serialized = time.perf_counter() - start > 3 * DELAY  # 5 x DELAY if one at a time
            codes = [r.status_code for r in responses]
            print(
                f"5 x GET {path} -> {codes}; handler on: {handler_threads[path]};",
                "requests queued behind each other" if serialized else "requests overlapped",
            )
            expected = path == "/async-time-sleep"
            assert serialized == expected, f"{path}: handler on the {handler_threads[path]} thread"


if __name__ == "__main__":
    asyncio.run(main())
