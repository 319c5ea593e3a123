"""Claims made on content/questions/what-is-fastapi/; each fails if a release changes them."""

import inspect
import threading
import warnings
from importlib.metadata import metadata, requires

from asgi import call
from fastapi import FastAPI, status
from fastapi.responses import JSONResponse
from otel_memory import MemoryTracerProvider
from pydantic import BaseModel
from starlette.applications import Starlette
from versions import release

PAGE = "what-is-fastapi"


def test_fastapi_is_a_starlette_subclass_serving_openapi_3_1_and_docs() -> None:
    """`FastAPI` subclasses `Starlette`; the hints produce an OpenAPI 3.1 document, and the app
    serves `/docs` and `/redoc`."""
    app = FastAPI()
    assert isinstance(app, Starlette)
    assert call(app, "GET", "/openapi.json").json()["openapi"].startswith("3.1")
    for page in ("/docs", "/redoc"):
        assert call(app, "GET", page).status_code == status.HTTP_200_OK


def test_one_annotation_converts_validates_and_documents() -> None:
    """`book_id: int` turns "42" into 42, rejects "forty-two" with 422 before the handler runs,
    and appears as an integer path parameter with a documented 422."""
    app, calls = FastAPI(), []

    @app.get("/books/{book_id}")
    async def read_book(book_id: int) -> dict[str, int]:
        calls.append(book_id)
        return {"book_id": book_id}

    assert call(app, "GET", "/books/42").json() == {"book_id": 42}
    bad = call(app, "GET", "/books/forty-two")
    assert bad.status_code == 422 and bad.json()["detail"][0]["type"] == "int_parsing"
    assert calls == [42]
    operation = app.openapi()["paths"]["/books/{book_id}"]["get"]
    assert operation["parameters"][0]["schema"]["type"] == "integer"
    assert set(operation["responses"]) == {"200", "422"}


def test_def_endpoints_run_in_a_threadpool() -> None:
    """A `def` endpoint runs in a worker thread, an `async def` one on the event loop."""
    app, threads = FastAPI(), {}

    @app.get("/sync")
    def sync_endpoint() -> None:
        threads["def"] = threading.current_thread().name

    @app.get("/async")
    async def async_endpoint() -> None:
        threads["async"] = threading.current_thread().name

    call(app, "GET", "/sync")
    call(app, "GET", "/async")
    assert threads["def"] != threads["async"] == threading.main_thread().name


def test_python_and_pydantic_requirements() -> None:
    """Current FastAPI requires Python 3.11+ (since 0.162.6) and Pydantic v2 (v1 support was
    removed in 0.126.0)."""
    assert release("fastapi") >= (0, 162)
    assert metadata("fastapi")["Requires-Python"] == ">=3.11"
    pydantic_requirement = next(r for r in requires("fastapi") or [] if r.startswith("pydantic>"))
    assert ">=2." in pydantic_requirement and release("pydantic") >= (2, 0)


def test_standard_extra_brings_server_cli_multipart_httpx2_and_otel_sdk() -> None:
    """`fastapi[standard]` adds Uvicorn, the CLI, python-multipart, httpx2 and the OpenTelemetry
    SDK; plain `fastapi` depends on none of them."""
    requirements = requires("fastapi") or []
    standard = {
        r.split(";")[0].split("[")[0].split(">")[0]
        for r in requirements
        if 'extra == "standard"' in r
    }
    base = {
        r.split(";")[0].split("[")[0].split(">")[0] for r in requirements if "extra ==" not in r
    }
    wanted = {"uvicorn", "fastapi-cli", "python-multipart", "httpx2", "opentelemetry-sdk"}
    assert wanted <= standard and not wanted & base


def test_starlette_1_dropped_decorators_that_fastapi_keeps() -> None:
    """Starlette 1.0 removed `@app.middleware`, `@app.route`, `@app.exception_handler` and
    `on_event`; FastAPI keeps `middleware`, `exception_handler` and a deprecated `on_event`."""
    assert release("starlette") >= (1, 0)
    assert not any(hasattr(Starlette, name) for name in ("middleware", "route", "on_event"))
    assert not hasattr(Starlette, "exception_handler")
    app = FastAPI()
    assert callable(app.middleware) and callable(app.exception_handler)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        app.on_event("startup")
    assert any(issubclass(w.category, DeprecationWarning) for w in caught)


def test_built_in_telemetry_since_0_142() -> None:
    """Since 0.142.0 a configured provider makes FastAPI emit a server span with child spans for
    dependencies, endpoint and serialization; `FastAPI(telemetry=...)` takes the settings and the
    OpenTelemetry API is a dependency."""
    assert release("fastapi") >= (0, 142)
    assert "telemetry" in inspect.signature(FastAPI).parameters
    tracer = MemoryTracerProvider()
    app = FastAPI(telemetry={"tracer_provider": tracer})

    @app.get("/books/{book_id}")
    async def read_book(book_id: int) -> int:
        return book_id

    call(app, "GET", "/books/1")
    assert [span.name for span in tracer.spans] == [
        "GET /books/{book_id}",
        "fastapi.dependencies",
        "fastapi.endpoint",
        "fastapi.serialization",
    ]
    assert any(
        r.startswith("opentelemetry-api") for r in requires("fastapi") or [] if "extra" not in r
    )


def test_strict_content_type_since_0_132() -> None:
    """Since 0.132.0 a JSON body with no Content-Type header is a 422, unless
    `strict_content_type=False`."""

    class Item(BaseModel):
        name: str

    for strict, expected in ((True, 422), (False, 200)):
        app = FastAPI(strict_content_type=strict)

        @app.post("/items")
        async def create(item: Item) -> Item:
            return item

        assert call(app, "POST", "/items", content=b'{"name": "pen"}').status_code == expected


def test_max_body_size_since_0_164() -> None:
    """0.164.0 added `max_body_size` (413 for larger bodies)."""
    assert release("fastapi") >= (0, 164)
    app = FastAPI(max_body_size=10)

    @app.post("/echo")
    async def echo(payload: dict[str, str]) -> dict[str, str]:
        return payload

    assert call(app, "POST", "/echo", json={"a": "x" * 100}).status_code == 413


def test_declared_return_types_are_serialized_by_pydantic_since_0_130() -> None:
    """Since 0.130.0 a declared return type (a model or any other annotation) with the default
    response class is serialized by Pydantic, which writes an infinite float as null; otherwise the
    value goes through jsonable_encoder and json.dumps, which refuse it."""
    assert release("fastapi") >= (0, 130)

    class Reading(BaseModel):
        value: float

    app = FastAPI()

    @app.get("/model")
    async def model() -> Reading:
        return Reading(value=float("inf"))

    @app.get("/dict")
    async def mapping() -> dict[str, float]:
        return {"value": float("inf")}

    @app.get("/undeclared")
    async def undeclared():  # no return annotation: the point of this route
        return Reading(value=float("inf"))

    @app.get("/custom-class", response_class=JSONResponse)
    async def custom_class() -> Reading:
        return Reading(value=float("inf"))

    assert call(app, "GET", "/model").json() == {"value": None}
    assert call(app, "GET", "/dict").json() == {"value": None}
    for path in ("/undeclared", "/custom-class"):
        try:
            call(app, "GET", path)
        except ValueError as error:
            assert "JSON compliant" in str(error)
        else:
            raise AssertionError(f"{path}: json.dumps accepted an infinite float")
