"""Claims made on content/questions/file-downloads/; each fails if a release changes them."""

from __future__ import annotations

import os
import tempfile
from importlib.metadata import version
from pathlib import Path

import pytest
from asgi import call
from fastapi import FastAPI
from fastapi.responses import FileResponse, StreamingResponse
from starlette.middleware.gzip import GZipMiddleware

PAGE = "file-downloads"
CONTENT = bytes(range(100))


def file_app(content: bytes = CONTENT, **options: object) -> FastAPI:
    path = Path(tempfile.mkdtemp()) / "data.bin"
    path.write_bytes(content)
    app = FastAPI()

    @app.get("/file")
    async def download() -> FileResponse:
        return FileResponse(path, **options)

    return app


def test_range_support_exists_since_starlette_0_39() -> None:
    """FileResponse has answered Range requests since Starlette 0.39.0; it advertises
    Accept-Ranges: bytes and answers one range with 206, Content-Range and Content-Length."""
    major, minor = (int(part) for part in version("starlette").split(".")[:2])
    assert (major, minor) >= (0, 39)
    app = file_app()
    assert call(app, "GET", "/file").headers["accept-ranges"] == "bytes"
    response = call(app, "GET", "/file", headers={"Range": "bytes=10-19"})
    assert response.status_code == 206
    assert response.headers["content-range"] == "bytes 10-19/100"
    assert response.headers["content-length"] == "10"
    assert response.content == CONTENT[10:20]


def test_open_suffix_and_overlong_ranges() -> None:
    """bytes=95- runs to the end, bytes=-4 is the last four bytes, and a last position past the
    end is cut to the file's length rather than refused."""
    app = file_app()
    assert call(app, "GET", "/file", headers={"Range": "bytes=95-"}).content == CONTENT[95:]
    assert call(app, "GET", "/file", headers={"Range": "bytes=-4"}).content == CONTENT[96:]
    overlong = call(app, "GET", "/file", headers={"Range": "bytes=90-999"})
    assert overlong.status_code == 206
    assert overlong.headers["content-range"] == "bytes 90-99/100"


def test_416_with_content_range_star_when_the_start_is_past_the_end() -> None:
    """A range starting at or beyond the length gets 416 with Content-Range: bytes */<length>."""
    response = call(file_app(), "GET", "/file", headers={"Range": "bytes=100-"})
    assert response.status_code == 416
    assert response.headers["content-range"] == "bytes */100"


def test_if_range_uses_the_etag_or_last_modified_and_rejects_weak_tags() -> None:
    """If-Range equal to the current ETag (or Last-Modified) gives 206; a different or weak tag
    gives the whole file with 200."""
    app = file_app()
    headers = call(app, "GET", "/file").headers
    for validator, expected in [
        (headers["etag"], 206),
        (headers["last-modified"], 206),
        ('"something-else"', 200),
        ("W/" + headers["etag"], 200),
    ]:
        response = call(app, "GET", "/file", headers={"Range": "bytes=0-9", "If-Range": validator})
        assert response.status_code == expected, validator
    assert len(response.content) == 100


def test_etag_comes_from_mtime_and_size_not_content() -> None:
    """The ETag is derived from modification time and size, so equal mtime and size give equal
    tags even when the bytes differ."""
    tags = []
    for content in (b"a" * 10, b"b" * 10):
        path = Path(tempfile.mkdtemp()) / "same.bin"
        path.write_bytes(content)
        os.utime(path, (1_790_000_000, 1_790_000_000))
        app = FastAPI()
        app.get("/f")(lambda p=path: FileResponse(p))
        tags.append(call(app, "GET", "/f").headers["etag"])
    assert tags[0] == tags[1]


def test_several_ranges_become_multipart_byteranges() -> None:
    """Two ranges give one 206 with multipart/byteranges and no Content-Range header field."""
    response = call(file_app(), "GET", "/file", headers={"Range": "bytes=0-1,50-51"})
    assert response.status_code == 206
    assert response.headers["content-type"].startswith("multipart/byteranges; boundary=")
    assert "content-range" not in response.headers
    assert b"Content-Range: bytes 50-51/100" in response.content


def test_where_starlette_departs_from_rfc_9110() -> None:
    """An unknown range unit gets 400 (RFC 9110 says ignore it and send 200), one unsatisfiable
    range in a set makes the whole request 416 (the RFC would serve the rest), and a HEAD with
    Range gets 206 (ranges are defined only for GET, so the RFC says ignore it)."""
    app = file_app()
    assert call(app, "GET", "/file", headers={"Range": "items=0-4"}).status_code == 400
    assert call(app, "GET", "/file", headers={"Range": "bytes=0-4,500-"}).status_code == 416
    path = Path(tempfile.mkdtemp()) / "data.bin"
    path.write_bytes(CONTENT)
    head_app = FastAPI()

    @head_app.api_route("/file", methods=["GET", "HEAD"])
    async def download() -> FileResponse:
        return FileResponse(path)

    head = call(head_app, "HEAD", "/file", headers={"Range": "bytes=0-9"})
    assert head.status_code == 206 and head.headers["content-range"] == "bytes 0-9/100"


