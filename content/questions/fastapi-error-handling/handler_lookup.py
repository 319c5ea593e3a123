# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Which exception handler answers: status-code keys, class hierarchy, and the built-in defaults."""

import asyncio

import httpx
from fastapi import FastAPI, HTTPException, Request, Response, status
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

app = FastAPI()
ran: list[str] = []  # which handler produced each response


class DomainError(Exception): ...


class OutOfStock(DomainError): ...


@app.exception_handler(StarletteHTTPException)  # the base class: router 404/405 included
async def any_http_error(request: Request, exc: StarletteHTTPException) -> Response:
    ran.append("StarletteHTTPException")
    return await http_exception_handler(request, exc)  # the default: {"detail"}, keeps headers


@app.exception_handler(status.HTTP_404_NOT_FOUND)  # a status-code key wins over the class
async def not_found(request: Request, exc: Exception) -> JSONResponse:
    ran.append("404")
    return JSONResponse({"detail": f"nothing at {request.url.path}"}, status.HTTP_404_NOT_FOUND)


@app.exception_handler(RequestValidationError)
async def invalid_input(request: Request, exc: RequestValidationError) -> JSONResponse:
    ran.append(f"RequestValidationError (body was {exc.body!r})")  # log, then reuse the default
    return await request_validation_exception_handler(request, exc)


@app.exception_handler(DomainError)  # found through the class hierarchy for OutOfStock
async def domain_error(request: Request, exc: DomainError) -> JSONResponse:
    ran.append("DomainError")
    return JSONResponse({"detail": str(exc)}, status.HTTP_409_CONFLICT)


class Order(BaseModel):
    quantity: int


@app.post("/orders")
async def order(body: Order) -> dict[str, int]:
    if body.quantity > 3:
        raise OutOfStock(f"only 3 left, {body.quantity} requested")
    if body.quantity == 0:
        detail = {"code": "empty_order", "hint": "quantity must be at least 1"}
        raise HTTPException(status.HTTP_400_BAD_REQUEST, detail, {"X-Error-Code": "empty_order"})
    return {"ordered": body.quantity}


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for method, url, body in [
            ("POST", "/orders", {"quantity": 0}),
            ("POST", "/orders", {"quantity": 9}),
            ("POST", "/orders", {"quantity": "x"}),
            ("GET", "/orders", None),
            ("GET", "/nope", None),
        ]:
            ran.clear()
            response = await client.request(method, url, json=body)
            shown = response.json()
            if response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT:
                shown = [(e["loc"], e["msg"]) for e in shown["detail"]]
            extra = {k: v for k, v in response.headers.items() if k in ("allow", "x-error-code")}
            request = f"{method} {url}" + (f" {body}" if body else "")
            print(f"{request} -> {response.status_code} {shown}" + (f" {extra}" if extra else ""))
            print(f"  handled by: {ran[0]}")
    assert ran == ["404"]


if __name__ == "__main__":
    asyncio.run(main())
