# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Errors exception handlers never see: raised in middleware, or unhandled 500s outside CORS."""

import asyncio
from collections.abc import Awaitable, Callable

import httpx
from fastapi import FastAPI, HTTPException, Request, Response, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["https://app.example"])


@app.middleware("http")
async def require_tenant(request: Request, call_next: Callable[..., Awaitable[Response]]):
    if "x-tenant" not in request.headers:  # middleware sits outside the exception handlers
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "X-Tenant header required")
    return await call_next(request)


@app.exception_handler(StarletteHTTPException)
async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    return JSONResponse({"error": exc.detail}, exc.status_code, headers=exc.headers)


@app.exception_handler(Exception)  # runs in ServerErrorMiddleware, the outermost layer
async def unexpected(request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse({"error": "internal error"}, status.HTTP_500_INTERNAL_SERVER_ERROR)


class Price(BaseModel):
    amount: int


@app.get("/price")
async def price() -> dict[str, int]:
    upstream = {"amount": "n/a"}  # bad data from another service, validated in the handler
    return {"amount": Price.model_validate(upstream).amount}  # ValidationError: a 500, not 422


@app.get("/missing")
async def missing() -> None:
    raise HTTPException(status.HTTP_404_NOT_FOUND, "no such thing")


async def main() -> None:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)  # as a server would
    origin = {"Origin": "https://app.example"}
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for url, headers in [
            ("/missing", {**origin, "X-Tenant": "acme"}),
            ("/missing", origin),
            ("/price", {**origin, "X-Tenant": "acme"}),
        ]:
            response = await client.get(url, headers=headers)
            cors = response.headers.get("access-control-allow-origin", "(none)")
            tenant = "with" if "X-Tenant" in headers else "without"
            print(f"GET {url} {tenant} X-Tenant -> {response.status_code} {response.json()}")
            print(f"  Access-Control-Allow-Origin: {cors}")
    assert response.status_code == 500 and "access-control-allow-origin" not in response.headers


if __name__ == "__main__":
    asyncio.run(main())
