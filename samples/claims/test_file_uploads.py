"""Claims made on content/questions/file-uploads/; each fails if a release changes them."""

import io
import struct
import subprocess
import sys
import zlib
from collections.abc import AsyncIterator
from importlib.metadata import requires
from typing import Annotated, Any

import pytest
from asgi import call
from fastapi import Depends, FastAPI, File, Form, HTTPException, Request, UploadFile, status
from pydantic import BaseModel
from starlette.formparsers import MultiPartParser
from starlette.types import Message, Receive, Scope, Send
from versions import release

PAGE = "file-uploads"
MiB = 1024 * 1024


def upload_app(**settings: Any) -> FastAPI:
    app = FastAPI(**settings)

    @app.post("/files")
    async def upload(file: UploadFile) -> dict[str, Any]:
        return {
            "on_disk": file.file._rolled,  # SpooledTemporaryFile: moved to a real temp file
            "size": file.size,
            "type": file.content_type,
            "name": file.filename,
        }

    return app


def test_upload_file_spools_to_disk_after_1_mib() -> None:
    """An UploadFile stays in memory up to 1 MiB and then spills to a temporary file."""
    assert MultiPartParser.spool_max_size == MiB
    app = upload_app()
    small = call(app, "POST", "/files", files={"file": ("a.bin", b"x" * MiB)}).json()
    large = call(app, "POST", "/files", files={"file": ("a.bin", b"x" * (MiB + 1))}).json()
    assert small["on_disk"] is False and large["on_disk"] is True


def test_filename_and_content_type_are_the_clients_claims() -> None:
    """FastAPI passes the client's filename and part Content-Type through unchanged."""
    body = call(
        upload_app(), "POST", "/files", files={"file": ("../../etc/passwd", b"<x>", "image/png")}
    )
    assert body.json() == {
        "on_disk": False,
        "size": 3,
        "type": "image/png",
        "name": "../../etc/passwd",
    }


def test_missing_file_is_a_422_and_bytes_file_reads_everything() -> None:
    """A missing file is the usual 422; `Annotated[bytes, File()]` gets the whole content."""
    assert call(upload_app(), "POST", "/files").json()["detail"][0]["loc"] == ["body", "file"]
    app = FastAPI()

    @app.post("/raw")
    async def raw(data: Annotated[bytes, File()]) -> int:
        return len(data)

    assert call(app, "POST", "/raw", files={"data": ("a", b"x" * 5000)}).json() == 5000


