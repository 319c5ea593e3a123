"""Claims made on content/questions/api-testing-tools/; each fails if a release changes them."""

import subprocess
import sys
import warnings
from importlib import metadata
from typing import Annotated

from asgi import call
from fastapi import Depends, FastAPI
from pydantic import BaseModel

PAGE = "api-testing-tools"


def test_testclient_is_an_httpx_style_client() -> None:
    """FastAPI's TestClient is Starlette's, a subclass of an HTTPX `Client` (httpx or httpx2)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Starlette warns when only `httpx` is installed
        from fastapi.testclient import TestClient
    bases = [(cls.__module__.split(".")[0], cls.__name__) for cls in TestClient.__mro__]
    assert TestClient.__module__ == "starlette.testclient"
    assert ("httpx", "Client") in bases or ("httpx2", "Client") in bases


def test_missing_body_field_is_a_422_naming_its_location() -> None:
    """A missing required body field is rejected with 422, `loc` pointing at ["body", field]."""

    class TodoIn(BaseModel):
        title: str

    app = FastAPI()

    @app.post("/todos")
    async def create(body: TodoIn) -> TodoIn:
        return body

    response = call(app, "POST", "/todos", json={})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "title"]


def test_dependency_overrides_swap_a_dependency() -> None:
    """app.dependency_overrides replaces a dependency for tests without touching the route."""

    def real_clock() -> str:
        return "real"

    app = FastAPI()

    @app.get("/now")
    async def now(clock: Annotated[str, Depends(real_clock)]) -> str:
        return clock

    app.dependency_overrides[real_clock] = lambda: "fake"
    assert call(app, "GET", "/now").json() == "fake"


def test_testclient_warns_when_only_httpx_is_installed() -> None:
    """Since Starlette 1.2.0 the test client prefers `httpx2` and emits a
    StarletteDeprecationWarning when only `httpx` is installed."""
    probe = (
        "import sys, warnings\n"
        "sys.modules['httpx2'] = None  # as if only httpx were installed\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    import starlette.testclient\n"
        "print([f'{w.category.__name__}: {w.message}' for w in caught])\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert "StarletteDeprecationWarning" in output and "install `httpx2`" in output


def test_fastapi_standard_extra_installs_httpx2() -> None:
    """`pip install "fastapi[standard]"` brings httpx2, so its TestClient does not warn."""
    standard = [r for r in metadata.requires("fastapi") or [] if 'extra == "standard"' in r]
    assert any(r.startswith("httpx2") for r in standard)
