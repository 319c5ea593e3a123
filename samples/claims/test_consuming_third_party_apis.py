"""Claims made on content/questions/consuming-third-party-apis/; each fails if a release changes.

The retry checks use 127.0.0.1 only: a port with no listener, and a tiny server that answers 503.
"""

import asyncio
import socket
import threading
from collections.abc import Iterator
from importlib.metadata import version

import httpx
import pytest

PAGE = "consuming-third-party-apis"


def test_the_httpx_releases_the_page_names_are_the_ones_tested() -> None:
    """The defaults are stated for HTTPX 0.28 and 0.29; a newer minor release needs a re-check."""
    assert version("httpx").startswith(("0.28.", "0.29."))


def test_httpx_applies_a_five_second_default_to_every_phase() -> None:
    """Without a timeout argument, connect, read, write and pool each get 5 seconds."""
    timeout = httpx.AsyncClient().timeout
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (5.0, 5.0, 5.0, 5.0)


def test_a_timeout_object_sets_the_phases_separately() -> None:
    """httpx.Timeout(5.0, connect=2.0): a short connect limit, 5 s for the rest."""
    timeout = httpx.Timeout(5.0, connect=2.0)
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (2.0, 5.0, 5.0, 5.0)


def test_httpx_does_not_follow_redirects_unless_asked() -> None:
    """A 3xx reaches your code; follow_redirects=True makes HTTPX follow it."""

    def partner(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/rates":
            return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest"})
        return httpx.Response(200)

    async def get(follow: bool) -> tuple[int, str]:
        transport = httpx.MockTransport(partner)
        async with httpx.AsyncClient(transport=transport, follow_redirects=follow) as client:
            response = await client.get("https://partner.example/rates")
            return response.status_code, response.url.host

    assert asyncio.run(get(follow=False)) == (302, "partner.example")
    assert asyncio.run(get(follow=True)) == (200, "169.254.169.254")


def test_a_read_timeout_is_a_transport_error_and_a_timeout() -> None:
    """The sample catches httpx.TransportError; a ReadTimeout is one, and a TimeoutException."""
    assert issubclass(httpx.ReadTimeout, httpx.TransportError)
    assert issubclass(httpx.ReadTimeout, httpx.TimeoutException)


@pytest.fixture
def always_503() -> Iterator[tuple[str, list[int]]]:
    """A server that answers every request with 503 and counts the requests it saw."""
    server = socket.create_server(("127.0.0.1", 0))
    seen: list[int] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            conn.recv(65536)
            seen.append(1)
            conn.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n")
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/", seen
    server.close()


def connect_attempts(url: str, retries: int) -> tuple[int, str]:
    events: list[str] = []

    async def trace(name: str, info: dict[str, object]) -> None:
        events.append(name)

    async def go() -> str:
        transport = httpx.AsyncHTTPTransport(retries=retries)
        async with httpx.AsyncClient(transport=transport, timeout=2) as client:
            try:
                response = await client.get(url, extensions={"trace": trace})
                return str(response.status_code)
            except httpx.HTTPError as exc:
                return type(exc).__name__

    outcome = asyncio.run(go())
    return events.count("connection.connect_tcp.started"), outcome


def test_transport_retries_repeat_only_a_failed_connect(always_503: tuple[str, list[int]]) -> None:
    """AsyncHTTPTransport(retries=2) reconnects after ConnectError, but never resends on a 503."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        closed_port = probe.getsockname()[1]
    assert connect_attempts(f"http://127.0.0.1:{closed_port}/", retries=2) == (3, "ConnectError")
    url, seen = always_503
    assert connect_attempts(url, retries=2) == (1, "503") and len(seen) == 1


def test_asyncio_timeout_bounds_a_whole_operation_retries_included() -> None:
    """asyncio.timeout() (Python 3.11+) gives one deadline across several awaits."""

    async def three_slow_attempts() -> None:
        async with asyncio.timeout(0.05):
            for _ in range(3):
                await asyncio.sleep(0.03)

    with pytest.raises(TimeoutError):
        asyncio.run(three_slow_attempts())


def test_the_connection_pool_defaults_to_100_connections_and_20_kept_alive() -> None:
    """HTTPX's pool: 100 connections, 20 idle keep-alive connections, unless httpx.Limits says."""
    pool = httpx.AsyncClient()._transport._pool  # type: ignore[attr-defined]
    assert (pool._max_connections, pool._max_keepalive_connections) == (100, 20)
    limited = httpx.AsyncClient(limits=httpx.Limits(max_connections=5))
    assert limited._transport._pool._max_connections == 5  # type: ignore[attr-defined]


def test_a_full_pool_waits_only_for_the_pool_timeout(always_503: tuple[str, list[int]]) -> None:
    """With every connection in use, the next call raises PoolTimeout after the pool timeout."""
    url, _ = always_503

    async def second_call_while_first_holds_the_connection() -> str:
        limits = httpx.Limits(max_connections=1)
        timeout = httpx.Timeout(2.0, pool=0.05)
        client = httpx.AsyncClient(limits=limits, timeout=timeout)
        async with client, client.stream("GET", url):  # the stream holds the only connection
            try:
                await client.get(url)
            except httpx.PoolTimeout:
                return "PoolTimeout"
        return "no wait"

    assert asyncio.run(second_call_while_first_holds_the_connection()) == "PoolTimeout"
