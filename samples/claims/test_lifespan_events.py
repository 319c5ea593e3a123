"""Claims made on content/questions/lifespan-events/; each fails if a release changes them."""

import asyncio
import inspect
import subprocess
import sys
import warnings
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, TypedDict

import pytest
from asgi import call
from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import FastAPIError
from starlette.applications import Starlette
from versions import release

PAGE = "lifespan-events"


async def run_lifespan(app: Any, scope: dict[str, Any]) -> list[str]:
    """Sends startup, then shutdown if startup completed; returns the reply types."""
    inbox: asyncio.Queue[dict[str, str]] = asyncio.Queue()
    outbox: asyncio.Queue[dict[str, str]] = asyncio.Queue()
    task = asyncio.create_task(app({"type": "lifespan", **scope}, inbox.get, outbox.put))
    await inbox.put({"type": "lifespan.startup"})
    replies = [(await outbox.get())["type"]]
    if replies == ["lifespan.startup.complete"]:
        await inbox.put({"type": "lifespan.shutdown"})
        replies.append((await outbox.get())["type"])
    await asyncio.gather(task, return_exceptions=True)
    return replies


def logging_lifespan(log: list[str], name: str, state: dict[str, Any]) -> Any:
    @asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[dict[str, Any]]:
        log.append(f"{name} start")
        yield state
        log.append(f"{name} stop")

    return lifespan


def test_lifespan_runs_both_halves_and_yields_state() -> None:
    """Code before `yield` runs at startup, after it at shutdown; the yielded dict is the
    lifespan state the server passes on to requests."""
    log: list[str] = []
    app = FastAPI(lifespan=logging_lifespan(log, "app", {"client": "pool"}))
    scope: dict[str, Any] = {"state": {}}
    replies = asyncio.run(run_lifespan(app, scope))
    assert replies == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
    assert log == ["app start", "app stop"] and scope["state"] == {"client": "pool"}


def test_on_event_is_deprecated_and_skipped_when_a_lifespan_is_set() -> None:
    """`@app.on_event` warns with DeprecationWarning and does not run once `lifespan` is given;
    Starlette 1.0 removed `on_event`, `on_startup` and `on_shutdown`."""
    log: list[str] = []
    app = FastAPI(lifespan=logging_lifespan(log, "app", {}))
    with pytest.warns(DeprecationWarning):

        @app.on_event("startup")
        async def old_hook() -> None:
            log.append("on_event")

    asyncio.run(run_lifespan(app, {"state": {}}))
    assert log == ["app start", "app stop"]
    assert release("starlette") >= (1, 0) and not hasattr(Starlette, "on_event")
    assert "on_startup" not in inspect.signature(Starlette).parameters


def test_state_needs_a_server_that_supports_it() -> None:
    """Yielding state to a server that sends no `state` in the lifespan scope fails startup."""
    app = FastAPI(lifespan=logging_lifespan([], "app", {"client": "pool"}))
    assert asyncio.run(run_lifespan(app, {})) == ["lifespan.startup.failed"]


def test_an_exception_before_yield_fails_startup() -> None:
    """An exception before `yield` makes the app answer `lifespan.startup.failed`."""

    @asynccontextmanager
    async def broken(app: FastAPI) -> AsyncIterator[None]:
        raise RuntimeError("missing secret")
        yield

    assert asyncio.run(run_lifespan(FastAPI(lifespan=broken), {"state": {}})) == [
        "lifespan.startup.failed"
    ]


def test_router_lifespans_merge_but_mounted_ones_never_run() -> None:
    """An `APIRouter(lifespan=...)` is merged into the app's on `include_router`, states
    combined; a mounted app's lifespan does not run."""
    log: list[str] = []
    app = FastAPI(lifespan=logging_lifespan(log, "app", {"a": 1}))
    app.include_router(APIRouter(lifespan=logging_lifespan(log, "router", {"b": 2})))
    app.mount("/sub", FastAPI(lifespan=logging_lifespan(log, "mounted", {"c": 3})))
    scope: dict[str, Any] = {"state": {}}
    asyncio.run(run_lifespan(app, scope))
    assert log == ["app start", "router start", "router stop", "app stop"]
    assert scope["state"] == {"a": 1, "b": 2}


def test_asgi_transport_sends_no_lifespan_events() -> None:
    """Through `httpx.ASGITransport` alone the lifespan never runs."""
    log: list[str] = []
    app = FastAPI(lifespan=logging_lifespan(log, "app", {}))

    @app.get("/")
    async def root() -> str:
        return "ok"

    assert call(app, "GET", "/").json() == "ok" and log == []


def test_state_reads_like_a_mapping_but_request_generic_is_refused() -> None:
    """Since Starlette 0.52 `request.state["x"]` works; FastAPI 0.165 refuses a path operation
    annotated `request: Request[State]`."""
    assert release("starlette") >= (0, 52)
    app = FastAPI()

    @app.get("/")
    async def root(request: Request) -> str:
        return request.state["greeting"] + request.state.greeting

    async def with_state(scope: Any, receive: Any, send: Any) -> None:
        await app({**scope, "state": {"greeting": "hi"}}, receive, send)

    assert call(with_state, "GET", "/").json() == "hihi"

    class State(TypedDict):
        greeting: str

    with pytest.raises(FastAPIError):

        @app.get("/typed")
        async def typed(request: Request[State]) -> str:  # type: ignore[type-arg]
            return request.state["greeting"]


