# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""FileResponse and Range: 206 for a slice, 200 when If-Range is stale, 416 past the end."""

import asyncio
import os
import string
import tempfile
from pathlib import Path

import httpx
from fastapi import FastAPI, status
from fastapi.responses import FileResponse

BACKUP = Path(tempfile.mkdtemp()) / "backup.bin"
BACKUP.write_bytes(string.ascii_letters.encode() * 2)  # 104 bytes: a..z A..Z a..z A..Z
os.utime(BACKUP, (1_790_000_000, 1_790_000_000))  # fixed mtime: ETag and Last-Modified use it

app = FastAPI()


@app.get("/backups/latest")
async def latest_backup() -> FileResponse:
    return FileResponse(BACKUP, filename="backup.bin")


async def get(client: httpx.AsyncClient, **headers: str) -> httpx.Response:
    response = await client.get("/backups/latest", headers=headers)
    print("GET", " ".join(f"{name}: {value}" for name, value in headers.items()) or "(whole file)")
    shown = {h: v for h, v in response.headers.items() if h in ("content-range", "content-length")}
    print(f"  -> {response.status_code} {shown} body={response.content[:10]!r}")
    return response


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        full = await get(client)
        print("  ", {h: full.headers[h] for h in ("accept-ranges", "etag", "last-modified")})
        etag = full.headers["etag"]

        first = await get(client, Range="bytes=0-25")
        assert first.status_code == status.HTTP_206_PARTIAL_CONTENT
        assert first.headers["content-range"] == "bytes 0-25/104"

        tail = await get(client, Range="bytes=-4")  # the last four bytes
        assert tail.content == b"WXYZ"

        resumed = await get(client, Range="bytes=26-", **{"If-Range": etag})
        assert resumed.status_code == status.HTTP_206_PARTIAL_CONTENT

        changed = await get(client, Range="bytes=26-", **{"If-Range": '"an-older-etag"'})
        assert changed.status_code == status.HTTP_200_OK and len(changed.content) == 104

        past_end = await get(client, Range="bytes=500-")
        assert past_end.status_code == status.HTTP_416_RANGE_NOT_SATISFIABLE
        assert past_end.headers["content-range"] == "bytes */104"


if __name__ == "__main__":
    asyncio.run(main())
