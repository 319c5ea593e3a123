"""Claims made on content/questions/secure-fastapi-app/; each fails if a release changes them."""

from typing import Annotated, Any

import pytest
from asgi import call
from asgi import call_unraised as call_500
from fastapi import Depends, FastAPI, Form, HTTPException, Request, status
from fastapi.middleware.httpsredirect import HTTPSRedirectMiddleware
from fastapi.security import APIKeyHeader, HTTPBearer, OAuth2PasswordBearer
from pydantic import BaseModel, Field
from versions import release

PAGE = "secure-fastapi-app"


def test_security_classes_answer_401_and_do_not_verify_anything() -> None:
    """Missing credential: 401 with WWW-Authenticate (0.122+); any value present is passed on."""
    assert release("fastapi") >= (0, 122)
    app = FastAPI()
    schemes = {
        "bearer": (HTTPBearer(), "Bearer"),
        "oauth2": (OAuth2PasswordBearer(tokenUrl="token"), "Bearer"),
        "key": (APIKeyHeader(name="X-API-Key"), "APIKey"),
    }
    for name, (scheme, _) in schemes.items():

        @app.get(f"/{name}")
        async def read(credential: Annotated[Any, Depends(scheme)]) -> dict[str, str]:
            return {"got": str(getattr(credential, "credentials", credential))}

    for name, (_, challenge) in schemes.items():
        missing = call(app, "GET", f"/{name}")
        assert missing.status_code == status.HTTP_401_UNAUTHORIZED, name
        assert missing.headers["www-authenticate"] == challenge, name
    forged = {"Authorization": "Bearer not-a-real-token"}
    assert call(app, "GET", "/oauth2", headers=forged).json() == {"got": "not-a-real-token"}


def test_unhandled_errors_are_a_bare_500_unless_debug() -> None:
    """The default 500 is plain "Internal Server Error"; debug=True sends a traceback."""
    for debug in (False, True):
        app = FastAPI(debug=debug)

        @app.get("/boom")
        async def boom() -> None:
            raise RuntimeError("database password is hunter2")

        response = call_500(app, "GET", "/boom")
        assert response.status_code == status.HTTP_500_INTERNAL_SERVER_ERROR
        if debug:
            assert "hunter2" in response.text
        else:
            assert response.text == "Internal Server Error"


def test_the_return_type_filters_undeclared_fields() -> None:
    """A declared return type drops fields it does not declare, such as owner."""

    class NoteOut(BaseModel):
        id: int

    class NoteRecord(NoteOut):
        owner: str

    app = FastAPI()

    @app.get("/note")
    async def note() -> NoteOut:
        return NoteRecord(id=1, owner="ann")

    assert call(app, "GET", "/note").json() == {"id": 1}


def test_openapi_url_none_removes_schema_and_both_docs_pages() -> None:
    """Interactive docs are on by default; openapi_url=None removes /openapi.json, /docs, /redoc."""
    on, off = FastAPI(), FastAPI(openapi_url=None)
    for path in ("/openapi.json", "/docs", "/redoc"):
        assert call(on, "GET", path).status_code == status.HTTP_200_OK, path
        assert call(off, "GET", path).status_code == status.HTTP_404_NOT_FOUND, path


def test_dependencies_run_even_when_the_body_fails_validation() -> None:
    """A dependency (a rate limiter, say) runs before the body's 422 is returned."""
    hits: list[int] = []

    async def rate_limit() -> None:
        hits.append(1)

    class NoteIn(BaseModel):
        text: str = Field(min_length=1)

    app = FastAPI()

    @app.post("/notes", dependencies=[Depends(rate_limit)])
    async def create(note: NoteIn) -> None:
        return None

    assert call(app, "POST", "/notes", json={"text": ""}).status_code == 422
    assert hits == [1]


def test_no_middleware_is_on_by_default_and_https_redirect_is_a_307() -> None:
    """CORS, trusted-host and HTTPS-redirect middleware are all opt-in; the redirect is a 307."""
    assert FastAPI().user_middleware == []
    app = FastAPI()
    app.add_middleware(HTTPSRedirectMiddleware)

    @app.post("/notes")
    async def create() -> None:
        return None

    response = call(app, "POST", "http://api.example.com/notes")
    assert response.status_code == status.HTTP_307_TEMPORARY_REDIRECT
    assert response.headers["location"] == "https://api.example.com/notes"


def test_max_body_size_defaults_to_none_and_answers_413_since_0_164() -> None:
    """max_body_size exists since FastAPI 0.164, is None by default, and answers 413 when set."""
    assert release("fastapi") >= (0, 164)
    assert FastAPI().max_body_size is None
    app = FastAPI(max_body_size=1024)

    @app.post("/notes")
    async def create(request: Request) -> None:
        await request.body()

    assert call(app, "POST", "/notes", content=b"x" * 2048).status_code == 413


def test_forms_have_default_limits() -> None:
    """Forms are capped by default: 1,000 fields, 1,000 files, 1 MB per text part; over is 400."""
    app = FastAPI()

    @app.post("/form")
    async def form(request: Request) -> dict[str, int]:
        return {"fields": len(await request.form())}

    fields = {f"k{i}": "v" for i in range(1001)}
    assert call(app, "POST", "/form", data=fields).status_code == status.HTTP_400_BAD_REQUEST
    files = {f"f{i}": (f"{i}.txt", b"x") for i in range(1001)}
    assert call(app, "POST", "/form", files=files).status_code == status.HTTP_400_BAD_REQUEST
    megabyte = 1024 * 1024
    for size, expected in ((megabyte, status.HTTP_200_OK), (megabyte + 1, 400)):
        text_part = {"note": (None, b"x" * size)}  # no filename: a text field, not a file
        assert call(app, "POST", "/form", files=text_part).status_code == expected, size


def test_form_limits_tune_the_caps_since_0_165() -> None:
    """form_limits (FastAPI 0.165+) changes the caps for Form and File parameters."""
    assert release("fastapi") >= (0, 165)
    app = FastAPI(form_limits={"max_fields": 2})

    @app.post("/form")
    async def form(a: Annotated[str, Form()], b: Annotated[str, Form()] = "") -> str:
        return a

    assert call(app, "POST", "/form", data={"a": "1", "b": "2"}).status_code == 200
    three = {"a": "1", "b": "2", "c": "3"}
    assert call(app, "POST", "/form", data=three).status_code == status.HTTP_400_BAD_REQUEST


def test_the_body_limit_refuses_before_dependencies_run() -> None:
    """FastAPI reads a declared body before the route's dependencies, so a body over
    max_body_size is a 413 and the authentication dependency never runs."""
    ran: list[str] = []

    async def authenticate() -> None:
        ran.append("auth")
        raise HTTPException(status.HTTP_401_UNAUTHORIZED)

    class NoteIn(BaseModel):
        text: str

    app = FastAPI(max_body_size=1024)

    @app.post("/notes", dependencies=[Depends(authenticate)])
    async def create(note: NoteIn) -> None:
        return None

    too_big = call(app, "POST", "/notes", json={"text": "x" * 2048})
    assert too_big.status_code == 413 and ran == []
    assert call(app, "POST", "/notes", json={"text": "x"}).status_code == 401 and ran == ["auth"]


def test_uvicorn_trusts_forwarded_headers_only_from_loopback_by_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Uvicorn: --proxy-headers is on; --forwarded-allow-ips defaults to 127.0.0.1,::1."""
    uvicorn = pytest.importorskip("uvicorn")
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    config = uvicorn.Config(FastAPI())
    assert config.proxy_headers is True
    assert config.forwarded_allow_ips == "127.0.0.1,::1"
