# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Downloads: path traversal refused, a non-ASCII filename, a CSV streamed row by row."""

import asyncio
import csv
import io
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
from fastapi import FastAPI, HTTPException, status
from fastapi.responses import FileResponse, StreamingResponse

REPORTS = Path(tempfile.mkdtemp()).resolve() / "reports"
REPORTS.mkdir()
(REPORTS / "q3.pdf").write_bytes(b"%PDF-1.7 quarterly figures")
(REPORTS.parent / "secrets.env").write_text("DB_PASSWORD=hunter2")  # next door: never downloadable

app = FastAPI()


@app.get("/reports/{name:path}")
async def report(name: str) -> FileResponse:
    path = (REPORTS / name).resolve()  # collapses "..", follows symlinks
    if not path.is_relative_to(REPORTS) or not path.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such report")
    return FileResponse(path, filename=f"Übersicht {path.stem}.pdf")


def csv_line(*cells: object) -> str:
    formula = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run such a cell: defuse it
    out = io.StringIO()
    csv.writer(out).writerow(f"'{c}" if str(c).startswith(formula) else c for c in cells)
    return out.getvalue()


async def order_lines() -> AsyncIterator[str]:
    yield csv_line("id", "customer", "total")
    for order_id, customer in enumerate(["Ada", '=HYPERLINK("http://evil.test")'], start=1):
        print(f"  (generator) order {order_id}")  # a database cursor would feed this loop
        yield csv_line(order_id, customer, order_id * 10)


@app.get("/orders.csv")
async def export_orders() -> StreamingResponse:
    disposition = {"Content-Disposition": 'attachment; filename="orders.csv"'}
    return StreamingResponse(order_lines(), media_type="text/csv", headers=disposition)


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        responses = {}
        for url in ("/reports/q3.pdf", "/reports/..%2Fsecrets.env", "/orders.csv"):
            responses[url] = response = await client.get(url)
            shown = {h: response.headers.get(h) for h in ("content-disposition", "content-length")}
            print("GET", url, "->", response.status_code, shown, response.text.splitlines())
    assert responses["/reports/..%2Fsecrets.env"].status_code == status.HTTP_404_NOT_FOUND
    assert "filename*=utf-8''%C3%9Cbersicht%20q3.pdf" in str(responses["/reports/q3.pdf"].headers)
    assert "content-length" not in responses["/orders.csv"].headers  # streamed, length unknown


if __name__ == "__main__":
    asyncio.run(main())
