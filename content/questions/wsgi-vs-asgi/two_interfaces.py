# /// script
# requires-python = ">=3.11"
# dependencies = ["httpx"]
# ///
"""One greeting as a WSGI callable and as an ASGI callable, each called as a server would."""

import asyncio
from wsgiref.util import setup_testing_defaults

import httpx


def wsgi_app(environ: dict, start_response) -> list[bytes]:
    name = environ["QUERY_STRING"].removeprefix("name=") or "world"
    body = f"hello {name}".encode()
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]  # one call in, the whole response out


async def asgi_app(scope: dict, receive, send) -> None:
    if scope["type"] == "lifespan":  # startup and shutdown events: WSGI has nothing like them
        await receive()  # lifespan.startup
        await send({"type": "lifespan.startup.complete"})
        await receive()  # lifespan.shutdown
        await send({"type": "lifespan.shutdown.complete"})
        return
    name = scope["query_string"].decode().removeprefix("name=") or "world"
    await receive()  # the request body (empty for this GET)
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"text/plain")]})  # fmt: skip
    await send({"type": "http.response.body", "body": b"hello ", "more_body": True})
    await send({"type": "http.response.body", "body": name.encode()})  # streamed in two parts


async def drive_asgi(scope: dict, incoming: list[dict]) -> None:
    async def receive() -> dict:
        return incoming.pop(0)

    async def send(message: dict) -> None:
        print("  send:", message)

    await asgi_app({"asgi": {"version": "3.0"}, **scope}, receive, send)


async def main() -> None:
    environ = {"QUERY_STRING": "name=ada"}
    setup_testing_defaults(environ)  # REQUEST_METHOD, PATH_INFO, wsgi.input and the rest
    cgi = sum(not key.startswith("wsgi.") for key in environ)
    wsgi = len(environ) - cgi
    print(f"WSGI: app(environ, start_response), environ has {cgi} CGI keys + {wsgi} wsgi.*")
    body = wsgi_app(environ, lambda status, headers: print("  start_response:", status, headers))
    print("  returned:", body)

    print("ASGI http scope: await app(scope, receive, send)")
    http = {"type": "http", "method": "GET", "path": "/", "query_string": b"name=ada"}
    await drive_asgi(http, [{"type": "http.request", "body": b"", "more_body": False}])
    print("ASGI lifespan scope:")
    events = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    await drive_asgi({"type": "lifespan"}, events)

    transport = httpx.ASGITransport(app=asgi_app)  # the same callable behind a real HTTP client
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.get("/", params={"name": "grace"})
    print("httpx through ASGITransport:", response.status_code, response.text)
    assert body == [b"hello ada"] and response.text == "hello grace"


if __name__ == "__main__":
    asyncio.run(main())
