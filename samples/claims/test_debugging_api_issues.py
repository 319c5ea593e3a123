"""Claims made on content/questions/debugging-api-issues/; each fails if a release changes them."""

from __future__ import annotations

import asyncio

import httpx
import pytest

PAGE = "debugging-api-issues"


def streamed(request: httpx.Request) -> httpx.Response:
    return httpx.Response(500, content=iter([b'{"error": "internal"}']))


def test_response_hooks_run_before_the_body_is_read() -> None:
    """A response hook gets the response before its body is read; it must call read() to log it."""
    seen: list[str] = []

    def log_body(response: httpx.Response) -> None:
        with pytest.raises(httpx.ResponseNotRead):
            _ = response.content
        response.read()
        seen.append(response.text)

    client = httpx.Client(
        transport=httpx.MockTransport(streamed), event_hooks={"response": [log_body]}
    )
    assert client.get("https://partner.example/orders").status_code == 500
    assert seen == ['{"error": "internal"}']


def test_async_client_hooks_must_be_coroutines() -> None:
    """With AsyncClient, event hooks are awaited, so a plain function fails."""

    def sync_hook(request: httpx.Request) -> None:
        return None

    async def go() -> None:
        async with httpx.AsyncClient(
            transport=httpx.MockTransport(streamed), event_hooks={"request": [sync_hook]}
        ) as client:
            await client.get("https://partner.example/orders")

    with pytest.raises(TypeError):
        asyncio.run(go())


def test_defaults_timeout_pool_and_redirects() -> None:
    """Defaults: 5 s for each timeout phase, 100 connections (20 kept alive, idle ones dropped
    after 5 s), no redirects."""
    client = httpx.Client()
    assert client.timeout == httpx.Timeout(5.0)
    assert client.follow_redirects is False
    pool = client._transport._pool  # type: ignore[attr-defined]
    assert (pool._max_connections, pool._max_keepalive_connections) == (100, 20)
    assert pool._keepalive_expiry == 5.0


def test_timeout_kinds_share_one_base_class() -> None:
    """Connect, read, write and pool timeouts are distinct classes under TimeoutException."""
    kinds = (httpx.ConnectTimeout, httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout)
    assert all(issubclass(kind, httpx.TimeoutException) for kind in kinds)
    assert len(set(kinds)) == 4


def test_a_failed_request_is_not_retried_by_default() -> None:
    """httpx sends a request once: the default transport is built with retries=0 (and that option
    only ever re-attempts opening a connection, never a request that was sent)."""
    client = httpx.Client()
    assert isinstance(client._transport, httpx.HTTPTransport)  # type: ignore[attr-defined]
    assert client._transport._pool._retries == 0  # type: ignore[attr-defined]
