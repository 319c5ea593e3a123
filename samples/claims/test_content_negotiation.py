"""Claims made on content/questions/content-negotiation/; each fails if a release changes them."""

from typing import Annotated

from asgi import call
from fastapi import APIRouter, Body, Depends, FastAPI, HTTPException, status
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel
from starlette.middleware.gzip import GZipMiddleware

PAGE = "content-negotiation"
BODY = b'{"text": "hello"}'


class Note(BaseModel):
    text: str


def notes_app(**settings: bool) -> FastAPI:
    app = FastAPI(**settings)

    @app.post("/notes")
    async def create(note: Note) -> Note:
        return note

    return app


def test_text_plain_body_for_a_model_is_422_not_415() -> None:
    """A JSON body sent as text/plain to a model parameter gets 422 model_attributes_type."""
    response = call(
        notes_app(), "POST", "/notes", content=BODY, headers={"Content-Type": "text/plain"}
    )
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert response.json()["detail"][0]["type"] == "model_attributes_type"


def test_missing_content_type_is_422_unless_strict_content_type_is_off() -> None:
    """With no Content-Type the body is not parsed (422); strict_content_type=False parses it."""
    assert call(notes_app(), "POST", "/notes", content=BODY).status_code == 422
    relaxed = call(notes_app(strict_content_type=False), "POST", "/notes", content=BODY)
    assert relaxed.json() == {"text": "hello"}


def test_any_plus_json_media_type_is_parsed_as_json() -> None:
    """application/*+json types such as application/vnd.api+json are parsed as JSON."""
    headers = {"Content-Type": "application/vnd.api+json"}
    assert call(notes_app(), "POST", "/notes", content=BODY, headers=headers).status_code == 200


def test_a_str_body_receives_plain_text() -> None:
    """A body parameter typed str receives a text/plain body as its raw text."""
    app = FastAPI()

    @app.post("/notes")
    async def create(text: Annotated[str, Body()]) -> dict[str, str]:
        return {"text": text}

    response = call(app, "POST", "/notes", content=b"hello", headers={"Content-Type": "text/plain"})
    assert response.json() == {"text": "hello"}


def test_routes_ignore_accept() -> None:
    """FastAPI does no Accept negotiation: a JSON route answers JSON to text/csv, never 406."""
    app = FastAPI()

    @app.get("/notes/1")
    async def read() -> Note:
        return Note(text="hello")

    response = call(app, "GET", "/notes/1", headers={"Accept": "text/csv"})
    assert response.status_code == status.HTTP_200_OK
    assert response.headers["content-type"] == "application/json"


def test_charset_is_added_to_text_types_only() -> None:
    """Starlette appends charset=utf-8 to text/* responses but sends application/json bare."""
    app = FastAPI()

    @app.get("/text")
    async def text() -> PlainTextResponse:
        return PlainTextResponse("hi", media_type="text/csv")

    @app.get("/json")
    async def json() -> dict[str, int]:
        return {"n": 1}

    assert call(app, "GET", "/text").headers["content-type"] == "text/csv; charset=utf-8"
    assert call(app, "GET", "/json").headers["content-type"] == "application/json"


def test_gzip_middleware_sends_vary_but_ignores_q_values() -> None:
    """GZipMiddleware adds Vary: Accept-Encoding and compresses whenever the header contains
    the string gzip, even gzip;q=0."""
    app = FastAPI()
    app.add_middleware(GZipMiddleware, minimum_size=10)

    @app.get("/big")
    async def big() -> dict[str, str]:
        return {"text": "x" * 100}

    gzipped = call(app, "GET", "/big", headers={"Accept-Encoding": "gzip"})
    assert gzipped.headers["content-encoding"] == "gzip"
    assert gzipped.headers["vary"] == "Accept-Encoding"
    plain = call(app, "GET", "/big", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    refused = call(app, "GET", "/big", headers={"Accept-Encoding": "gzip;q=0"})
    assert refused.headers["content-encoding"] == "gzip"


def test_a_gzip_json_body_fails_with_400_before_dependencies_run() -> None:
    """A gzip body labelled application/json is read as JSON and fails with 400 "There was an
    error parsing the body" before any dependency runs, so a dependency cannot answer 415."""
    import gzip

    ran: list[bool] = []

    def dependency() -> None:
        ran.append(True)

    app = FastAPI()

    @app.post("/notes", dependencies=[Depends(dependency)])
    async def create(note: Note) -> Note:
        return note

    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    response = call(app, "POST", "/notes", content=gzip.compress(BODY), headers=headers)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert response.json() == {"detail": "There was an error parsing the body"}
    assert ran == []


def test_a_dependency_can_answer_415_before_body_validation() -> None:
    """A route dependency raising 415 runs before body validation, so 415 wins over 422."""

    def require_json() -> None:
        raise HTTPException(
            status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, headers={"Accept": "application/json"}
        )

    app = FastAPI()

    @app.post("/notes", dependencies=[Depends(require_json)])
    async def create(note: Note) -> Note:
        return note

    response = call(app, "POST", "/notes", content=BODY, headers={"Content-Type": "text/plain"})
    assert response.status_code == status.HTTP_415_UNSUPPORTED_MEDIA_TYPE
    assert response.headers["accept"] == "application/json"


def test_httpx_sends_accept_any_by_default() -> None:
    """httpx sends Accept: */* when the caller sets no Accept header."""
    import httpx

    with httpx.Client() as client:
        assert client.headers["accept"] == "*/*"


def test_strict_content_type_is_set_on_the_app_a_router_or_add_api_route() -> None:
    """strict_content_type=False works on APIRouter(...) and on APIRouter.add_api_route for one
    route; the @app.post style decorators do not accept it."""
    import inspect

    async def create(note: Note) -> Note:
        return note

    app = FastAPI()
    relaxed = APIRouter(strict_content_type=False)
    relaxed.add_api_route("/router-relaxed", create, methods=["POST"])
    app.include_router(relaxed)
    app.router.add_api_route("/route-relaxed", create, methods=["POST"], strict_content_type=False)
    app.add_api_route("/strict", create, methods=["POST"])
    assert call(app, "POST", "/router-relaxed", content=BODY).status_code == 200
    assert call(app, "POST", "/route-relaxed", content=BODY).status_code == 200
    assert call(app, "POST", "/strict", content=BODY).status_code == 422
    for decorator in (FastAPI.post, APIRouter.post, APIRouter.api_route):
        assert "strict_content_type" not in inspect.signature(decorator).parameters
