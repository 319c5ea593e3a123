"""Claims made on content/questions/etags-conditional-requests/; a release that breaks one fails."""

import os
from pathlib import Path

from asgi import call
from fastapi import FastAPI, Response, status
from fastapi.responses import FileResponse
from starlette.middleware.gzip import GZipMiddleware
from starlette.staticfiles import StaticFiles

PAGE = "etags-conditional-requests"


def files_app(folder: Path) -> FastAPI:
    app = FastAPI()

    @app.get("/note")
    async def note() -> dict[str, str]:
        return {"text": "first draft"}

    @app.get("/download")
    async def download() -> FileResponse:
        return FileResponse(folder / "notes.txt")

    app.mount("/static", StaticFiles(directory=folder))
    return app


def write_file(folder: Path, text: str, mtime: int) -> None:
    path = folder / "notes.txt"
    path.write_text(text)
    os.utime(path, (mtime, mtime))


def test_fastapi_adds_no_etag_and_ignores_if_none_match(tmp_path: Path) -> None:
    """FastAPI does not add ETags to JSON responses or evaluate preconditions for them."""
    app = files_app(tmp_path)
    assert "etag" not in call(app, "GET", "/note").headers
    response = call(app, "GET", "/note", headers={"If-None-Match": "*"})
    assert response.status_code == status.HTTP_200_OK


def test_file_response_etag_comes_from_mtime_and_size_not_bytes(tmp_path: Path) -> None:
    """`FileResponse` sets `ETag` and `Last-Modified`; the tag follows mtime and size only."""
    app = files_app(tmp_path)
    write_file(tmp_path, "version one\n", mtime=1_000_000)
    first = call(app, "GET", "/download")
    assert first.headers["etag"].startswith('"') and "last-modified" in first.headers
    write_file(tmp_path, "version two\n", mtime=1_000_000)  # new bytes, same size and mtime
    assert call(app, "GET", "/download").headers["etag"] == first.headers["etag"]
    write_file(tmp_path, "version one\n", mtime=2_000_000)  # same bytes, new mtime
    assert call(app, "GET", "/download").headers["etag"] != first.headers["etag"]


def test_file_response_does_not_answer_if_none_match(tmp_path: Path) -> None:
    """A route returning `FileResponse` sends the whole file again even when the tag matches."""
    app = files_app(tmp_path)
    write_file(tmp_path, "hello\n", mtime=1_000_000)
    tag = call(app, "GET", "/download").headers["etag"]
    again = call(app, "GET", "/download", headers={"If-None-Match": tag})
    assert again.status_code == status.HTTP_200_OK and again.text == "hello\n"


def test_file_response_honors_if_range(tmp_path: Path) -> None:
    """`FileResponse` sends 206 for a Range whose If-Range still matches, else the full 200."""
    app = files_app(tmp_path)
    write_file(tmp_path, "hello world\n", mtime=1_000_000)
    tag = call(app, "GET", "/download").headers["etag"]
    fresh = call(app, "GET", "/download", headers={"Range": "bytes=0-4", "If-Range": tag})
    assert fresh.status_code == status.HTTP_206_PARTIAL_CONTENT and fresh.text == "hello"
    stale = call(app, "GET", "/download", headers={"Range": "bytes=0-4", "If-Range": '"old"'})
    assert stale.status_code == status.HTTP_200_OK and stale.text == "hello world\n"


def test_static_files_answer_if_none_match_with_weak_comparison_and_star(tmp_path: Path) -> None:
    """`StaticFiles` answers a matching tag (weak comparison) or `*` with 304 and no body."""
    app = files_app(tmp_path)
    write_file(tmp_path, "hello\n", mtime=1_000_000)
    tag = call(app, "GET", "/static/notes.txt").headers["etag"]
    for value in (tag, f"W/{tag}", f'"other", {tag}', "*"):
        response = call(app, "GET", "/static/notes.txt", headers={"If-None-Match": value})
        assert response.status_code == status.HTTP_304_NOT_MODIFIED, value
        assert response.content == b"" and response.headers["etag"] == tag


def test_static_files_consult_if_modified_since_only_without_if_none_match(tmp_path: Path) -> None:
    """`If-Modified-Since` gives 304 alone, but is ignored when `If-None-Match` is present."""
    app = files_app(tmp_path)
    write_file(tmp_path, "hello\n", mtime=1_000_000)
    since = call(app, "GET", "/static/notes.txt").headers["last-modified"]
    alone = call(app, "GET", "/static/notes.txt", headers={"If-Modified-Since": since})
    assert alone.status_code == status.HTTP_304_NOT_MODIFIED
    both = {"If-Modified-Since": since, "If-None-Match": '"some-other-version"'}
    assert call(app, "GET", "/static/notes.txt", headers=both).status_code == status.HTTP_200_OK


def test_gzip_middleware_keeps_the_same_etag_for_compressed_bytes() -> None:
    """`GZipMiddleware` compresses a response without changing its strong `ETag`."""
    app = FastAPI()
    app.add_middleware(GZipMiddleware, minimum_size=10)

    @app.get("/note")
    async def note() -> Response:
        body = b'{"text":"' + b"x" * 600 + b'"}'
        return Response(body, media_type="application/json", headers={"ETag": '"v1"'})

    gzipped = call(app, "GET", "/note", headers={"Accept-Encoding": "gzip"})
    plain = call(app, "GET", "/note", headers={"Accept-Encoding": "identity"})
    assert gzipped.headers["content-encoding"] == "gzip"
    assert "content-encoding" not in plain.headers
    assert gzipped.headers["etag"] == plain.headers["etag"] == '"v1"'
