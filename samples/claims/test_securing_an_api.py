"""Claims made on content/questions/securing-an-api/; each fails if a release changes them."""

import asyncio
import ssl
from collections.abc import AsyncIterator
from typing import Annotated

import certifi
import httpx
import pytest
import uvicorn
from asgi import call
from fastapi import Depends, FastAPI, Request, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from versions import release

PAGE = "securing-an-api"


async def chunks() -> AsyncIterator[bytes]:
    for _ in range(4):
        yield b"x" * 512


def test_http_bearer_answers_401_with_www_authenticate_since_0_122() -> None:
    """A missing bearer token gets 401 and WWW-Authenticate: Bearer (FastAPI 0.122.0 and later)."""
    assert release("fastapi") >= (0, 122)
    app = FastAPI()

    @app.get("/reports")
    async def reports(
        creds: Annotated[HTTPAuthorizationCredentials, Depends(HTTPBearer())],
    ) -> None:
        return None

    response = call(app, "GET", "/reports")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED
    assert response.headers["www-authenticate"] == "Bearer"


def test_fastapi_max_body_size_counts_bytes_including_chunked_bodies() -> None:
    """Since FastAPI 0.164 max_body_size answers 413, even to a chunked body (no length header)."""
    assert release("fastapi") >= (0, 164)
    app = FastAPI(max_body_size=1024)

    @app.post("/reports")
    async def reports(request: Request) -> dict[str, int]:
        return {"bytes": len(await request.body())}

    assert call(app, "POST", "/reports", content=b"x" * 2048).status_code == 413
    chunked = call(app, "POST", "/reports", content=chunks())
    assert "content-length" not in chunked.request.headers
    assert chunked.status_code == status.HTTP_413_CONTENT_TOO_LARGE
    assert call(app, "POST", "/reports", content=b"x" * 10).json() == {"bytes": 10}


def test_fastapi_caps_no_body_by_default() -> None:
    """Out of the box FastAPI reads a body of any size."""
    app = FastAPI()

    @app.post("/reports")
    async def reports(request: Request) -> dict[str, int]:
        return {"bytes": len(await request.body())}

    assert app.max_body_size is None
    assert call(app, "POST", "/reports", content=b"x" * 1_000_000).json() == {"bytes": 1_000_000}


def test_starlette_has_max_body_size_since_1_6() -> None:
    """Starlette 1.6 added max_body_size to the application and route classes."""
    assert release("starlette") >= (1, 6)

    async def upload(request):  # type: ignore[no-untyped-def]
        return PlainTextResponse(str(len(await request.body())))

    app = Starlette(routes=[Route("/upload", upload, methods=["POST"])], max_body_size=100)
    assert call(app, "POST", "/upload", content=b"x" * 101).status_code == 413
    assert call(app, "POST", "/upload", content=b"x" * 100).text == "100"


def test_trusted_host_added_last_refuses_a_spoofed_host_before_anything_runs() -> None:
    """The middleware added last runs first: a wrong Host gets 400 before any dependency runs."""
    calls: list[str] = []

    async def counted() -> None:
        calls.append("dependency")

    app = FastAPI()
    app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"])
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=["api.example.com"])

    @app.get("/reports", dependencies=[Depends(counted)])
    async def reports() -> None:
        return None

    spoofed = call(app, "GET", "/reports", headers={"Host": "evil.example"})
    assert spoofed.status_code == status.HTTP_400_BAD_REQUEST
    assert spoofed.text == "Invalid host header"
    assert calls == []
    assert call(app, "GET", "http://api.example.com/reports").status_code == 200


def test_cors_preflight_from_an_unlisted_origin_is_refused_with_400() -> None:
    """A preflight from an origin outside the allow-list gets 400 and no Allow-Origin."""
    app = FastAPI()
    app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"])

    @app.post("/reports")
    async def reports() -> None:
        return None

    preflight = {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    response = call(app, "OPTIONS", "/reports", headers=preflight)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert "access-control-allow-origin" not in response.headers


def test_uvicorn_trusts_forwarded_headers_only_from_loopback_by_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Uvicorn believes X-Forwarded-For/-Proto only from --forwarded-allow-ips, 127.0.0.1,::1 by
    default; from any other peer the headers are ignored."""
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    app = FastAPI()

    @app.get("/whoami")
    async def whoami(request: Request) -> dict[str, str | None]:
        return {"client": request.client.host if request.client else None}

    config = uvicorn.Config(app)
    assert config.forwarded_allow_ips == "127.0.0.1,::1"
    config.load()

    async def client_seen(peer: str) -> str:
        transport = httpx.ASGITransport(config.loaded_app, client=(peer, 40000))
        async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
            headers = {"X-Forwarded-For": "203.0.113.9"}
            return (await client.get("/whoami", headers=headers)).json()["client"]

    assert asyncio.run(client_seen("198.51.100.66")) == "198.51.100.66"
    assert asyncio.run(client_seen("127.0.0.1")) == "203.0.113.9"


def test_httpx_verifies_against_certifi_times_out_after_5s_and_follows_no_redirects(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """httpx 0.28/0.29 verify certificates against certifi's bundle (unless SSL_CERT_FILE or
    SSL_CERT_DIR is set), time out after 5 seconds and do not follow redirects by default."""
    assert release("httpx") < (1, 0)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    bundles: list[str] = []
    real_where = certifi.where
    monkeypatch.setattr(certifi, "where", lambda: bundles.append("certifi") or real_where())
    context = httpx.create_ssl_context()
    assert bundles == ["certifi"]
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    client = httpx.Client()
    assert client.timeout == httpx.Timeout(5.0) and client.follow_redirects is False
