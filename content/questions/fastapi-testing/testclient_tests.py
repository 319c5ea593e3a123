# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""TestClient: lifespan runs only inside `with`, and server errors surface in the test."""

import asyncio
import warnings
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.exceptions import StarletteDeprecationWarning

# Starlette >= 1.2 prefers the httpx2 package for TestClient and warns when only httpx is
# installed. Installing httpx2 removes the warning; here we silence exactly that message.
warnings.filterwarnings(
    "ignore",
    message="Using `httpx` with `starlette.testclient`",
    category=StarletteDeprecationWarning,
)
from fastapi.testclient import TestClient  # noqa: E402

events: list[str] = []
loops: list[asyncio.AbstractEventLoop] = []  # the event loop each request ran on


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    events.append("startup")
    yield
    events.append("shutdown")


app = FastAPI(lifespan=lifespan)


@app.get("/health")
async def health() -> dict[str, str]:
    loops.append(asyncio.get_running_loop())
    return {"status": "ok"}


@app.get("/boom")
def boom() -> dict[str, str]:
    raise RuntimeError("bug in the handler")


def test_lifespan_needs_with() -> None:
    bare = TestClient(app)
    for _ in range(2):
        bare.get("/health")
    print("  without with:", events, "2 requests ran on", len(set(loops)), "event loops")
    assert events == [] and len(set(loops)) == 2
    loops.clear()
    with TestClient(app) as client:
        client.get("/health")
        response = client.get("/health")
        print("  inside with:", events, "GET /health ->", response.status_code, response.json())
    print("  after with:", events, "2 requests ran on", len(set(loops)), "event loop")
    assert events == ["startup", "shutdown"] and len(set(loops)) == 1


def test_server_errors() -> None:
    try:
        TestClient(app).get("/boom")
    except RuntimeError as exc:
        print("  default client re-raises:", repr(exc))
    else:
        raise AssertionError("expected the handler's RuntimeError")
    response = TestClient(app, raise_server_exceptions=False).get("/boom")
    print("  raise_server_exceptions=False -> GET /boom ->", response.status_code, response.text)
    assert response.status_code == 500


def main() -> None:
    tests = [test_lifespan_needs_with, test_server_errors]
    for test in tests:
        print(test.__name__)
        test()
    print(f"{len(tests)} passed")


if __name__ == "__main__":
    main()
