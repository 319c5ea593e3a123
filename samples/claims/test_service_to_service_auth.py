"""Claims on content/questions/service-to-service-auth/; each fails if a release changes them."""

from typing import Annotated

from asgi import call
from fastapi import Depends, FastAPI, status
from fastapi.security import (
    HTTPAuthorizationCredentials,
    HTTPBasic,
    HTTPBasicCredentials,
    HTTPBearer,
)

PAGE = "service-to-service-auth"


def test_http_basic_reads_client_id_and_secret() -> None:
    """HTTPBasic parses `Authorization: Basic` into a username (client id) and password (secret)."""
    app = FastAPI()

    @app.post("/oauth/token")
    async def token(client: Annotated[HTTPBasicCredentials, Depends(HTTPBasic())]) -> dict:
        return {"client_id": client.username, "secret": client.password}

    response = call(app, "POST", "/oauth/token", auth=("orders", "s3cret"))
    assert response.json() == {"client_id": "orders", "secret": "s3cret"}


def test_http_basic_answers_missing_credentials_with_a_basic_challenge() -> None:
    """Without credentials, HTTPBasic answers 401 with `WWW-Authenticate: Basic`."""
    app = FastAPI()

    @app.post("/oauth/token")
    async def token(client: Annotated[HTTPBasicCredentials, Depends(HTTPBasic())]) -> dict:
        return {}

    response = call(app, "POST", "/oauth/token")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED
    assert response.headers["www-authenticate"] == "Basic"


def test_http_bearer_answers_missing_token_with_a_bearer_challenge() -> None:
    """Without a token, HTTPBearer answers 401 with `WWW-Authenticate: Bearer` (since 0.122.0)."""
    app = FastAPI()

    @app.post("/refunds")
    async def refund(creds: Annotated[HTTPAuthorizationCredentials, Depends(HTTPBearer())]):
        return {}

    response = call(app, "POST", "/refunds")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED
    assert response.headers["www-authenticate"] == "Bearer"
