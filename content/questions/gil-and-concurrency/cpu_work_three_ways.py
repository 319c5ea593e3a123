# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""One CPU-bound job on the event loop, in FastAPI's thread pool, in a process pool: can the
same worker answer /health while the job runs?"""

import asyncio
import multiprocessing
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from contextlib import asynccontextmanager, contextmanager

import anyio.to_thread
import httpx
from fastapi import FastAPI

LIMIT = 60_000
job = {"running": False}


def count_primes(limit: int) -> tuple[int, str]:
    """Pure-Python CPU work that also reports where it ran."""
    found = sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))
    if multiprocessing.parent_process():  # None in the main process
        return found, "another process"
    on_loop_thread = threading.current_thread() is threading.main_thread()  # asyncio.run() there
    return found, "the event loop" if on_loop_thread else "a worker thread"


@asynccontextmanager
async def lifespan(app: FastAPI):
    # Made at startup, not at import: with forkserver or spawn, each child imports this module.
    with ProcessPoolExecutor(max_workers=1) as pool:
        app.state.pool = pool
        yield


app = FastAPI(lifespan=lifespan)


@contextmanager
def running():
    job["running"] = True
    yield
    job["running"] = False


@app.get("/on-loop")
async def on_loop() -> tuple[int, str]:
    with running():
        return count_primes(LIMIT)  # no await: nothing else on this loop runs meanwhile


@app.get("/in-thread")
def in_thread() -> tuple[int, str]:  # a def endpoint: FastAPI runs it in its thread pool
    with running():
        return count_primes(LIMIT)


@app.get("/in-process")
async def in_process() -> tuple[int, str]:
    with running():
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(app.state.pool, count_primes, LIMIT)


@app.get("/health")
async def health() -> dict[str, bool]:
    return {"job_running": job["running"]}


async def main() -> None:
    gil = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True  # 3.13+
    threads = anyio.to_thread.current_default_thread_limiter().total_tokens
    print(f"GIL enabled: {gil}; switch interval: {sys.getswitchinterval()} s; pool: {threads}")
    transport = httpx.ASGITransport(app=app)  # runs no lifespan, so main() enters it
    async with lifespan(app), httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        for path in ["/on-loop", "/in-thread", "/in-process"]:
            work = asyncio.create_task(client.get(path))
            while not job["running"] and not work.done():
                await asyncio.sleep(0.001)  # until the job has started (or already finished)
            during = (await client.get("/health")).json()["job_running"]
            found, where = (await work).json()
            print(f"GET {path}: {found} primes in {where}; /health answered mid-job: {during}")
            assert during == (path != "/on-loop")


if __name__ == "__main__":
    asyncio.run(main())
