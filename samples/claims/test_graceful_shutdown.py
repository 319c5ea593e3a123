"""Claims made on content/questions/graceful-shutdown/; each fails if a release changes them.

The Uvicorn behaviour the page describes (listener closed, drain, --timeout-graceful-shutdown,
lifespan shutdown last) was read from Uvicorn 0.55's server.py; the checks at the end run it on a
real server. Uvicorn is in the latest version set only, so they skip on the browser set.
"""

import asyncio
from contextlib import asynccontextmanager
from typing import Annotated

import pytest
from fastapi import BackgroundTasks, Depends, FastAPI

PAGE = "graceful-shutdown"


async def run_request(app: FastAPI, path: str, log: list[str]) -> None:
    """One raw ASGI request; records when the response ends and when the app call returns."""

    async def receive() -> dict:
        return {"type": "http.request", "body": b""}

    async def send(message: dict) -> None:
        if message["type"] == "http.response.body" and not message.get("more_body"):
            log.append("response body sent")

    scope = {"type": "http", "method": "GET", "path": path, "headers": [], "query_string": b""}
    await app(scope, receive, send)
    log.append("app call returned")


def test_background_tasks_run_inside_the_request_call() -> None:
    """BackgroundTasks run after the response is sent but before the ASGI call returns, so a server
    that waits for its request tasks at shutdown waits for them too."""
    log: list[str] = []
    app = FastAPI()

    async def receipt() -> None:
        await asyncio.sleep(0.01)
        log.append("background task done")

    @app.get("/order")
    async def order(tasks: BackgroundTasks) -> dict[str, bool]:
        tasks.add_task(receipt)
        return {"ok": True}

    asyncio.run(run_request(app, "/order", log))
    assert log == ["response body sent", "background task done", "app call returned"]


def test_yield_dependency_cleanup_also_runs_inside_the_call() -> None:
    """The exit code of a yield dependency runs after the response is sent, inside the same call."""
    log: list[str] = []
    app = FastAPI()

    async def session():
        yield "session"
        log.append("dependency closed")

    @app.get("/order")
    async def order(db: Annotated[str, Depends(session)]) -> dict[str, str]:
        return {"db": db}

    asyncio.run(run_request(app, "/order", log))
    assert log == ["response body sent", "dependency closed", "app call returned"]


def test_create_task_work_outlives_the_request_call() -> None:
    """A task started with asyncio.create_task is not part of the request: the ASGI call returns
    while it is still running, so no server waits for it at shutdown."""
    log: list[str] = []
    app = FastAPI()
    started: list[asyncio.Task] = []

    async def orphan() -> None:
        await asyncio.sleep(0.05)

    @app.get("/fire")
    async def fire() -> dict[str, bool]:
        started.append(asyncio.create_task(orphan()))
        return {"ok": True}

    async def scenario() -> None:
        await run_request(app, "/fire", log)
        assert not started[0].done()
        started[0].cancel()

    asyncio.run(scenario())
    assert log[-1] == "app call returned"


def test_lifespan_context_runs_startup_then_shutdown() -> None:
    """app.router.lifespan_context(app) runs the code before and after the lifespan's yield."""
    log: list[str] = []

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        log.append("startup")
        yield
        log.append("shutdown")

    app = FastAPI(lifespan=lifespan)

    async def scenario() -> None:
        async with app.router.lifespan_context(app):
            log.append("serving")

    asyncio.run(scenario())
    assert log == ["startup", "serving", "shutdown"]


def test_lifespan_shutdown_event_runs_the_teardown_over_asgi() -> None:
    """Over the ASGI lifespan protocol, lifespan.shutdown runs the teardown and the app answers
    lifespan.shutdown.complete: the message a server waits for before exiting."""
    log: list[str] = []

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        log.append("pool closed")

    app = FastAPI(lifespan=lifespan)

    async def scenario() -> list[str]:
        inbox: asyncio.Queue[dict] = asyncio.Queue()
        replies: list[str] = []
        for event in ("lifespan.startup", "lifespan.shutdown"):
            inbox.put_nowait({"type": event})

        async def send(message: dict) -> None:
            replies.append(message["type"])

        await app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}, inbox.get, send)
        return replies

    assert asyncio.run(scenario()) == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
    assert log == ["pool closed"]