def test_a_206_repeats_the_representation_fields_of_the_200() -> None:
    """A single-range 206 carries the ETag, Last-Modified, Content-Type and Content-Disposition
    the 200 would have carried (RFC 9110 requires them when the request has no If-Range)."""
    app = file_app(filename="report.pdf")
    full = call(app, "GET", "/file").headers
    part = call(app, "GET", "/file", headers={"Range": "bytes=0-9"}).headers
    for field in ("etag", "last-modified", "content-type", "content-disposition"):
        assert part[field] == full[field], field


def test_streaming_response_has_no_length_and_ignores_range() -> None:
    """StreamingResponse sends no Content-Length and answers a Range request with the whole body."""
    app = FastAPI()

    @app.get("/stream")
    async def stream() -> StreamingResponse:
        async def chunks():
            yield b"a,b\n"
            yield b"1,2\n"

        return StreamingResponse(chunks(), media_type="text/csv")

    response = call(app, "GET", "/stream", headers={"Range": "bytes=0-1"})
    assert response.status_code == 200
    assert "content-length" not in response.headers
    assert response.content == b"a,b\n1,2\n"


def test_content_disposition_filename_and_filename_star() -> None:
    """An ASCII name gives filename="..."; a name that needs percent-encoding gives only
    filename*=utf-8''... (no plain fallback); content_disposition_type switches to inline."""
    plain = call(file_app(filename="report.pdf"), "GET", "/file")
    assert plain.headers["content-disposition"] == 'attachment; filename="report.pdf"'
    encoded = call(file_app(filename="Übersicht q3.pdf"), "GET", "/file")
    assert encoded.headers["content-disposition"] == (
        "attachment; filename*=utf-8''%C3%9Cbersicht%20q3.pdf"
    )
    inline = call(file_app(filename="a.pdf", content_disposition_type="inline"), "GET", "/file")
    assert inline.headers["content-disposition"] == 'inline; filename="a.pdf"'


def test_fastapi_get_routes_do_not_answer_head() -> None:
    """A FastAPI @app.get route answers HEAD with 405; add HEAD explicitly if clients need it."""
    assert call(file_app(), "HEAD", "/file").status_code == 405


def test_path_converter_passes_decoded_dot_dot_segments() -> None:
    """{name:path} receives '../secrets.env' from an encoded slash, while a plain {name} does not
    match it at all (404)."""
    app = FastAPI()

    @app.get("/raw/{name:path}")
    async def raw(name: str) -> dict[str, str]:
        return {"name": name}

    @app.get("/plain/{name}")
    async def plain(name: str) -> dict[str, str]:
        return {"name": name}

    assert call(app, "GET", "/raw/..%2Fsecrets.env").json() == {"name": "../secrets.env"}
    assert call(app, "GET", "/plain/..%2Fsecrets.env").status_code == 404


def test_gzip_middleware_leaves_partial_responses_alone() -> None:
    """GZipMiddleware does not compress a 206, so byte offsets stay those of the file."""
    app = file_app(content=b"x" * 5000, media_type="text/plain")
    app.add_middleware(GZipMiddleware, minimum_size=10)
    headers = {"Range": "bytes=0-999", "Accept-Encoding": "gzip"}
    partial = call(app, "GET", "/file", headers=headers)
    assert partial.status_code == 206 and "content-encoding" not in partial.headers
    full = call(app, "GET", "/file", headers={"Accept-Encoding": "gzip"})
    assert full.headers["content-encoding"] == "gzip"


def test_pathsend_is_used_when_the_server_offers_it() -> None:
    """With the http.response.pathsend extension in the scope, FileResponse hands the server the
    path instead of reading the file itself."""
    import asyncio

    path = Path(tempfile.mkdtemp()) / "big.bin"
    path.write_bytes(CONTENT)
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b""}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "GET", "headers": [], "path": "/",
             "extensions": {"http.response.pathsend": {}}}  # fmt: skip
    asyncio.run(FileResponse(path)(scope, receive, send))
    assert [m["type"] for m in sent] == ["http.response.start", "http.response.pathsend"]
    assert sent[1]["path"] == str(path)


def test_missing_file_is_a_server_error_not_a_404() -> None:
    """FileResponse checks the file only when it is sent: a missing path raises RuntimeError,
    which the client sees as 500, so the handler must check and answer 404 itself."""
    import asyncio

    import httpx

    app = FastAPI()

    @app.get("/gone")
    async def gone() -> FileResponse:
        return FileResponse(Path(tempfile.mkdtemp()) / "missing.bin")

    async def fetch() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get("/gone")

    assert asyncio.run(fetch()).status_code == 500
    with pytest.raises(RuntimeError, match="does not exist"):
        call(app, "GET", "/gone")


