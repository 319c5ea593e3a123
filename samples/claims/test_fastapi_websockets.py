"""Claims made on content/questions/fastapi-websockets/; each fails if a release changes them."""

import ast
import asyncio
import importlib
import importlib.util
import subprocess
import sys
import warnings
from importlib import metadata
from pathlib import Path
from typing import Annotated, Any

import httpx
import pytest
import uvicorn
from fastapi import Depends, FastAPI, Query, WebSocket, status
from fastapi.exceptions import WebSocketException
from fastapi.responses import JSONResponse
from starlette.middleware.cors import CORSMiddleware

with warnings.catch_warnings():  # the httpx2 notice is checked on its own below
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient, WebSocketDenialResponse
    from starlette.websockets import WebSocketDisconnect

PAGE = "fastapi-websockets"


def run_socket(app: Any, path: str, query: bytes = b"", extensions: dict | None = None) -> list:
    """Drives one WebSocket connection through the ASGI interface; returns what the app sent."""
    sent: list[Any] = []
    inbox = [{"type": "websocket.connect"}]

    async def receive() -> dict:
        if inbox:
            return inbox.pop(0)
        return {"type": "websocket.disconnect", "code": 1000}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {
        "type": "websocket", "path": path, "raw_path": path.encode(), "query_string": query,
        "headers": [(b"origin", b"https://evil.example")], "scheme": "ws",
        "server": ("test", 80), "client": ("client", 1), "root_path": "", "subprotocols": [],
        "asgi": {"version": "3.0"}, "extensions": extensions or {},
    }  # fmt: skip

    async def go() -> None:
        try:
            await app(scope, receive, send)
        except Exception as exc:
            sent.append(exc)

    asyncio.run(go())
    return sent


def guarded_app() -> FastAPI:
    app = FastAPI()

    async def current_user(token: Annotated[str, Query()]) -> str:
        if token != "tok-alice":
            raise WebSocketException(status.WS_1008_POLICY_VIOLATION, "bad token")
        return "alice"

    @app.websocket("/chat")
    async def chat(websocket: WebSocket, user: Annotated[str, Depends(current_user)]) -> None:
        await websocket.accept()
        await websocket.send_text(f"hi {user}")
        await websocket.close()

    @app.websocket("/rooms/{room_id}")
    async def room(websocket: WebSocket, room_id: int) -> None:
        await websocket.accept()

    return app


def test_refusal_in_a_dependency_closes_1008_before_accept() -> None:
    """WebSocketException raised in a dependency closes with 1008 before any accept."""
    sent = run_socket(guarded_app(), "/chat", b"token=guess")
    assert sent == [{"type": "websocket.close", "code": 1008, "reason": "bad token"}]
    accepted = run_socket(guarded_app(), "/chat", b"token=tok-alice")
    assert accepted[0]["type"] == "websocket.accept"


def test_failed_parameter_validation_closes_with_1008() -> None:
    """FastAPI closes with 1008 on its own when a declared parameter fails validation."""
    (message,) = run_socket(guarded_app(), "/rooms/abc")
    assert message["type"] == "websocket.close" and message["code"] == 1008


def test_send_or_receive_before_accept_raises_runtime_error() -> None:
    """Starlette raises RuntimeError when a handler sends or receives before accepting."""
    app = FastAPI()

    @app.websocket("/send")
    async def send_first(websocket: WebSocket) -> None:
        await websocket.send_text("too early")

    @app.websocket("/receive")
    async def receive_first(websocket: WebSocket) -> None:
        await websocket.receive_text()

    for path in ("/send", "/receive"):
        (error,) = run_socket(app, path)
        assert isinstance(error, RuntimeError)


def test_cors_and_http_middleware_do_not_touch_websockets() -> None:
    """CORSMiddleware and @app.middleware("http") pass WebSocket connections through: a foreign
    Origin is accepted unless the endpoint checks it."""
    app = guarded_app()
    app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"])
    ran: list[str] = []

    @app.middleware("http")
    async def note(request: Any, call_next: Any) -> Any:
        ran.append("http middleware")
        return await call_next(request)

    sent = run_socket(app, "/chat", b"token=tok-alice")
    assert sent[0]["type"] == "websocket.accept" and ran == []


def test_denial_response_needs_the_server_extension() -> None:
    """send_denial_response sends a real HTTP response when the server offers the ASGI
    websocket.http.response extension, raises RuntimeError otherwise; TestClient surfaces it as
    WebSocketDenialResponse, a Response of the HTTPX package it runs on (httpx2, else httpx)."""
    app = FastAPI()

    @app.websocket("/ws")
    async def refuse(websocket: WebSocket) -> None:
        await websocket.send_denial_response(JSONResponse({"detail": "log in"}, status_code=401))

    with_extension = run_socket(app, "/ws", extensions={"websocket.http.response": {}})
    assert with_extension[0]["type"] == "websocket.http.response.start"
    assert with_extension[0]["status"] == 401
    (error,) = run_socket(app, "/ws")
    assert isinstance(error, RuntimeError)
    with pytest.raises(WebSocketDenialResponse) as denied, TestClient(app).websocket_connect("/ws"):
        pass
    runs_on = "httpx2" if importlib.util.find_spec("httpx2") else "httpx"
    client_package = importlib.import_module(runs_on)
    assert isinstance(denied.value, client_package.Response) and denied.value.status_code == 401
    assert denied.value.json() == {"detail": "log in"}


