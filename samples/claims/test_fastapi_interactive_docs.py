"""Claims made on content/questions/fastapi-interactive-docs/; each fails if a release breaks it."""

import asyncio
import warnings
from typing import Annotated

import httpx
import pytest
from asgi import call
from fastapi import Depends, FastAPI
from fastapi.exceptions import FastAPIDeprecationWarning
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.security import HTTPBasic, HTTPBasicCredentials, OAuth2PasswordBearer
from pydantic import BaseModel, ConfigDict

PAGE = "fastapi-interactive-docs"


def small_app(**settings: object) -> FastAPI:
    app = FastAPI(**settings)

    @app.get("/items/{item_id}")
    async def read_item(item_id: int) -> dict[str, int]:
        return {"id": item_id}

    return app


def test_fastapi_emits_openapi_3_1_0() -> None:
    """The generated document declares OpenAPI 3.1.0 (the app.openapi_version attribute)."""
    app = small_app()
    assert app.openapi_version == "3.1.0"
    assert call(app, "GET", "/openapi.json").json()["openapi"] == "3.1.0"


def test_schema_is_built_on_first_use_and_cached() -> None:
    """app.openapi() builds the document on first use, then reuses app.openapi_schema."""
    app = small_app()
    assert app.openapi_schema is None
    first = app.openapi()
    assert app.openapi_schema is first and app.openapi() is first


def test_routes_added_after_the_schema_was_built_appear_in_it() -> None:
    """Since 0.137.0 the cached schema is rebuilt when routes are added after it was built."""
    app = small_app()
    assert "/late" not in app.openapi()["paths"]

    @app.get("/late")
    async def late() -> None:
        return None

    assert "/late" in app.openapi()["paths"]


def test_docs_pages_load_their_ui_from_jsdelivr() -> None:
    """/docs loads swagger-ui-dist@5 and /redoc loads redoc@2 from cdn.jsdelivr.net by default;
    ReDoc's page also links Google Fonts."""
    app = small_app()
    docs = call(app, "GET", "/docs").text
    redoc = call(app, "GET", "/redoc").text
    assert "https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui-bundle.js" in docs
    assert "https://cdn.jsdelivr.net/npm/redoc@2/bundles/redoc.standalone.js" in redoc
    assert "fonts.googleapis.com" in redoc


def test_docs_routes_are_left_out_of_the_schema() -> None:
    """/openapi.json, /docs, /docs/oauth2-redirect and /redoc answer but are not documented."""
    app = small_app()
    for path in ("/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"):
        assert call(app, "GET", path).status_code == 200
    assert list(app.openapi()["paths"]) == ["/items/{item_id}"]


def test_openapi_url_none_removes_both_uis() -> None:
    """openapi_url=None removes the JSON and both UIs, even with docs_url left at its default."""
    app = small_app(openapi_url=None)
    for path in ("/openapi.json", "/docs", "/redoc"):
        assert call(app, "GET", path).status_code == 404
    assert call(app, "GET", "/items/1").status_code == 200


def test_docs_url_none_keeps_the_json() -> None:
    """docs_url=None and redoc_url=None remove the UIs but keep /openapi.json."""
    app = small_app(docs_url=None, redoc_url=None)
    assert call(app, "GET", "/docs").status_code == 404
    assert call(app, "GET", "/openapi.json").status_code == 200


def test_swagger_ui_parameters_are_merged_over_the_defaults() -> None:
    """swagger_ui_parameters adds to FastAPI's defaults (deepLinking and others stay on)."""
    app = small_app(swagger_ui_parameters={"persistAuthorization": True})
    html = call(app, "GET", "/docs").text
    assert '"persistAuthorization": true' in html
    assert '"deepLinking": true' in html


def test_server_root_path_prefixes_the_docs_and_adds_a_server() -> None:
    """Behind a proxy, the server's root_path prefixes the JSON URL in /docs and joins `servers`."""
    app = small_app()

    async def fetch(path: str) -> httpx.Response:
        transport = httpx.ASGITransport(app=app, root_path="/api")
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get(path)

    assert "url: '/api/openapi.json'" in asyncio.run(fetch("/api/docs")).text
    assert asyncio.run(fetch("/api/openapi.json")).json()["servers"] == [{"url": "/api"}]