def test_test_client_runs_the_lifespan_only_inside_with() -> None:
    """`TestClient(app)` without `with` never starts the app; inside `with` both halves run."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the httpx2 deprecation, checked separately below
        from fastapi.testclient import TestClient

    log: list[str] = []
    app = FastAPI(lifespan=logging_lifespan(log, "app", {}))

    @app.get("/")
    async def root() -> str:
        return "ok"

    assert TestClient(app).get("/").json() == "ok" and log == []
    with TestClient(app) as client:
        client.get("/")
        assert log == ["app start"]
    assert log == ["app start", "app stop"]


def test_test_client_warns_without_httpx2() -> None:
    """Since Starlette 1.2.0, importing the test client with only `httpx` installed emits a
    StarletteDeprecationWarning that recommends `httpx2`."""
    assert release("starlette") >= (1, 2)
    probe = (
        "import sys, warnings\n"
        "sys.modules['httpx2'] = None  # as if only httpx were installed\n"
        "warnings.simplefilter('always')\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    import starlette.testclient\n"
        "print([type(w.message).__name__ + ': ' + str(w.message) for w in caught])\n"
    )
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout
    assert "StarletteDeprecationWarning" in output and "httpx2" in output


def test_uvicorn_drains_requests_and_background_tasks_before_lifespan_shutdown() -> None:
    """Uvicorn 0.55 waits for running requests, including a background task that runs after the
    response, before it sends lifespan.shutdown; --timeout-graceful-shutdown has no default."""
    uvicorn = pytest.importorskip("uvicorn")
    import httpx
    from fastapi import BackgroundTasks
    from live_uvicorn import free_port, running

    assert uvicorn.Config(FastAPI(), log_config=None).timeout_graceful_shutdown is None
    log: list[str] = []

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        log.append("lifespan shutdown")

    app = FastAPI(lifespan=lifespan)

    async def slow_follow_up() -> None:
        await asyncio.sleep(0.4)
        log.append("background task finished")

    @app.post("/orders")
    async def place(tasks: BackgroundTasks) -> str:
        tasks.add_task(slow_follow_up)
        return "accepted"

    async def scenario() -> None:
        port = free_port()
        async with running(app, port) as server:
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
                assert (await client.post("/orders")).json() == "accepted"
            log.append("response received")
            server.should_exit = True  # what SIGTERM does

    asyncio.run(scenario())
    assert log == ["response received", "background task finished", "lifespan shutdown"]


def test_each_request_gets_a_shallow_copy_of_the_state() -> None:
    """Uvicorn copies the lifespan state per request: rebinding a name on request.state stays in
    that request, while the objects inside are shared."""
    pytest.importorskip("uvicorn")
    from asgi import _CapturingTransport
    from uvicorn.config import Config
    from uvicorn.protocols.http.h11_impl import H11Protocol
    from uvicorn.server import ServerState

    shared: dict[str, Any] = {"client": object(), "label": "original"}
    seen: list[tuple[bool, str]] = []
    app = FastAPI()

    @app.get("/")
    async def root(request: Request) -> str:
        seen.append((request.state.client is shared["client"], request.state.label))
        request.state.label = "changed by a request"
        return "ok"

    async def two_requests() -> None:
        for _ in range(2):
            protocol = H11Protocol(Config(app, log_config=None), ServerState(), app_state=shared)
            protocol.connection_made(_CapturingTransport())
            protocol.data_received(b"GET / HTTP/1.1\r\nhost: test\r\n\r\n")
            for _ in range(20):
                await asyncio.sleep(0)

    asyncio.run(two_requests())
    assert seen == [(True, "original"), (True, "original")]
    assert shared["label"] == "original"


def test_asgi_lifespan_hands_every_request_the_same_state_dict() -> None:
    """asgi-lifespan's LifespanManager (2.1) puts one state dict into every request's scope, not a
    shallow copy as Uvicorn and TestClient do, so a value one request assigns to request.state is
    still there in the next request."""
    pytest.importorskip("asgi_lifespan")
    import httpx
    from asgi_lifespan import LifespanManager
    from fastapi.testclient import TestClient

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
        yield {"client": "shared"}

    app = FastAPI(lifespan=lifespan)

    @app.get("/login/{user}")
    async def login(user: str, request: Request) -> None:
        request.state.user = user

    @app.get("/whoami")
    async def whoami(request: Request) -> dict[str, str | None]:
        return {"user": getattr(request.state, "user", None)}

    async def with_lifespan_manager() -> dict[str, str | None]:
        async with LifespanManager(app) as manager:
            transport = httpx.ASGITransport(app=manager.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
                await client.get("/login/alice")
                return (await client.get("/whoami")).json()

    assert asyncio.run(with_lifespan_manager()) == {"user": "alice"}
    with TestClient(app) as client:
        client.get("/login/alice")
        assert client.get("/whoami").json() == {"user": None}