def test_httpx2_tests_websockets_in_process_since_2_6() -> None:
    """httpx has no WebSocket client; httpx2 (since 2.6.0) has client.websocket() and, with the
    `ws` extra (wsproto), ASGIWebSocketTransport, which drives the app without a server."""
    assert not hasattr(httpx.AsyncClient, "websocket")
    httpx2 = pytest.importorskip("httpx2")
    major_minor = tuple(int(part) for part in metadata.version("httpx2").split(".")[:2])
    assert major_minor >= (2, 6) and hasattr(httpx2.AsyncClient, "websocket")
    ws_extra = [r for r in metadata.requires("httpx2") or [] if "extra == 'ws'" in r]
    assert any(r.startswith("wsproto") for r in ws_extra)
    if importlib.util.find_spec("wsproto") is None:
        with pytest.raises(ModuleNotFoundError, match="wsproto"):
            importlib.import_module("httpx2.websockets")
        return
    from httpx2.websockets import ASGIWebSocketTransport

    app = FastAPI()

    @app.websocket("/echo")
    async def echo(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_text((await websocket.receive_text()).upper())

    async def talk() -> str:
        transport = ASGIWebSocketTransport(app=app)
        async with (
            httpx2.AsyncClient(transport=transport, base_url="http://test") as client,
            client.websocket("/echo") as session,
        ):
            await session.send_text("hi")
            return await session.receive_text()

    assert asyncio.run(talk()) == "HI"


def test_testclient_reports_server_close_code_and_shares_a_loop_only_inside_with() -> None:
    """A refused handshake surfaces as WebSocketDisconnect with its code; sessions share one
    event loop inside `with TestClient(app)`, and get their own outside it."""
    with pytest.raises(WebSocketDisconnect) as refused:  # noqa: SIM117
        with TestClient(guarded_app()).websocket_connect("/chat?token=guess"):
            pass
    assert refused.value.code == status.WS_1008_POLICY_VIOLATION

    app = FastAPI()

    @app.websocket("/loop")
    async def loop_id(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_json(id(asyncio.get_running_loop()))
        await websocket.close()

    def two_sessions(client: TestClient) -> set[int]:
        ids = set()
        for _ in range(2):
            with client.websocket_connect("/loop") as session:
                ids.add(session.receive_json())
        return ids

    with TestClient(app) as client:
        assert len(two_sessions(client)) == 1
    assert len(two_sessions(TestClient(app))) == 2


def test_uvicorn_websocket_defaults() -> None:
    """Uvicorn 0.55: ping every 20 s, 20 s to answer, 16 MiB message cap; implementations
    websockets, websockets-sansio and wsproto."""
    config = uvicorn.Config(FastAPI())
    assert (config.ws_ping_interval, config.ws_ping_timeout) == (20.0, 20.0)
    assert config.ws_max_size == 16 * 1024 * 1024
    assert {"websockets", "websockets-sansio", "wsproto"} <= set(uvicorn.config.WS_PROTOCOLS)


def test_testclient_on_plain_httpx_warns_about_httpx2() -> None:
    """Starlette >= 1.2 warns (StarletteDeprecationWarning) when TestClient runs on httpx."""
    code = (
        "import sys, warnings; sys.modules['httpx2'] = None; warnings.simplefilter('error');\n"
        "import starlette.testclient"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode != 0
    assert "StarletteDeprecationWarning" in result.stderr and "httpx2" in result.stderr


def uvicorn_source(module: str) -> str:
    """The text of a Uvicorn module, read without importing it (its optional packages may be
    missing from the version set)."""
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin is not None, module
    return Path(spec.origin).read_text()


def test_uvicorn_auto_prefers_websockets_sansio_then_wsproto() -> None:
    """Uvicorn 0.55's `--ws auto` picks websockets-sansio when `websockets` is installed, and
    wsproto only when it is not."""
    tree = ast.parse(uvicorn_source("uvicorn.protocols.websockets.auto"))
    (choice,) = [node for node in tree.body if isinstance(node, ast.Try)]
    assert "import websockets" in ast.unparse(choice.body)
    assert "WebSocketsSansIOProtocol" in ast.unparse(choice.orelse)  # websockets importable
    fallback = ast.unparse(choice.handlers[0])  # ImportError: try wsproto
    assert "import wsproto" in fallback and "AutoWebSocketsProtocol = WSProtocol" in fallback


def test_uvicorn_http2_mode_has_no_websocket_support() -> None:
    """Uvicorn 0.55 has an optional HTTP/2 mode (--http zttp --http2), but it creates only HTTP
    scopes: WebSockets arrive through the HTTP/1.1 upgrade."""
    assert "zttp" in uvicorn.config.HTTP_PROTOCOLS
    h2 = uvicorn_source("uvicorn.protocols.http.zttp_h2_impl")
    assert '"type": "http"' in h2 and "websocket" not in h2.lower()
    http1 = uvicorn_source("uvicorn.protocols.http.zttp_impl")
    assert "handle_websocket_upgrade" in http1