def test_declaring_an_upload_without_python_multipart_fails_at_declaration() -> None:
    """Without python-multipart, declaring the route raises RuntimeError; `fastapi[standard]`
    brings the package."""
    probe = (
        "import sys\n"
        "sys.modules['python_multipart'] = None\n"
        "sys.modules['multipart'] = None\n"
        "from fastapi import FastAPI, UploadFile\n"
        "app = FastAPI()\n"
        "try:\n"
        "    async def f(file: UploadFile) -> None: ...\n"
        "    app.post('/g')(f)\n"
        "except RuntimeError as exc:\n"
        "    print('RuntimeError', 'python-multipart' in str(exc))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.stdout.strip() == "RuntimeError True"
    standard = [r for r in requires("fastapi") or [] if 'extra == "standard"' in r]
    assert any(r.startswith("python-multipart") for r in standard)


def test_other_inputs_are_form_fields_not_a_json_body() -> None:
    """A plain model beside a file is looked for as a form field, so a JSON string there is a
    422; a model declared with `Form()` reads the form fields."""

    class Meta(BaseModel):
        title: str

    app = FastAPI()

    @app.post("/plain")
    async def plain(file: UploadFile, meta: Meta) -> str:
        return meta.title

    @app.post("/form")
    async def form(file: UploadFile, meta: Annotated[Meta, Form()]) -> str:
        return meta.title

    files = {"file": ("a.png", b"x")}
    rejected = call(app, "POST", "/plain", files=files, data={"meta": '{"title": "cat"}'})
    assert rejected.json()["detail"][0]["type"] == "model_attributes_type"
    assert call(app, "POST", "/form", files=files, data={"title": "cat"}).json() == "cat"


def test_the_form_is_parsed_before_dependencies_run() -> None:
    """FastAPI reads the whole multipart body before it runs dependencies or the handler."""
    received = {"bytes": 0, "when_dependency_ran": -1}

    async def deny() -> None:
        received["when_dependency_ran"] = received["bytes"]
        raise HTTPException(status.HTTP_401_UNAUTHORIZED)

    app = FastAPI()

    @app.post("/guarded", dependencies=[Depends(deny)])
    async def guarded(file: UploadFile) -> None: ...

    async def counting(scope: Scope, receive: Receive, send: Send) -> None:
        async def counted() -> Message:
            message = await receive()
            received["bytes"] += len(message.get("body", b""))
            return message

        await app(scope, counted, send)

    response = call(counting, "POST", "/guarded", files={"file": ("a", b"x" * 200_000)})
    assert response.status_code == 401 and received["when_dependency_ran"] > 200_000


def test_max_body_size_since_0_164() -> None:
    """Since FastAPI 0.164 `max_body_size` refuses a larger declared Content-Length with a plain
    text 413 before reading, counts chunked bodies, and the most specific limit wins."""
    assert release("fastapi") >= (0, 164)
    app = FastAPI(max_body_size=1000)
    calls = []

    @app.post("/json")
    async def small(payload: dict[str, str]) -> None:
        calls.append("json")

    @app.post("/upload", max_body_size=100_000)
    async def upload(file: UploadFile) -> int | None:
        return file.size

    received: list[int] = []

    async def counting(scope: Scope, receive: Receive, send: Send) -> None:
        async def counted() -> Message:
            message = await receive()
            received.append(len(message.get("body", b"")))
            return message

        await app(scope, counted, send)

    too_big = call(counting, "POST", "/json", json={"a": "x" * 2000})
    assert too_big.status_code == status.HTTP_413_CONTENT_TOO_LARGE
    assert too_big.text == "Content Too Large" and too_big.headers["content-type"].startswith(
        "text/plain"
    )
    assert received == [] and calls == []  # refused from Content-Length, body never read

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(5):
            yield b"x" * 500

    chunked = call(
        app, "POST", "/json", content=chunks(), headers={"content-type": "application/json"}
    )
    assert chunked.status_code == 413 and "content-length" not in chunked.request.headers
    roomy = call(app, "POST", "/upload", files={"file": ("a", b"x" * 50_000)})
    assert roomy.json() == 50_000  # the route's larger limit overrides the app's
    unlimited = FastAPI()  # the default, None: no limit at all

    @unlimited.post("/json")
    async def any_size(payload: dict[str, str]) -> int:
        return len(payload["a"])

    assert call(unlimited, "POST", "/json", json={"a": "x" * 3 * MiB}).json() == 3 * MiB


def test_starlette_form_limits_and_form_limits_since_0_165() -> None:
    """Defaults: 1,000 files, 1,000 fields, 1 MiB per non-file part (files are not capped);
    exceeding one is a 400; FastAPI 0.165 takes `form_limits`."""
    app = FastAPI()

    @app.post("/note")
    async def note(text: Annotated[str, Form()], file: UploadFile) -> int | None:
        return file.size

    long_text = {"text": "x" * (MiB + 1)}
    refused = call(app, "POST", "/note", data=long_text, files={"file": ("a", b"1")})
    assert refused.status_code == 400 and "maximum size" in refused.json()["detail"]
    big_file = call(app, "POST", "/note", data={"text": "x"}, files={"file": ("a", b"x" * 3 * MiB)})
    assert big_file.json() == 3 * MiB

    assert release("fastapi") >= (0, 165)
    limited = FastAPI(form_limits={"max_files": 1})

    @limited.post("/many")
    async def many(files: list[UploadFile]) -> int:
        return len(files)

    two = [("files", ("a", b"1")), ("files", ("b", b"2"))]
    response = call(limited, "POST", "/many", files=two)
    assert response.status_code == 400 and "Too many files" in response.json()["detail"]


def test_form_limits_apply_to_parameters_not_to_request_form() -> None:
    """`form_limits` applies to the files and fields FastAPI parses for parameters, not to an
    `await request.form()` in the handler."""
    app = FastAPI(form_limits={"max_files": 1})

    @app.post("/manual")
    async def manual(request: Request) -> int:
        return len((await request.form()).getlist("files"))

    @app.post("/auto")
    async def auto(files: list[UploadFile]) -> int:
        return len(files)

    two = [("files", ("a", b"1")), ("files", ("b", b"2"))]
    assert call(app, "POST", "/manual", files=two).json() == 2
    assert call(app, "POST", "/auto", files=two).status_code == 400


def test_a_part_without_a_name_is_a_400() -> None:
    """RFC 7578 section 4.2 requires a `name` on every part; Starlette refuses a part without
    one with 400."""
    body = b'--b1\r\nContent-Disposition: form-data; filename="a.txt"\r\n\r\nhello\r\n--b1--\r\n'
    headers = {"content-type": "multipart/form-data; boundary=b1"}
    response = call(upload_app(), "POST", "/files", content=body, headers=headers)
    assert response.status_code == 400 and '"name" must be provided' in response.json()["detail"]


def test_pillow_warns_above_max_image_pixels_and_refuses_above_twice_that_in_open() -> None:
    """Pillow warns above `Image.MAX_IMAGE_PIXELS` (about 89 million) and raises
    `DecompressionBombError` above twice that, in `Image.open`, from the header alone."""
    image_module = pytest.importorskip("PIL.Image")

    def png_header(width: int, height: int) -> bytes:
        def chunk(kind: bytes, data: bytes) -> bytes:
            return (
                struct.pack(">I", len(data))
                + kind
                + data
                + struct.pack(">I", zlib.crc32(kind + data))
            )

        ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
        return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")

    assert image_module.MAX_IMAGE_PIXELS == 89_478_485
    with pytest.raises(image_module.DecompressionBombError):
        image_module.open(io.BytesIO(png_header(50_000, 50_000)))  # 2.5e9 pixels, 45 bytes
    with pytest.warns(image_module.DecompressionBombWarning):
        opened = image_module.open(io.BytesIO(png_header(10_000, 10_000)))  # 1e8: only a warning
    assert opened.size == (10_000, 10_000)
