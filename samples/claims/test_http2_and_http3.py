"""Claims made on content/questions/http2-and-http3/; each fails if a release changes them."""

import asyncio
import importlib.util
import inspect
from typing import Any

import httpx
import pytest
from asgi import call
from fastapi import Depends, FastAPI, HTTPException, Request, status

PAGE = "http2-and-http3"


def version_app() -> FastAPI:
    app = FastAPI()

    @app.get("/version")
    async def version(request: Request) -> dict[str, str]:
        return {"http_version": request.scope["http_version"]}

    return app


def test_the_app_sees_the_protocol_version_in_the_asgi_scope() -> None:
    """FastAPI code reads the protocol version from scope["http_version"]; nothing else changes."""
    assert call(version_app(), "GET", "/version").json() == {"http_version": "1.1"}
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "2", "method": "GET",
        "scheme": "https", "path": "/version", "raw_path": b"/version", "query_string": b"",
        "root_path": "", "headers": [(b"host", b"api.test")], "server": ("api.test", 443),
    }  # fmt: skip
    asyncio.run(version_app()(scope, receive, send))
    assert sent[-1]["body"] == b'{"http_version":"2"}'


def test_an_app_wide_dependency_can_answer_425_too_early() -> None:
    """An app-wide dependency answers 425 to an unsafe request marked Early-Data, not to a GET."""

    def refuse(request: Request) -> None:
        if "early-data" in request.headers and request.method not in {"GET", "HEAD", "OPTIONS"}:
            raise HTTPException(status.HTTP_425_TOO_EARLY)

    app = FastAPI(dependencies=[Depends(refuse)])

    @app.api_route("/transfers", methods=["GET", "POST"])
    async def transfers() -> dict[str, bool]:
        return {"ok": True}

    marked = {"Early-Data": "1"}
    assert call(app, "GET", "/transfers", headers=marked).status_code == status.HTTP_200_OK
    assert call(app, "POST", "/transfers", headers=marked).status_code == status.HTTP_425_TOO_EARLY
    assert call(app, "POST", "/transfers").status_code == status.HTTP_200_OK


def test_httpx_needs_the_http2_extra() -> None:
    """httpx speaks HTTP/2 only with the h2 package (httpx[http2]) and http2=True."""
    assert importlib.util.find_spec("h2") is None  # the sample sets do not install the extra
    with pytest.raises(ImportError, match=r"httpx\[http2\]"):
        httpx.Client(http2=True)


def test_httpx_has_no_http3_option() -> None:
    """httpx offers HTTP/1.1 and HTTP/2 switches only; there is no HTTP/3 option."""
    parameters = inspect.signature(httpx.Client).parameters
    assert {"http1", "http2"} <= set(parameters)
    assert not any("http3" in name or "quic" in name for name in parameters)


def test_uvicorn_speaks_http2_only_through_zttp() -> None:
    """Uvicorn: h11 and httptools are HTTP/1.1; zttp (0.52) is a third implementation, and
    --http2 (0.53) works only with --http zttp."""
    uvicorn = pytest.importorskip("uvicorn")
    from uvicorn.config import HTTP_PROTOCOLS

    assert {"h11", "httptools", "zttp"} <= set(HTTP_PROTOCOLS)
    config = uvicorn.Config(version_app(), http="h11", http2=True)
    with pytest.raises(ValueError, match="zttp"):
        config.load()
