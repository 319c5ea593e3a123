"""Claims made on content/questions/api-performance/; each fails if a release changes them."""

import inspect
from collections.abc import AsyncIterator

import anyio
import anyio.to_thread
import fastapi.routing
import pytest
from asgi import call
from fastapi import Depends, FastAPI, Response
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import StreamingResponse
from opentelemetry import trace
from opentelemetry.trace import NoOpTracer
from pydantic import BaseModel
from starlette.middleware.gzip import GZipMiddleware as StarletteGZipMiddleware
from versions import release

PAGE = "api-performance"
GZIP = {"Accept-Encoding": "gzip"}
IDENTITY = {"Accept-Encoding": "identity"}  # httpx asks for gzip unless told otherwise
BIG = b"x" * 2_000


def app_returning(media_type: str, status_code: int = 200) -> FastAPI:
    app = FastAPI()
    app.add_middleware(GZipMiddleware)

    @app.get("/body")
    async def body() -> Response:
        return Response(BIG, status_code=status_code, media_type=media_type)

    return app


def encoding(app: FastAPI, url: str = "/body", headers: dict[str, str] = GZIP) -> str | None:
    return call(app, "GET", url, headers=headers).headers.get("content-encoding")


def test_fastapi_reexports_starlettes_gzip_middleware_with_its_defaults() -> None:
    """FastAPI re-exports Starlette's GZipMiddleware: minimum_size 500, compresslevel 9."""
    assert GZipMiddleware is StarletteGZipMiddleware
    defaults = inspect.signature(GZipMiddleware.__init__).parameters
    assert defaults["minimum_size"].default == 500
    assert defaults["compresslevel"].default == 9


def test_gzip_needs_an_accepting_client_and_a_body_of_minimum_size() -> None:
    """Nothing is compressed without Accept-Encoding: gzip, or under minimum_size."""
    app = FastAPI()
    app.add_middleware(GZipMiddleware)

    @app.get("/small")
    async def small() -> Response:
        return Response(b"x" * 499, media_type="application/json")

    assert encoding(app, "/small") is None
    assert encoding(app_returning("application/json"), headers=IDENTITY) is None
    assert encoding(app_returning("application/json")) == "gzip"


def test_gzip_adds_vary_accept_encoding_even_when_the_client_did_not_accept_gzip() -> None:
    """Every response large enough to compress gets Vary: Accept-Encoding."""
    for headers in (GZIP, IDENTITY):
        response = call(app_returning("application/json"), "GET", "/body", headers=headers)
        assert "accept-encoding" in response.headers["vary"].lower()


def test_streaming_responses_are_compressed() -> None:
    """A StreamingResponse is compressed chunk by chunk."""
    app = FastAPI()
    app.add_middleware(GZipMiddleware)

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(10):
            yield b'{"id": 1, "status": "shipped"}\n' * 10

    @app.get("/export")
    async def export() -> StreamingResponse:
        return StreamingResponse(chunks(), media_type="application/x-ndjson")

    response = call(app, "GET", "/export", headers=GZIP)
    assert response.headers["content-encoding"] == "gzip" and len(response.content) == 3_100


@pytest.mark.parametrize(
    "media_type",
    ["image/png", "image/jpeg", "image/webp", "video/mp4", "font/woff2", "application/zip"],
)
def test_already_compressed_types_are_skipped(media_type: str) -> None:
    """Since Starlette 1.5 the default exclusions cover images, audio, video, fonts and archives."""
    assert encoding(app_returning(media_type)) is None


def test_server_sent_events_are_skipped() -> None:
    """text/event-stream is never compressed, so events are not held back in a buffer."""
    assert encoding(app_returning("text/event-stream")) is None


def test_svg_and_json_are_compressed() -> None:
    """SVG is text, not on the excluded list."""
    assert encoding(app_returning("image/svg+xml")) == "gzip"


def test_partial_responses_are_not_compressed() -> None:
    """Since Starlette 1.5 a 206 Partial Content passes through uncompressed."""
    assert encoding(app_returning("application/json", status_code=206)) is None


def test_responses_that_already_have_a_content_encoding_are_left_alone() -> None:
    """A body the app compressed itself is not compressed a second time."""
    app = FastAPI()
    app.add_middleware(GZipMiddleware)

    @app.get("/body")
    async def body() -> Response:
        return Response(BIG, headers={"Content-Encoding": "br"}, media_type="application/json")

    assert call(app, "GET", "/body", headers=GZIP).headers["content-encoding"] == "br"


