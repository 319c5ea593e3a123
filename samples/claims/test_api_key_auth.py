"""Claims made on content/questions/api-key-auth/; each fails if a release changes it."""

import secrets
from importlib.metadata import version
from typing import Annotated

from asgi import call
from fastapi import Depends, FastAPI, status
from fastapi.security import APIKeyHeader

PAGE = "api-key-auth"


def key_app() -> FastAPI:
    app = FastAPI()

    @app.get("/usage")
    async def usage(key: Annotated[str, Depends(APIKeyHeader(name="X-API-Key"))]) -> dict:
        return {"key": key}

    return app


def test_token_urlsafe_32_gives_43_characters() -> None:
    """secrets.token_urlsafe(32) returns 32 random bytes as 43 URL-safe characters."""
    key = secrets.token_urlsafe(32)
    assert len(key) == 43
    assert set(key) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def test_missing_or_empty_key_gets_401_with_the_apikey_challenge() -> None:
    """APIKeyHeader answers a missing or empty header with 401 and `WWW-Authenticate: APIKey`."""
    for headers in ({}, {"X-API-Key": ""}):
        response = call(key_app(), "GET", "/usage", headers=headers)
        assert response.status_code == status.HTTP_401_UNAUTHORIZED
        assert response.headers["www-authenticate"] == "APIKey"


def test_the_401_dates_from_fastapi_0_122() -> None:
    """Since FastAPI 0.122.0 (older releases sent 403); the error comes from a documented hook."""
    major, minor = (int(part) for part in version("fastapi").split(".")[:2])
    assert (major, minor) >= (0, 122)
    error = APIKeyHeader(name="X-API-Key").make_not_authenticated_error()
    assert error.status_code == status.HTTP_401_UNAUTHORIZED


def test_api_key_header_ignores_a_key_sent_in_the_query_string() -> None:
    """A key in ?api_key= is not read by APIKeyHeader, so the request is unauthenticated."""
    response = call(key_app(), "GET", "/usage", params={"api_key": "sk_1_secret"})
    assert response.status_code == status.HTTP_401_UNAUTHORIZED


def test_api_key_header_does_not_check_the_value() -> None:
    """Any non-empty value passes extraction; validating it is your dependency's job."""
    response = call(key_app(), "GET", "/usage", headers={"X-API-Key": "anything"})
    assert response.json() == {"key": "anything"}


def test_api_key_header_documents_an_apikey_scheme_for_the_authorize_button() -> None:
    """The class registers an `apiKey` security scheme in OpenAPI."""
    spec = call(key_app(), "GET", "/openapi.json").json()
    scheme = spec["components"]["securitySchemes"]["APIKeyHeader"]
    assert scheme == {"type": "apiKey", "in": "header", "name": "X-API-Key"}
