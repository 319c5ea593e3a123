"""Claims made on content/questions/authn-vs-authz/; each fails if a release changes it."""

from importlib.metadata import version
from typing import Annotated

from asgi import call
from fastapi import APIRouter, Depends, FastAPI, HTTPException, status
from fastapi.security import (
    APIKeyHeader,
    HTTPAuthorizationCredentials,
    HTTPBearer,
    OAuth2PasswordBearer,
)

PAGE = "authn-vs-authz"


def echo_app(scheme: object) -> FastAPI:
    """One route that returns whatever the security class extracted."""
    app = FastAPI()

    @app.get("/invoices/1")
    async def read(credential: Annotated[object, Depends(scheme)]) -> dict[str, str]:
        return {"got": str(credential)}

    return app


def test_bearer_classes_answer_a_missing_credential_with_401_and_a_bearer_challenge() -> None:
    """HTTPBearer and OAuth2PasswordBearer: 401, `WWW-Authenticate: Bearer`, "Not authenticated"."""
    for scheme in (HTTPBearer(), OAuth2PasswordBearer(tokenUrl="token")):
        response = call(echo_app(scheme), "GET", "/invoices/1")
        assert response.status_code == status.HTTP_401_UNAUTHORIZED
        assert response.headers["www-authenticate"] == "Bearer"
        assert response.json() == {"detail": "Not authenticated"}


def test_api_key_header_answers_a_missing_key_with_401_and_an_apikey_challenge() -> None:
    """APIKeyHeader does the same with a `WWW-Authenticate: APIKey` challenge."""
    response = call(echo_app(APIKeyHeader(name="X-API-Key")), "GET", "/invoices/1")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED
    assert response.headers["www-authenticate"] == "APIKey"


def test_the_401_for_httpbearer_and_api_keys_is_the_fastapi_0_122_behaviour() -> None:
    """New in 0.122.0: the classes build the error in make_not_authenticated_error (was a 403)."""
    major, minor = (int(part) for part in version("fastapi").split(".")[:2])
    assert (major, minor) >= (0, 122)
    for scheme in (HTTPBearer(), APIKeyHeader(name="X-API-Key")):
        error = scheme.make_not_authenticated_error()
        assert error.status_code == status.HTTP_401_UNAUTHORIZED
        assert error.headers and "WWW-Authenticate" in error.headers


def test_security_classes_extract_but_never_validate_the_credential() -> None:
    """Any string passes HTTPBearer; deciding whether it is valid is your code's job."""
    response = call(
        echo_app(HTTPBearer()), "GET", "/invoices/1", headers={"Authorization": "Bearer forged"}
    )
    assert response.status_code == status.HTTP_200_OK
    assert "forged" in response.json()["got"]


def test_a_role_check_that_depends_on_the_user_dependency_authenticates_first() -> None:
    """require_role depends on current_user, so an anonymous caller gets 401, never 403."""
    app = FastAPI()

    async def current_user(
        creds: Annotated[HTTPAuthorizationCredentials, Depends(HTTPBearer())],
    ) -> str:
        return creds.credentials

    async def require_admin(user: Annotated[str, Depends(current_user)]) -> str:
        if user != "tok-admin":
            raise HTTPException(status.HTTP_403_FORBIDDEN, "Requires role 'admin'")
        return user

    @app.delete("/invoices/1", dependencies=[Depends(require_admin)])
    async def delete() -> dict[str, bool]:
        return {"deleted": True}

    assert call(app, "DELETE", "/invoices/1").status_code == status.HTTP_401_UNAUTHORIZED
    viewer = {"Authorization": "Bearer tok-viewer"}
    assert call(app, "DELETE", "/invoices/1", headers=viewer).status_code == 403


def test_a_router_level_dependency_protects_every_route_added_to_that_router() -> None:
    """APIRouter(dependencies=[...]) runs the check for routes that never mention it."""
    app = FastAPI()
    protected = APIRouter(dependencies=[Depends(HTTPBearer())])

    @protected.get("/reports")
    async def reports() -> list[str]:
        return ["2026-q3"]

    app.include_router(protected)
    assert call(app, "GET", "/reports").status_code == status.HTTP_401_UNAUTHORIZED
    authorized = {"Authorization": "Bearer tok-ana"}
    assert call(app, "GET", "/reports", headers=authorized).status_code == status.HTTP_200_OK
