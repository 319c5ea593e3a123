"""Claims made on content/questions/401-vs-403/; each fails if a release changes it."""

from importlib.metadata import version
from typing import Annotated

from asgi import call
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import (
    APIKeyCookie,
    APIKeyHeader,
    APIKeyQuery,
    HTTPBasic,
    HTTPBearer,
    HTTPDigest,
    OAuth2AuthorizationCodeBearer,
    OAuth2PasswordBearer,
    OpenIdConnect,
)
from pydantic import BaseModel

PAGE = "401-vs-403"


def guarded(scheme: object) -> FastAPI:
    app = FastAPI()

    @app.get("/reports")
    async def reports(credential: Annotated[object, Depends(scheme)]) -> dict[str, str]:
        return {"got": str(credential)}

    return app


def test_every_security_class_answers_a_missing_credential_with_401_and_a_challenge() -> None:
    """Since 0.122.0 all the classes send 401 with Bearer, Basic, Digest or APIKey."""
    major, minor = (int(part) for part in version("fastapi").split(".")[:2])
    assert (major, minor) >= (0, 122)
    expected = {
        "Bearer": [
            HTTPBearer(),
            OAuth2PasswordBearer(tokenUrl="token"),
            OAuth2AuthorizationCodeBearer(authorizationUrl="authorize", tokenUrl="token"),
            OpenIdConnect(openIdConnectUrl="https://auth.example/.well-known/openid-configuration"),
        ],
        "Basic": [HTTPBasic()],
        "Digest": [HTTPDigest()],
        "APIKey": [APIKeyHeader(name="X-Key"), APIKeyQuery(name="key"), APIKeyCookie(name="key")],
    }
    for challenge, schemes in expected.items():
        for scheme in schemes:
            response = call(guarded(scheme), "GET", "/reports")
            assert response.status_code == status.HTTP_401_UNAUTHORIZED, scheme
            assert response.headers["www-authenticate"] == challenge, scheme


def test_httpbearer_sends_a_bare_bearer_challenge_without_realm() -> None:
    """FastAPI's challenge has no parameter, which RFC 6750 section 3 asks for."""
    response = call(guarded(HTTPBearer()), "GET", "/reports")
    assert response.headers["www-authenticate"] == "Bearer"


def test_make_not_authenticated_error_can_add_a_realm_or_restore_403() -> None:
    """Overriding the hook changes the error the class raises for a missing credential."""

    class BearerWithRealm(HTTPBearer):
        def make_not_authenticated_error(self) -> HTTPException:
            challenge = {"WWW-Authenticate": 'Bearer realm="reports"'}
            return HTTPException(status.HTTP_401_UNAUTHORIZED, "Not authenticated", challenge)

    class Bearer403(HTTPBearer):
        def make_not_authenticated_error(self) -> HTTPException:
            return HTTPException(status.HTTP_403_FORBIDDEN, "Not authenticated")

    with_realm = call(guarded(BearerWithRealm()), "GET", "/reports")
    assert with_realm.headers["www-authenticate"] == 'Bearer realm="reports"'
    assert call(guarded(Bearer403()), "GET", "/reports").status_code == 403


def test_httpbearer_treats_another_scheme_as_missing() -> None:
    """`Authorization: Basic ...` on an HTTPBearer route is a 401, not a 403."""
    basic = {"Authorization": "Basic YW5hOnB3"}
    response = call(guarded(HTTPBearer()), "GET", "/reports", headers=basic)
    assert response.status_code == status.HTTP_401_UNAUTHORIZED


def test_a_body_that_fails_validation_gets_422_not_400() -> None:
    """FastAPI answers request validation failures with 422."""
    app = FastAPI()

    class Report(BaseModel):
        title: str

    @app.post("/reports")
    async def create(report: Report) -> Report:
        return report

    response = call(app, "POST", "/reports", json={"title": ["not", "a", "string"]})
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT


def test_auto_error_false_returns_none_instead_of_a_401() -> None:
    """With auto_error=False a missing credential reaches your code as None."""
    for scheme in (HTTPBearer(auto_error=False), APIKeyHeader(name="X-Key", auto_error=False)):
        response = call(guarded(scheme), "GET", "/reports")
        assert response.status_code == status.HTTP_200_OK, scheme
        assert response.json() == {"got": "None"}, scheme