def test_on_event_shutdown_is_deprecated_and_ignored_with_a_lifespan() -> None:
    """@app.on_event('shutdown') warns as deprecated, and its handler does not run once a
    lifespan is set."""
    import warnings

    log: list[str] = []

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        log.append("lifespan shutdown")

    app = FastAPI(lifespan=lifespan)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")

        @app.on_event("shutdown")
        async def old_hook() -> None:
            log.append("on_event shutdown")

    assert any(issubclass(w.category, DeprecationWarning) for w in caught)

    async def scenario() -> None:
        async with app.router.lifespan_context(app):
            pass

    asyncio.run(scenario())
    assert log == ["lifespan shutdown"]


# Uvicorn's side, on a real server (Uvicorn is in the latest version set only).


def shutdown_app(log: list[str]) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        log.append("lifespan shutdown")

    app = FastAPI(lifespan=lifespan)

    @app.get("/work")
    async def work(seconds: float) -> dict[str, bool]:
        await asyncio.sleep(seconds)
        log.append("request finished")
        return {"ok": True}

    return app


def test_uvicorn_graceful_timeout_has_no_default_limit() -> None:
    """Uvicorn's --timeout-graceful-shutdown defaults to None (no limit), and like every option it
    can also be set as UVICORN_TIMEOUT_GRACEFUL_SHUTDOWN."""
    uvicorn = pytest.importorskip("uvicorn")
    from uvicorn.main import main as cli

    assert uvicorn.Config(app=FastAPI(), log_config=None).timeout_graceful_shutdown is None
    option = next(p for p in cli.params if p.name == "timeout_graceful_shutdown")
    assert option.default is None and "--timeout-graceful-shutdown" in option.opts
    assert cli.context_settings["auto_envvar_prefix"] == "UVICORN"


def test_uvicorn_closes_the_listener_then_drains_then_runs_the_lifespan_shutdown() -> None:
    """On shutdown Uvicorn refuses new connections at once, lets the in-flight request finish
    (200), and only then runs the lifespan's code after yield."""
    pytest.importorskip("uvicorn")
    import httpx
    from live_uvicorn import can_connect, free_port, running

    log: list[str] = []

    async def scenario() -> int:
        port = free_port()
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            async with running(shutdown_app(log), port) as server:
                request = asyncio.create_task(client.get("/work", params={"seconds": 0.4}))
                await asyncio.sleep(0.1)
                server.should_exit = True  # what the SIGTERM handler does
                await asyncio.sleep(0.2)  # the main loop looks every 0.1 s
                log.append(f"new connection accepted: {await can_connect(port)}")
            return (await request).status_code

    assert asyncio.run(scenario()) == 200
    assert log == ["new connection accepted: False", "request finished", "lifespan shutdown"]


def test_uvicorn_cancels_what_outlives_the_graceful_timeout() -> None:
    """When the graceful timeout expires, Uvicorn cancels the request; one whose response had not
    started gets 500 with Connection: close, and the lifespan shutdown still runs."""
    pytest.importorskip("uvicorn")
    import httpx
    from live_uvicorn import free_port, running

    log: list[str] = []

    async def scenario() -> httpx.Response:
        port = free_port()
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            app = shutdown_app(log)
            async with running(app, port, timeout_graceful_shutdown=0.3) as server:
                request = asyncio.create_task(client.get("/work", params={"seconds": 30}))
                await asyncio.sleep(0.1)
                server.should_exit = True
            return await request

    response = asyncio.run(scenario())
    assert response.status_code == 500 and response.headers["connection"] == "close"
    assert log == ["lifespan shutdown"]


def test_a_second_ctrl_c_forces_exit_but_a_second_sigterm_does_not() -> None:
    """Uvicorn's signal handler only sets a flag; a second SIGINT sets force_exit (skip the wait
    and the lifespan shutdown), a second SIGTERM does not."""
    import signal

    uvicorn = pytest.importorskip("uvicorn")
    server = uvicorn.Server(uvicorn.Config(app=FastAPI(), log_config=None))
    server.handle_exit(signal.SIGTERM, None)
    server.handle_exit(signal.SIGTERM, None)
    assert server.should_exit and not server.force_exit
    server.handle_exit(signal.SIGINT, None)
    assert server.force_exit
