# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Six controls on one small app, each checked by a request that should fail."""

import asyncio
import hmac
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException, Request, Response, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

API_TOKEN = "tok_test_4f9a"  # in real code: a verified JWT or a hashed key lookup
MAX_BODY = 1024
SECURITY_HEADERS = {
    "Strict-Transport-Security": "max-age=63072000",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    "Content-Security-Policy": "frame-ancestors 'none'",
}
bearer = HTTPBearer()
app = FastAPI(max_body_size=MAX_BODY)  # counts the bytes that arrive: 413 past the limit
app.add_middleware(
    CORSMiddleware, allow_origins=["https://app.example.com"], allow_methods=["GET", "POST"]
)


@app.middleware("http")
async def security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    response = await call_next(request)
    response.headers.update(SECURITY_HEADERS)
    return response


app.add_middleware(TrustedHostMiddleware, allowed_hosts=["api.example.com"])


def require_token(creds: Annotated[HTTPAuthorizationCredentials, Depends(bearer)]) -> None:
    if not hmac.compare_digest(creds.credentials.encode(), API_TOKEN.encode()):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "Invalid token", {"WWW-Authenticate": "Bearer"}
        )


@app.post("/reports", dependencies=[Depends(require_token)])
async def create_report(request: Request) -> dict[str, int]:
    return {"bytes": len(await request.body())}


async def chunked_2kb() -> AsyncIterator[bytes]:  # no Content-Length header at all
    for _ in range(4):
        yield b"x" * 512


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://api.example.com") as c:
        ok = {"Authorization": f"Bearer {API_TOKEN}"}
        preflight = {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
        checks = [
            ("POST", "no token", {}, b"x", 401),
            ("POST", "wrong token", {"Authorization": "Bearer guess"}, b"x", 401),
            ("POST", "2 KB body", ok, b"x" * 2048, 413),
            ("POST", "2 KB chunked body", ok, chunked_2kb(), 413),
            ("POST", "spoofed Host", {**ok, "Host": "evil.example"}, b"x", 400),
            ("OPTIONS", "preflight from evil.example", preflight, b"", 400),
            ("POST", "valid token", ok, b"x", 200),
        ]
        for method, label, headers, body, expected in checks:
            r = await c.request(method, "/reports", headers=headers, content=body)
            extra = r.headers.get("www-authenticate", "")
            print(f"{method} /reports ({label}) -> {r.status_code} {r.text} {extra}".rstrip())
            assert r.status_code == expected
        for name, value in SECURITY_HEADERS.items():
            print(f"   {name}: {r.headers[name]}")
            assert r.headers[name] == value


if __name__ == "__main__":
    asyncio.run(main())