def test_root_path_parameter_is_deprecated() -> None:
    """FastAPI(root_path=...) is deprecated (since 0.146.0); configure the server's root path."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        FastAPI(root_path="/api")
    assert any(issubclass(w.category, FastAPIDeprecationWarning) for w in caught)


def test_schema_errors_surface_only_when_the_schema_is_built() -> None:
    """A model Pydantic cannot describe in JSON Schema is accepted at startup and fails on first
    use of app.openapi(), so a test should fetch /openapi.json."""

    class Money:
        pass

    class Price(BaseModel):
        model_config = ConfigDict(arbitrary_types_allowed=True)
        amount: Money

    app = FastAPI()

    @app.get("/price")
    async def price() -> Price:
        return Price(amount=Money())

    with pytest.raises(Exception, match="JsonSchema"):
        app.openapi()

    async def fetch() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get("/openapi.json")

    assert asyncio.run(fetch()).status_code == 500


def test_http_basic_challenges_missing_credentials_with_401() -> None:
    """HTTPBasic answers missing credentials with 401 and `WWW-Authenticate: Basic` (0.122.0+)."""
    app = FastAPI()

    @app.get("/internal")
    async def internal(credentials: Annotated[HTTPBasicCredentials, Depends(HTTPBasic())]) -> str:
        return credentials.username

    response = call(app, "GET", "/internal")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Basic"


def test_swagger_ui_is_started_by_an_inline_script() -> None:
    """The /docs page starts Swagger UI from an inline script, which a strict CSP would block."""
    html = call(small_app(), "GET", "/docs").text
    assert "<script>\n    const ui = SwaggerUIBundle({" in html


def test_changing_openapi_version_changes_only_the_label() -> None:
    """Setting app.openapi_version = "3.0.2" relabels the document; 3.1 constructs such as a
    `null` type for optional values remain."""
    app = FastAPI()
    app.openapi_version = "3.0.2"

    @app.get("/search")
    async def search(q: str | None = None) -> None:
        return None

    spec = app.openapi()
    assert spec["openapi"] == "3.0.2"
    schema = spec["paths"]["/search"]["get"]["parameters"][0]["schema"]
    assert {"type": "null"} in schema["anyOf"]


def test_redoc_helper_can_skip_google_fonts() -> None:
    """get_redoc_html(..., with_google_fonts=False) leaves out the Google Fonts link."""
    page = get_redoc_html(openapi_url="/openapi.json", title="API", with_google_fonts=False)
    assert b"fonts.googleapis.com" not in page.body


def test_password_bearer_documents_its_token_url() -> None:
    """OAuth2PasswordBearer declares a password flow with its tokenUrl, which Swagger UI's
    Authorize dialog posts the username and password to."""
    app = FastAPI()
    scheme = OAuth2PasswordBearer(tokenUrl="token")

    @app.get("/me")
    async def me(token: Annotated[str, Depends(scheme)]) -> str:
        return token

    schemes = app.openapi()["components"]["securitySchemes"]
    assert schemes["OAuth2PasswordBearer"]["flows"]["password"]["tokenUrl"] == "token"


def test_default_docs_pages_load_a_favicon_from_fastapi_tiangolo_com() -> None:
    """Both default pages link their favicon from fastapi.tiangolo.com; the HTML helpers take
    swagger_favicon_url and redoc_favicon_url to serve it from the app instead."""
    app = small_app()
    favicon = "https://fastapi.tiangolo.com/img/favicon.png"
    assert favicon in call(app, "GET", "/docs").text
    assert favicon in call(app, "GET", "/redoc").text
    page = get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="API",
        swagger_js_url="/static/swagger-ui-bundle.js",
        swagger_css_url="/static/swagger-ui.css",
        swagger_favicon_url="/static/favicon.png",
    )
    assert b"https://" not in page.body
    redoc = get_redoc_html(
        openapi_url="/openapi.json",
        title="API",
        redoc_js_url="/static/redoc.standalone.js",
        redoc_favicon_url="/static/favicon.png",
        with_google_fonts=False,
    )
    assert b"https://" not in redoc.body


def test_openapi_version_is_an_attribute_not_a_constructor_argument() -> None:
    """The version label lives in `app.openapi_version`; the constructor does not accept it."""
    with pytest.raises(TypeError, match="openapi_version"):
        FastAPI(openapi_version="3.0.2")  # type: ignore[call-arg]