def test_more_than_100_ranges_are_ignored() -> None:
    """A Range header with more than 100 ranges is ignored and the whole file is sent (200)."""
    many = "bytes=" + ",".join(f"{n}-{n}" for n in range(0, 101))
    response = call(file_app(), "GET", "/file", headers={"Range": many})
    assert response.status_code == 200 and len(response.content) == 100


def test_media_type_is_guessed_from_the_name() -> None:
    """Without media_type, FileResponse guesses from the file name and falls back to
    application/octet-stream."""
    assert call(file_app(filename="a.pdf"), "GET", "/file").headers["content-type"] == (
        "application/pdf"
    )
    assert call(file_app(), "GET", "/file").headers["content-type"] == "application/octet-stream"


def test_client_disconnect_closes_the_streaming_generator() -> None:
    """When the client disconnects mid-stream, Starlette stops the generator and its finally
    block runs, so cursors and files opened there are released."""
    import asyncio

    log: list[str] = []

    async def rows():
        try:
            for n in range(1000):
                log.append(f"row {n}")
                yield b"x\n"
                await asyncio.sleep(0.001)
        finally:
            log.append("closed")

    async def run() -> None:
        first_chunk_sent = asyncio.Event()

        async def receive() -> dict:
            await first_chunk_sent.wait()
            return {"type": "http.disconnect"}

        async def send(message: dict) -> None:
            if message["type"] == "http.response.body":
                first_chunk_sent.set()

        scope = {"type": "http", "method": "GET", "headers": [],
                 "asgi": {"version": "3.0", "spec_version": "2.3"}}  # fmt: skip
        await StreamingResponse(rows())(scope, receive, send)

    asyncio.run(run())
    assert log[-1] == "closed" and len(log) < 10


def test_static_files_refuses_paths_outside_its_directory() -> None:
    """StaticFiles resolves the requested path and refuses one that leaves its directory."""
    from starlette.staticfiles import StaticFiles

    root = Path(tempfile.mkdtemp())
    (root / "public").mkdir()
    (root / "public" / "logo.txt").write_text("logo")
    (root / "secrets.env").write_text("DB_PASSWORD=x")
    app = FastAPI()
    app.mount("/static", StaticFiles(directory=root / "public"))
    assert call(app, "GET", "/static/logo.txt").text == "logo"
    assert call(app, "GET", "/static/..%2Fsecrets.env").status_code == 404


def test_overlapping_and_adjacent_ranges_are_merged() -> None:
    """Overlapping (or touching) ranges are merged into one part: a single-part 206, not a
    multipart body."""
    app = file_app()
    for spec, merged in [
        ("bytes=0-9,5-14", "bytes 0-14/100"),
        ("bytes=0-9,10-19", "bytes 0-19/100"),
    ]:
        response = call(app, "GET", "/file", headers={"Range": spec})
        assert response.status_code == 206 and response.headers["content-range"] == merged


def test_file_response_reads_64_kib_chunks_in_a_worker_thread(monkeypatch) -> None:
    """FileResponse sends the file 64 KiB at a time and each read runs in a worker thread, so a
    large file is never held in memory whole and disk reads do not block the event loop."""
    import asyncio

    import anyio.to_thread

    threaded: list[str] = []
    run_sync = anyio.to_thread.run_sync

    async def recording_run_sync(func, *args, **kwargs):
        threaded.append(getattr(func, "__name__", repr(func)))
        return await run_sync(func, *args, **kwargs)

    monkeypatch.setattr(anyio.to_thread, "run_sync", recording_run_sync)
    path = Path(tempfile.mkdtemp()) / "big.bin"
    path.write_bytes(b"x" * (150 * 1024))
    chunks: list[int] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b""}

    async def send(message: dict) -> None:
        if message["type"] == "http.response.body":
            chunks.append(len(message["body"]))

    scope = {"type": "http", "method": "GET", "headers": [], "path": "/",
             "asgi": {"version": "3.0", "spec_version": "2.4"}}  # fmt: skip
    asyncio.run(FileResponse(path)(scope, receive, send))
    assert chunks[:3] == [65536, 65536, 150 * 1024 - 2 * 65536]
    assert threaded.count("read") >= 3


def test_uvicorn_does_not_offer_pathsend() -> None:
    """Uvicorn's HTTP scope has no http.response.pathsend extension, so FileResponse reads and
    sends the file itself there."""
    from asgi import through_uvicorn

    seen: list[dict] = []

    async def app(scope: dict, receive: object, send) -> None:
        seen.append(scope.get("extensions") or {})
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    answer = through_uvicorn(app, b"GET / HTTP/1.1\r\nHost: api.test\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 204") and len(seen) == 1
    assert "http.response.pathsend" not in seen[0]


def test_user_files_get_a_type_from_their_name_and_no_nosniff() -> None:
    """FileResponse takes the media type from the file name (an .svg is image/svg+xml, which a
    browser renders with scripts) and sends no X-Content-Type-Options header of its own."""
    response = call(file_app(content=b"<svg/>", filename="avatar.svg"), "GET", "/file")
    assert response.headers["content-type"] == "image/svg+xml"
    assert "x-content-type-options" not in response.headers
