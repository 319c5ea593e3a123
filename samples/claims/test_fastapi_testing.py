"""Claims made on content/questions/fastapi-testing/; each fails if a release changes them."""

import asyncio
import importlib
import importlib.util
import subprocess
import sys
import threading
import warnings
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from starlette.exceptions import StarletteDeprecationWarning

with warnings.catch_warnings():  # the httpx2 notice is checked on its own below
    warnings.simplefilter("ignore")
    import starlette.testclient
    from fastapi.testclient import TestClient

PAGE = "fastapi-testing"


def app_with_lifespan(events: list[str]) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        events.append("startup")
        yield
        events.append("shutdown")

    app = FastAPI(lifespan=lifespan)

    @app.get("/thread")
    async def thread() -> int:
        return threading.get_ident()

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("bug in the handler")

    return app


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)


def test_fastapi_testclient_is_starlettes() -> None:
    """fastapi.testclient.TestClient is Starlette's test client re-exported."""
    assert TestClient is starlette.testclient.TestClient


def test_testclient_subclasses_httpx2_client_when_installed_else_httpx() -> None:
    """TestClient subclasses httpx2.Client when httpx2 is installed, httpx.Client otherwise, and
    returns that package's Response; neither package's own client follows redirects by default."""
    runs_on = "httpx2" if importlib.util.find_spec("httpx2") else "httpx"
    package = importlib.import_module(runs_on)
    assert issubclass(TestClient, package.Client)
    assert isinstance(TestClient(FastAPI()).get("/"), package.Response)
    assert package.Client().follow_redirects is False
    fallback = run_python(
        "import sys, warnings; sys.modules['httpx2'] = None; warnings.simplefilter('ignore')\n"
        "import httpx, fastapi.testclient\n"
        "print(fastapi.testclient.TestClient.__mro__[1] is httpx.Client)"
    )
    assert fallback.stdout.strip() == "True"


def test_lifespan_runs_only_inside_with_and_the_app_runs_on_another_thread() -> None:
    """A bare TestClient never runs the lifespan; `with` runs startup and shutdown. The app
    runs on a background thread (a blocking portal), not the test's thread."""
    events: list[str] = []
    app = app_with_lifespan(events)
    app_thread = TestClient(app).get("/thread").json()
    assert events == [] and app_thread != threading.get_ident()
    with TestClient(app) as client:
        client.get("/thread")
        assert events == ["startup"]
    assert events == ["startup", "shutdown"]


def test_server_exceptions_are_reraised_unless_turned_off() -> None:
    """raise_server_exceptions=True by default; False gives the 500 a real client sees."""
    app = app_with_lifespan([])
    with pytest.raises(RuntimeError, match="bug in the handler"):
        TestClient(app).get("/boom")
    assert TestClient(app, raise_server_exceptions=False).get("/boom").status_code == 500


def test_asgi_transport_runs_no_lifespan_and_reraises_app_exceptions() -> None:
    """httpx.ASGITransport sends no lifespan events and re-raises app exceptions by default."""
    events: list[str] = []
    app = app_with_lifespan(events)

    async def go(**options: bool) -> httpx.Response:
        transport = httpx.ASGITransport(app=app, **options)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get("/boom")

    with pytest.raises(RuntimeError):
        asyncio.run(go())
    assert asyncio.run(go(raise_app_exceptions=False)).status_code == 500
    assert events == []


def test_async_client_no_longer_takes_app() -> None:
    """httpx 0.28 removed AsyncClient(app=...): it raises TypeError."""
    with pytest.raises(TypeError):
        httpx.AsyncClient(app=FastAPI())  # type: ignore[call-arg]


def test_testclient_on_httpx_warns_and_asks_for_httpx2() -> None:
    """Since Starlette 1.2.0, importing the test client with only httpx installed emits a
    StarletteDeprecationWarning (a UserWarning) naming httpx2; without either, RuntimeError."""
    assert issubclass(StarletteDeprecationWarning, UserWarning)
    only_httpx = run_python(
        "import sys, warnings; sys.modules['httpx2'] = None\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    import fastapi.testclient\n"
        "print([f'{w.category.__name__}: {w.message}' for w in caught])"
    )
    expected = (
        "StarletteDeprecationWarning: Using `httpx` with `starlette.testclient` is deprecated"
    )
    assert expected in only_httpx.stdout and "install `httpx2` instead" in only_httpx.stdout
    neither = run_python(
        "import sys; sys.modules['httpx2'] = None; sys.modules['httpx'] = None\n"
        "import starlette.testclient"
    )
    assert "RuntimeError" in neither.stderr and "pip install httpx2" in neither.stderr


def test_without_with_each_request_runs_on_a_new_event_loop() -> None:
    """Outside `with`, every TestClient request starts its own portal (thread and event loop);
    inside `with`, all requests share one loop."""
    loops: list[asyncio.AbstractEventLoop] = []
    app = FastAPI()

    @app.get("/loop")
    async def loop() -> None:
        loops.append(asyncio.get_running_loop())  # kept alive, so identities cannot be reused

    bare = TestClient(app)
    bare.get("/loop")
    bare.get("/loop")
    assert loops[0] is not loops[1]
    loops.clear()
    with TestClient(app) as client:
        client.get("/loop")
        client.get("/loop")
    assert loops[0] is loops[1]


def test_testclient_follows_redirects_and_asgi_transport_client_does_not() -> None:
    """TestClient defaults to follow_redirects=True; httpx.AsyncClient returns the 3xx itself."""
    app = FastAPI()

    @app.get("/old")
    async def old() -> RedirectResponse:
        return RedirectResponse("/new", status_code=308)

    @app.get("/new")
    async def new() -> str:
        return "new"

    assert TestClient(app).get("/old").status_code == 200
    assert TestClient(app, follow_redirects=False).get("/old").status_code == 308

    async def via_transport() -> int:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return (await client.get("/old")).status_code

    assert asyncio.run(via_transport()) == 308
