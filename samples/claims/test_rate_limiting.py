"""Claims made on content/questions/rate-limiting/; each fails if a release changes them."""

import asyncio
from typing import Annotated

import httpx
import pytest
import uvicorn
from asgi import call
from fastapi import Depends, FastAPI, Header, HTTPException, Request, Response, status
from versions import release

PAGE = "rate-limiting"


def test_a_429_from_httpexception_carries_the_headers_given_to_it() -> None:
    """The 429 gets Retry-After and the RateLimit fields through HTTPException(headers=...)."""
    app = FastAPI()

    @app.get("/quotes")
    async def quotes() -> None:
        headers = {"Retry-After": "20", "RateLimit": '"per-minute";r=0;t=20'}
        raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS, "Rate limit exceeded", headers)

    response = call(app, "GET", "/quotes")
    assert response.status_code == 429
    assert response.headers["retry-after"] == "20"
    assert response.headers["ratelimit"] == '"per-minute";r=0;t=20'
    assert response.json() == {"detail": "Rate limit exceeded"}


def test_a_dependency_sets_headers_on_a_successful_response_through_response() -> None:
    """Headers a dependency sets on the injected Response reach the 200."""
    app = FastAPI()

    async def rate_limit(response: Response) -> None:
        response.headers["RateLimit"] = '"per-minute";r=2;t=20'

    @app.get("/quotes", dependencies=[Depends(rate_limit)])
    async def quotes() -> dict[str, str]:
        return {"quote": "ok"}

    assert call(app, "GET", "/quotes").headers["ratelimit"] == '"per-minute";r=2;t=20'


def test_an_x_api_key_parameter_reads_the_x_api_key_header() -> None:
    """Header() turns the parameter name x_api_key into the header X-API-Key."""
    app = FastAPI()

    @app.get("/who")
    async def who(x_api_key: Annotated[str | None, Header()] = None) -> dict[str, str | None]:
        return {"key": x_api_key}

    assert call(app, "GET", "/who", headers={"X-API-Key": "alice"}).json() == {"key": "alice"}
    assert call(app, "GET", "/who").json() == {"key": None}


def test_max_concurrency_exists_since_fastapi_0_163() -> None:
    """FastAPI 0.163.0 added Depends(..., max_concurrency=n)."""
    assert release("fastapi") >= (0, 163, 0)
    assert Depends(lambda: None, max_concurrency=2).max_concurrency == 2


