"""Claims made on content/questions/idempotency/; each fails if a release changes them.

Both checks talk to 127.0.0.1 only: a port with no listener, and a tiny server that reads the
request and hangs up without answering.
"""

import socket
import threading
from collections.abc import Iterator

import httpx
import pytest

PAGE = "idempotency"


def attempts(url: str, retries: int) -> tuple[int, str]:
    """How many TCP connects one GET made through `HTTPTransport(retries=...)`, and how it ended."""
    events: list[str] = []

    def trace(name: str, info: dict[str, object]) -> None:
        events.append(name)

    with httpx.Client(transport=httpx.HTTPTransport(retries=retries), timeout=2) as client:
        try:
            client.get(url, extensions={"trace": trace})
            outcome = "response"
        except httpx.HTTPError as exc:
            outcome = type(exc).__name__
    return events.count("connection.connect_tcp.started"), outcome


@pytest.fixture
def hang_up_server() -> Iterator[str]:
    """Accepts a connection, reads the request, closes without a response (a lost reply)."""
    server = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            conn.recv(65536)
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/"
    server.close()


def test_transport_retries_repeat_a_failed_connect() -> None:
    """HTTPX's `retries` retries a failure to connect, where nothing reached the server."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        free_port = probe.getsockname()[1]  # closed again before the request: nobody listens
    assert attempts(f"http://127.0.0.1:{free_port}/", retries=1) == (2, "ConnectError")


def test_transport_retries_do_not_repeat_a_request_that_was_sent(hang_up_server: str) -> None:
    """Once the request went out, a dropped connection raises at once: no automatic retry."""
    assert attempts(hang_up_server, retries=1) == (1, "RemoteProtocolError")
