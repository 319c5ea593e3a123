"""Claims made on content/questions/status-codes/; each fails if a release changes them."""

import warnings
from typing import Annotated, Any

import pytest
from asgi import call
from fastapi import Depends, FastAPI, status
from fastapi.security import (
    APIKeyHeader,
    HTTPBasic,
    HTTPBearer,
    HTTPDigest,
    OAuth2PasswordBearer,
)
from pydantic import BaseModel

PAGE = "status-codes"


class NewUser(BaseModel):
    email: str


def users_app(**settings: Any) -> FastAPI:
    app = FastAPI(**settings)

    @app.post("/users")
    async def create(user: NewUser) -> NewUser:
        return user

    @app.get("/users/{user_id}")
    async def read(user_id: int) -> dict[str, int]:
        return {"id": user_id}

    @app.delete("/users/{user_id}", status_code=status.HTTP_204_NO_CONTENT)
    async def delete(user_id: int) -> None:
        return None

    return app


def test_every_path_operation_defaults_to_200_even_post() -> None:
    """Without `status_code`, a POST that creates something still answers 200."""
    response = call(users_app(), "POST", "/users", json={"email": "ada@example.com"})
    assert response.status_code == status.HTTP_200_OK
    assert "location" not in response.headers


def test_a_204_route_sends_an_empty_body() -> None:
    """`status_code=204` on the decorator gives an empty body."""
    response = call(users_app(), "DELETE", "/users/1")
    assert response.status_code == status.HTTP_204_NO_CONTENT and response.content == b""


@pytest.mark.parametrize(
    ("options", "error_type"),
    [
        ({"json": {"mail": "typo"}}, "missing"),
        (
            {"content": b'{"email": ', "headers": {"content-type": "application/json"}},
            "json_invalid",
        ),
        ({"content": b'{"email": "x"}', "headers": {"content-type": "text/plain"}}, None),
        ({"content": b'{"email": "x"}'}, None),  # no Content-Type at all (strict since 0.132.0)
    ],
)
def test_every_request_validation_failure_is_a_422(
    options: dict[str, Any], error_type: str | None
) -> None:
    """Missing field, malformed JSON, wrong or absent `Content-Type`: all 422, not 400 or 415."""
    response = call(users_app(), "POST", "/users", **options)
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    if error_type:
        assert response.json()["detail"][0]["type"] == error_type


def test_strict_content_type_false_reads_a_body_without_content_type() -> None:
    """`FastAPI(strict_content_type=False)` parses a JSON body sent with no `Content-Type`."""
    body = {"content": b'{"email": "ada@example.com"}'}
    assert call(users_app(), "POST", "/users", **body).status_code == 422
    lenient = call(users_app(strict_content_type=False), "POST", "/users", **body)
    assert lenient.status_code == status.HTTP_200_OK
    assert lenient.json() == {"email": "ada@example.com"}


def test_a_non_numeric_path_parameter_is_a_422() -> None:
    """A path parameter that is not an integer is a 422, not a 404."""
    response = call(users_app(), "GET", "/users/abc")
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT


@pytest.mark.parametrize(
    ("scheme", "challenge"),
    [
        (HTTPBearer(), "Bearer"),
        (OAuth2PasswordBearer(tokenUrl="token"), "Bearer"),
        (HTTPBasic(), "Basic"),
        (HTTPDigest(), "Digest"),
        (APIKeyHeader(name="X-API-Key"), "APIKey"),
    ],
)
def test_security_classes_answer_missing_credentials_with_401_and_a_challenge(
    scheme: Any, challenge: str
) -> None:
    """Every security class answers missing credentials with 401 and a `WWW-Authenticate`
    challenge (`HTTPBearer`, `HTTPDigest` and the API key classes since 0.122.0, 403 before)."""
    app = FastAPI()

    @app.get("/me")
    async def me(credentials: Annotated[Any, Depends(scheme)]) -> dict[str, bool]:
        return {"ok": True}

    response = call(app, "GET", "/me")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED
    assert response.headers["www-authenticate"] == challenge


def test_max_body_size_answers_413_in_plain_text() -> None:
    """Since FastAPI 0.164 `max_body_size` answers 413, with a plain-text body."""
    app = users_app(max_body_size=1024)
    response = call(app, "POST", "/users", json={"email": "x" * 2000})
    assert response.status_code == status.HTTP_413_CONTENT_TOO_LARGE
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text == "Content Too Large"
    small = call(app, "POST", "/users", json={"email": "ada@example.com"})
    assert small.status_code == status.HTTP_200_OK


def test_the_entity_name_for_422_is_a_deprecated_alias() -> None:
    """`HTTP_422_UNPROCESSABLE_CONTENT` is the name; the `_ENTITY` one warns as deprecated."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        old = status.HTTP_422_UNPROCESSABLE_ENTITY
    assert old == status.HTTP_422_UNPROCESSABLE_CONTENT == 422
    assert any("'HTTP_422_UNPROCESSABLE_ENTITY' is deprecated" in str(w.message) for w in caught)
