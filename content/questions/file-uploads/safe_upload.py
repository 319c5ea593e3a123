# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx", "python-multipart"]
# ///
"""Accept an upload safely: cap the body, sniff the bytes, let the server pick the name."""

import asyncio
import hashlib
import shutil
import struct
import tempfile
from pathlib import Path, PureWindowsPath

import httpx
from fastapi import FastAPI, HTTPException, UploadFile, status

MAX_BODY = 64 * 1024  # whole multipart body, boundaries included
MAX_PIXELS = 40_000_000  # decoded size matters more than file size for images
SIGNATURES = {b"\x89PNG\r\n\x1a\n": ("image/png", ".png"), b"%PDF-": ("application/pdf", ".pdf")}
STORE = Path(tempfile.mkdtemp())  # private storage, not a directory the web server serves
app = FastAPI()
calls = {"handler": 0}


def sniff(head: bytes) -> tuple[str, str]:
    for magic, kind in SIGNATURES.items():
        if head.startswith(magic):
            if kind[0] == "image/png":  # IHDR holds width and height: check before decoding
                width, height = struct.unpack(">II", head[16:24])
                if width * height > MAX_PIXELS:
                    raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "Too many pixels")
            return kind
    raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, "Only PNG or PDF content")


@app.post("/files", status_code=status.HTTP_201_CREATED, max_body_size=MAX_BODY)
async def upload(file: UploadFile) -> dict[str, str | int | None]:
    calls["handler"] += 1
    media_type, suffix = sniff(await file.read(24))  # the bytes decide, not file.content_type
    await file.seek(0)
    digest = hashlib.sha256()
    with tempfile.NamedTemporaryFile(dir=STORE, suffix=".part", delete=False) as out:
        while chunk := await file.read(16 * 1024):  # copy in chunks, never all at once
            digest.update(chunk)
            out.write(chunk)
    stored_as = digest.hexdigest()[:16] + suffix  # server-chosen; a uuid4 works as well
    Path(out.name).rename(STORE / stored_as)
    shown = PureWindowsPath(file.filename or "").name  # display only; splits on / and \
    return {"stored_as": stored_as, "type": media_type, "size": file.size, "name": shown}


async def send(client: httpx.AsyncClient, name: str, data: bytes, claimed: str) -> httpx.Response:
    response = await client.post("/files", files={"file": (name, data, claimed)})
    print(f"POST /files {name!r} claimed {claimed}, {len(data)} B ->", response.status_code)
    print("   ", response.text)
    return response


async def main() -> None:
    png_head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"  # signature, then the IHDR chunk
    png, pdf = png_head + struct.pack(">II", 64, 64) + bytes(200), b"%PDF-1.7\n" + bytes(300)
    bomb = png_head + struct.pack(">II", 50_000, 50_000) + bytes(41)  # 65 bytes, 2.5e9 pixels
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        assert (await send(client, "cat.png", png, "image/png")).status_code == 201
        body = (await send(client, "../../etc/passwd", pdf, "text/plain")).json()
        assert body["type"] == "application/pdf" and body["name"] == "passwd"
        assert (STORE / body["stored_as"]).is_file()  # inside STORE, under the server's name
        assert (await send(client, "bomb.png", bomb, "image/png")).status_code == 422
        html = b"<script>alert(1)</script>"
        assert (await send(client, "invoice.pdf", html, "application/pdf")).status_code == 415
        before = calls["handler"]
        big = png + bytes(MAX_BODY)
        assert (await send(client, "huge.png", big, "image/png")).status_code == 413
        assert calls["handler"] == before  # refused before the form was parsed
    shutil.rmtree(STORE)


if __name__ == "__main__":
    asyncio.run(main())