def peak_concurrency(paths: list[str], shared: bool) -> tuple[list[int], int]:
    """Sends one request per path at once; returns the statuses and the most calls seen at once."""
    running, peak = 0, 0

    async def pool_slot() -> None:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.01)
        running -= 1

    app = FastAPI()
    one_limit = Depends(pool_slot, max_concurrency=1)
    for path in sorted(set(paths)):
        limit = one_limit if shared else Depends(pool_slot, max_concurrency=1)

        @app.get(path, dependencies=[limit])
        async def report() -> dict[str, bool]:
            return {"ok": True}

    async def all_at_once() -> list[int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            responses = await asyncio.gather(*(client.get(path) for path in paths))
        return [r.status_code for r in responses]

    return asyncio.run(all_at_once()), peak


def test_max_concurrency_makes_extra_calls_wait_instead_of_rejecting_them() -> None:
    """Over the cap, calls queue and all succeed: it limits concurrency, not a client's rate."""
    assert peak_concurrency(["/report"] * 4, shared=True) == ([200] * 4, 1)


def test_each_depends_object_has_its_own_concurrency_limit() -> None:
    """The limit belongs to one Depends() object: reuse the object to share it across routes."""
    paths = ["/a", "/a", "/b", "/b"]
    assert peak_concurrency(paths, shared=True) == ([200] * 4, 1)
    assert peak_concurrency(paths, shared=False) == ([200] * 4, 2)


def client_host_behind_uvicorn(
    monkeypatch: pytest.MonkeyPatch, peer: str, forwarded_for: str, **options: str
) -> str:
    """What `request.client.host` (the limiter's fallback key) is after Uvicorn's proxy headers."""
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    app = FastAPI()

    @app.get("/who")
    async def who(request: Request) -> dict[str, str | None]:
        return {"host": request.client.host if request.client else None}

    config = uvicorn.Config(app, **options)
    config.load()

    async def go() -> str:
        transport = httpx.ASGITransport(config.loaded_app, client=(peer, 40000))
        async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
            response = await client.get("/who", headers={"X-Forwarded-For": forwarded_for})
            return response.json()["host"]

    return asyncio.run(go())


def test_uvicorn_trusts_x_forwarded_for_only_from_loopback_by_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Uvicorn 0.55: --forwarded-allow-ips defaults to 127.0.0.1,::1; from any other peer the
    header is ignored, so a client cannot pick its own rate-limit key."""
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    assert uvicorn.Config(FastAPI()).forwarded_allow_ips == "127.0.0.1,::1"
    assert client_host_behind_uvicorn(monkeypatch, "127.0.0.1", "203.0.113.9") == "203.0.113.9"
    assert client_host_behind_uvicorn(monkeypatch, "198.51.100.7", "203.0.113.9") == "198.51.100.7"


def test_uvicorn_takes_the_rightmost_untrusted_x_forwarded_for_entry(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """From a trusted proxy, request.client becomes the rightmost X-Forwarded-For address that is
    not itself a trusted proxy; a forged entry the client wrote on the left is skipped."""
    forwarded = "6.6.6.6, 203.0.113.9, 10.0.0.3"  # forged, real client, inner proxy
    host = client_host_behind_uvicorn(
        monkeypatch, "10.0.0.2", forwarded, forwarded_allow_ips="10.0.0.2,10.0.0.3"
    )
    assert host == "203.0.113.9"


def drf_anonymous_statuses(forwarded_for: list[str], **rest_framework: object) -> list[int]:
    """Statuses from a DRF view with AnonRateThrottle at 2 per minute, one request per
    X-Forwarded-For value, all from one connection address. Django REST framework is in the latest
    set only; the browser set skips these claims."""
    pytest.importorskip("rest_framework")
    from django.conf import settings
    from drf_settings import REST_FRAMEWORK, configure

    if not settings.configured:
        configure()
    from django.core.cache import cache
    from django.test import override_settings
    from rest_framework.permissions import AllowAny
    from rest_framework.response import Response as DRFResponse
    from rest_framework.test import APIRequestFactory
    from rest_framework.throttling import AnonRateThrottle
    from rest_framework.views import APIView

    class TwoPerMinute(AnonRateThrottle):
        rate = "2/min"
        timer = staticmethod(lambda: 1_000.0)

    class Quotes(APIView):
        authentication_classes = ()
        permission_classes = (AllowAny,)
        throttle_classes = (TwoPerMinute,)

        def get(self, request: object) -> DRFResponse:
            return DRFResponse({"quote": "ok"})

    cache.clear()
    factory = APIRequestFactory()
    with override_settings(REST_FRAMEWORK=REST_FRAMEWORK | rest_framework):
        view = Quotes.as_view()
        requests = (
            factory.get("/quotes", REMOTE_ADDR="192.0.2.1", HTTP_X_FORWARDED_FOR=value)
            for value in forwarded_for
        )
        return [view(request).status_code for request in requests]


def test_drf_keys_anonymous_throttles_on_x_forwarded_for_by_default() -> None:
    """Django REST framework (3.18): without NUM_PROXIES, the anonymous throttle's key is the whole
    X-Forwarded-For value, so a new forged value per request is a new counter, even when a proxy
    appends the real address."""
    assert drf_anonymous_statuses(["203.0.113.9"] * 3) == [200, 200, 429]
    forged = [f"203.0.113.{n}" for n in range(5)]
    assert drf_anonymous_statuses(forged) == [200] * 5
    appended = [f"{address}, 198.51.100.7" for address in forged]
    assert drf_anonymous_statuses(appended) == [200] * 5


def test_drf_num_proxies_takes_the_key_from_the_connection_or_the_proxys_entry() -> None:
    """NUM_PROXIES = 0 keys on the connection address (REMOTE_ADDR); NUM_PROXIES = 1 keys on the
    rightmost X-Forwarded-For entry, the one the proxy appended."""
    forged = [f"203.0.113.{n}" for n in range(4)]
    assert drf_anonymous_statuses(forged, NUM_PROXIES=0) == [200, 200, 429, 429]
    appended = [f"{address}, 198.51.100.7" for address in forged]
    assert drf_anonymous_statuses(appended, NUM_PROXIES=1) == [200, 200, 429, 429]
