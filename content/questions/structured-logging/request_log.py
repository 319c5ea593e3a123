# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""One JSON log line per request, tied to every other log line by a request ID in a contextvar."""

import asyncio
import itertools
import json
import logging
import re
import sys
from contextvars import ContextVar

import httpx
from fastapi import FastAPI, Request, Response

request_id: ContextVar[str] = ContextVar("request_id", default="-")
SAFE_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
new_ids = itertools.count(1)  # uuid.uuid4().hex in production; a counter keeps output repeatable
clock = {"ms": 0}  # a fake monotonic clock; time.perf_counter() in production


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:  # production adds a UTC timestamp too
        event = {"level": record.levelname, "msg": record.getMessage(), "id": request_id.get()}
        return json.dumps(event | getattr(record, "fields", {}))


log = logging.getLogger("orders")
log.handlers = [logging.StreamHandler(sys.stdout)]  # replace, so a second run never doubles lines
log.handlers[0].setFormatter(JsonFormatter())
log.setLevel(logging.INFO)
app = FastAPI()


@app.middleware("http")
async def access_log(request: Request, call_next) -> Response:
    incoming = request.headers.get("x-request-id", "")
    token = request_id.set(incoming if SAFE_ID.fullmatch(incoming) else f"gen-{next(new_ids)}")
    started, status_code = clock["ms"], 500
    try:
        response = await call_next(request)
        status_code = response.status_code
        return response
    finally:  # a crash still gets its line
        route = request.scope.get("route")
        fields = {"method": request.method, "route": route.path if route else None}
        fields |= {"status": status_code, "ms": clock["ms"] - started}
        log.info("request", extra={"fields": fields | getattr(request.state, "log", {})})
        request_id.reset(token)


@app.get("/orders/{order_id}")
async def read_order(order_id: int, request: Request) -> dict[str, int]:
    clock["ms"] += 35
    request.state.log = {"customer": "c-42"}  # the handler adds fields to the access line
    log.info("order loaded")  # carries the request ID without passing it around
    if order_id == 13:
        raise RuntimeError("payment service timed out")
    return {"id": order_id}


async def main() -> None:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        await client.get("/orders/7", headers={"X-Request-ID": "ab12-cd34"})
        await client.get("/orders/13", headers={"X-Request-ID": '"><script>'})  # unsafe ID, crash
    assert request_id.get() == "-"  # reset: the ID never outlives its request


if __name__ == "__main__":
    asyncio.run(main())
