# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""How FastAPI matches method and path: partial matches, the 405's Allow header, HEAD, :int."""

import asyncio

import httpx
from fastapi import FastAPI, Request, status
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import Response
from fastapi.routing import iter_route_contexts
from starlette.exceptions import HTTPException
from starlette.routing import Match


def build(complete_allow: bool) -> FastAPI:
    app = FastAPI()

    @app.get("/users/{user_id:int}")  # the :int convertor only matches digits
    async def read_user(user_id: int) -> dict[str, int]:
        return {"read": user_id}

    @app.put("/users/{user_id:int}")  # a second route on the same path
    async def replace_user(user_id: int) -> dict[str, int]:
        return {"replaced": user_id}

    @app.get("/users/me")  # registered later, still reachable: "me" fails :int
    async def read_me() -> dict[str, str]:
        return {"name": "ada"}

    if complete_allow:  # list every method of every route whose path matches

        @app.exception_handler(HTTPException)
        async def full_allow(request: Request, exc: HTTPException) -> Response:
            if exc.status_code == status.HTTP_405_METHOD_NOT_ALLOWED:
                methods: set[str] = set()
                for route in iter_route_contexts(request.app.routes):
                    if route.methods and route.matches(request.scope)[0] != Match.NONE:
                        methods |= route.methods
                exc.headers = {"Allow": ", ".join(sorted(methods))}
            return await http_exception_handler(request, exc)

    return app


async def call(app: FastAPI, method: str, url: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.request(method, url)
    allow = response.headers.get("allow")
    print(f"{method} {url} -> {response.status_code} {response.text or '(no body)'}", end="")
    print(f" Allow: {allow}" if allow else "")
    return response


async def main() -> None:
    app = build(complete_allow=False)
    assert (await call(app, "PUT", "/users/7")).status_code == 200  # search went past GET
    assert (await call(app, "GET", "/users/me")).json() == {"name": "ada"}
    assert (await call(app, "GET", "/users/-1")).status_code == 404  # no route matched
    assert (await call(app, "HEAD", "/users/7")).headers["allow"] == "GET"  # no auto HEAD
    assert (await call(app, "DELETE", "/users/7")).headers["allow"] == "GET"  # PUT missing
    print("-- with a handler that collects every matching route's methods --")
    fixed = build(complete_allow=True)
    assert (await call(fixed, "DELETE", "/users/7")).headers["allow"] == "GET, PUT"


if __name__ == "__main__":
    asyncio.run(main())