def test_typed_responses_are_serialized_by_pydantic_since_fastapi_0_130(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With a declared return type, FastAPI (0.130.0+) skips jsonable_encoder."""
    assert release("fastapi") >= (0, 130, 0)
    calls: list[int] = []
    original = fastapi.routing.jsonable_encoder

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(fastapi.routing, "jsonable_encoder", counting)

    class Author(BaseModel):
        name: str

    app = FastAPI()

    @app.get("/authors")
    async def authors() -> list[Author]:
        return [Author(name="Ada")]

    assert call(app, "GET", "/authors").json() == [{"name": "Ada"}] and calls == []


def test_fastapi_records_dependency_endpoint_and_serialization_spans() -> None:
    """Since 0.142, with a tracer provider configured, FastAPI adds these spans per request."""
    assert release("fastapi") >= (0, 142, 0)
    names: list[str] = []

    class RecordingTracer(NoOpTracer):
        def start_span(self, name: str, *args: object, **kwargs: object) -> trace.Span:
            names.append(name)
            return super().start_span(name, *args, **kwargs)

    class Provider(trace.TracerProvider):
        def get_tracer(self, *args: object, **kwargs: object) -> trace.Tracer:
            return RecordingTracer()

    def session() -> int:
        return 1

    app = FastAPI(telemetry={"tracer_provider": Provider(), "metrics": False, "logs": False})

    @app.get("/authors")
    async def authors(db: int = Depends(session)) -> list[int]:
        return [db]

    assert call(app, "GET", "/authors").json() == [1]
    assert {"fastapi.dependencies", "fastapi.endpoint", "fastapi.serialization"} <= set(names)


def test_max_body_size_answers_an_oversized_body_with_413_since_fastapi_0_164() -> None:
    """FastAPI 0.164 added max_body_size; a larger body gets 413 before the route runs."""
    assert release("fastapi") >= (0, 164, 0)
    app = FastAPI(max_body_size=100)

    @app.post("/reports")
    async def create(report: dict[str, str]) -> dict[str, int]:
        return {"fields": len(report)}

    assert call(app, "POST", "/reports", json={"title": "q3"}).json() == {"fields": 1}
    too_big = call(app, "POST", "/reports", json={"title": "x" * 200})
    assert too_big.status_code == 413


def test_vary_is_not_added_to_responses_gzip_would_skip() -> None:
    """Vary: Accept-Encoding goes on responses the middleware would compress, not on an excluded
    type or a 206."""
    for app in (app_returning("image/png"), app_returning("application/json", status_code=206)):
        assert "vary" not in call(app, "GET", "/body", headers=GZIP).headers


def test_large_chunks_are_compressed_in_a_worker_thread_under_gzips_own_limiter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Chunks of 128 KiB or more (thread_minimum_size) are compressed off the event loop, through
    a limiter of 40 that is not AnyIO's default one."""
    defaults = inspect.signature(GZipMiddleware.__init__).parameters
    assert defaults["thread_minimum_size"].default == 128 * 1024
    limiters: list[object] = []
    original = anyio.to_thread.run_sync

    async def spy(func, *args, limiter=None, **kwargs):  # type: ignore[no-untyped-def]
        if getattr(func, "__name__", "") == "_compress_body":
            limiters.append((limiter, anyio.to_thread.current_default_thread_limiter()))
        return await original(func, *args, limiter=limiter, **kwargs)

    monkeypatch.setattr(anyio.to_thread, "run_sync", spy)
    app = FastAPI()
    app.add_middleware(GZipMiddleware)

    @app.get("/big")
    async def big() -> Response:
        return Response(b"x" * (128 * 1024), media_type="application/json")

    @app.get("/small")
    async def small() -> Response:
        return Response(b"x" * (128 * 1024 - 1), media_type="application/json")

    assert call(app, "GET", "/small", headers=GZIP).headers["content-encoding"] == "gzip"
    assert limiters == []
    assert call(app, "GET", "/big", headers=GZIP).headers["content-encoding"] == "gzip"
    ((limiter, default),) = limiters
    assert isinstance(limiter, anyio.CapacityLimiter) and limiter.total_tokens == 40
    assert limiter is not default
