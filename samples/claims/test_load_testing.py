"""Claims made on content/questions/load-testing/; each fails if a release changes them."""

import threading

import anyio
import anyio.to_thread
from asgi import call
from fastapi import FastAPI, HTTPException, status
from sqlalchemy import create_engine
from sqlalchemy.pool import QueuePool

PAGE = "load-testing"


def test_plain_def_endpoints_run_in_a_worker_thread() -> None:
    """FastAPI runs a plain `def` endpoint in a thread pool, not on the event loop's thread."""
    app = FastAPI()
    seen: list[int] = []

    @app.get("/sync")
    def sync_endpoint() -> None:
        seen.append(threading.get_ident())

    call(app, "GET", "/sync")
    assert seen and seen[0] != threading.get_ident()


def test_anyio_default_thread_limit_is_40() -> None:
    """AnyIO's default thread limiter, which that pool uses, allows 40 threads."""

    async def limit() -> float:
        return anyio.to_thread.current_default_thread_limiter().total_tokens

    assert anyio.run(limit) == 40


def test_sqlalchemy_default_pool_is_5_plus_10_overflow_with_a_30_second_wait() -> None:
    """create_engine's default pool (a QueuePool for a database file or server) keeps 5
    connections, allows 10 more as overflow, and makes a caller wait up to 30 s for one."""
    engine = create_engine("sqlite:///never-opened.db")  # no connection is made here
    assert isinstance(engine.pool, QueuePool)
    assert engine.pool.size() == 5
    assert engine.pool._max_overflow == 10
    assert engine.pool.timeout() == 30


def test_http_exception_sends_retry_after_on_503() -> None:
    """An HTTPException raised with headers sends them, so a shed request can say when to retry."""
    app = FastAPI()

    @app.get("/busy")
    async def busy() -> None:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, headers={"Retry-After": "1"})

    response = call(app, "GET", "/busy")
    assert response.status_code == 503
    assert response.headers["retry-after"] == "1"
