# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Map domain exceptions to one JSON error shape; unexpected errors become a bare 500."""

import asyncio
import logging
import logging.handlers
import queue

import httpx
from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse


class DomainError(Exception): ...  # raised by business logic, which knows nothing of HTTP


class OrderNotFound(DomainError): ...


class OrderShipped(DomainError): ...


HTTP_MAPPING = {
    OrderNotFound: (status.HTTP_404_NOT_FOUND, "order_not_found"),
    OrderShipped: (status.HTTP_409_CONFLICT, "order_already_shipped"),
}
server_log: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
logger = logging.getLogger("orders")
logger.addHandler(logging.handlers.QueueHandler(server_log))  # stands in for your log pipeline
ORDERS = {1: "pending", 2: "shipped"}  # order 1 triggers a bug below
app = FastAPI()


def error_body(request: Request, code: str, message: str) -> dict[str, str]:
    return {"code": code, "message": message, "request_id": request.headers["x-request-id"]}


@app.exception_handler(DomainError)
async def domain_error(request: Request, exc: DomainError) -> JSONResponse:
    status_code, code = HTTP_MAPPING[type(exc)]
    return JSONResponse(error_body(request, code, str(exc)), status_code)


@app.exception_handler(Exception)
async def unexpected(request: Request, exc: Exception) -> JSONResponse:
    logger.error(
        "request %s failed on %s", request.headers["x-request-id"], request.url.path, exc_info=exc
    )
    body = error_body(request, "internal_error", "Something went wrong on our side.")
    return JSONResponse(body, status.HTTP_500_INTERNAL_SERVER_ERROR)


@app.post("/orders/{order_id}/cancel")
async def cancel(order_id: int) -> dict[str, str]:
    if order_id not in ORDERS:
        raise OrderNotFound(f"Order {order_id} does not exist.")
    if ORDERS[order_id] == "shipped":
        raise OrderShipped(f"Order {order_id} has shipped and cannot be canceled.")
    raise ValueError("bad row in orders table on db-primary:5432")  # a bug in our code


async def main() -> None:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        seen = {}
        for n, order_id in enumerate(["99", "2", "1", "abc"], start=1):
            r = await client.post(f"/orders/{order_id}/cancel", headers={"X-Request-ID": f"r{n}"})
            print(f"POST /orders/{order_id}/cancel ->", r.status_code, r.json())
            seen[order_id] = r
    assert [seen[k].status_code for k in seen] == [404, 409, 500, 422]
    assert "db-primary" not in seen["1"].text  # no internals in the 500 body...
    logged = server_log.get_nowait().getMessage().splitlines()
    print("server log:", logged[0], "...", logged[-1])
    assert seen["1"].json()["request_id"] in logged[0]  # the id the client got is in the log
    assert "db-primary" in logged[-1]  # ...they are in the server log, with the traceback
    assert list(seen["abc"].json()) == ["detail"]  # FastAPI's own 422 keeps its default shape


if __name__ == "__main__":
    asyncio.run(main())
