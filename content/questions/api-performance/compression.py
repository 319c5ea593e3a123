# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""What GZipMiddleware compresses: big JSON and streams yes; small bodies, PNG and SSE no."""

import asyncio
from collections.abc import AsyncIterator

import httpx
from fastapi import FastAPI, Response
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import StreamingResponse

ROWS = [{"id": i, "status": "shipped", "carrier": "postal"} for i in range(40)]
app = FastAPI()
app.add_middleware(GZipMiddleware, minimum_size=500, compresslevel=6)  # defaults: 500 and 9


async def ndjson_lines() -> AsyncIterator[str]:  # async: no worker thread needed
    for row in ROWS:
        yield f'{{"id": {row["id"]}, "status": "{row["status"]}"}}\n'


@app.get("/orders")
async def orders() -> list[dict[str, object]]:
    return ROWS


@app.get("/orders/1")
async def one_order() -> dict[str, object]:
    return ROWS[1]


@app.get("/orders/export")
async def export() -> StreamingResponse:
    return StreamingResponse(ndjson_lines(), media_type="application/x-ndjson")


@app.get("/logo.png")
async def logo() -> Response:
    return Response(b"\x89PNG" + bytes(2000), media_type="image/png")  # already compressed


@app.get("/events")
async def events() -> Response:
    return Response("data: tick\n\n" * 100, media_type="text/event-stream")  # SSE


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        encodings = {}
        for path in ["/orders", "/orders/1", "/orders/export", "/logo.png", "/events"]:
            r = await client.get(path, headers={"Accept-Encoding": "gzip"})
            encodings[path] = r.headers.get("content-encoding", "none")
            sizes = f"{len(r.content)} bytes, {r.num_bytes_downloaded} on the wire"
            print(f"GET {path} -> {r.status_code} Content-Encoding: {encodings[path]} ({sizes})")
    assert encodings["/orders"] == encodings["/orders/export"] == "gzip"  # streams too
    assert encodings["/orders/1"] == "none"  # under minimum_size
    assert encodings["/logo.png"] == encodings["/events"] == "none"  # excluded content types


if __name__ == "__main__":
    asyncio.run(main())
