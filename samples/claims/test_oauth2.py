"""Claims made on content/questions/oauth2/; each fails if a release changes it."""

import base64
import hashlib
import sys
from typing import Annotated

import pytest
from asgi import call
from fastapi import Depends, FastAPI, Form, status
from fastapi.security import OAuth2AuthorizationCodeBearer

PAGE = "oauth2"


def code_flow_app(**fastapi_kwargs: object) -> FastAPI:
    app = FastAPI(**fastapi_kwargs)
    scheme = OAuth2AuthorizationCodeBearer(
        authorizationUrl="https://auth.example/authorize",
        tokenUrl="https://auth.example/token",
        scopes={"invoices.read": "Read invoices"},
    )

    @app.get("/invoices")
    async def invoices(token: Annotated[str, Depends(scheme)]) -> dict[str, str]:
        return {"token": token}

    return app


def test_rfc_7636_appendix_b_vector() -> None:
    """BASE64URL(SHA256(verifier)) without padding gives the RFC's challenge."""
    digest = hashlib.sha256(b"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk").digest()
    challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    assert challenge == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_authorization_code_bearer_only_reads_the_token() -> None:
    """OAuth2AuthorizationCodeBearer neither issues nor verifies: any bearer string passes."""
    response = call(code_flow_app(), "GET", "/invoices", headers={"Authorization": "Bearer x"})
    assert response.json() == {"token": "x"}


def test_authorization_code_bearer_answers_a_missing_token_with_401_bearer() -> None:
    """A missing token gets 401 with `WWW-Authenticate: Bearer`."""
    response = call(code_flow_app(), "GET", "/invoices")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED
    assert response.headers["www-authenticate"] == "Bearer"


def test_authorization_code_bearer_describes_the_flow_in_openapi() -> None:
    """The OpenAPI document carries the authorization-code flow so /docs can run it."""
    spec = call(code_flow_app(), "GET", "/openapi.json").json()
    scheme = spec["components"]["securitySchemes"]["OAuth2AuthorizationCodeBearer"]
    flow = scheme["flows"]["authorizationCode"]
    assert scheme["type"] == "oauth2"
    assert flow["authorizationUrl"] == "https://auth.example/authorize"
    assert flow["tokenUrl"] == "https://auth.example/token"


def test_swagger_ui_init_oauth_turns_on_pkce_in_the_docs_page() -> None:
    """swagger_ui_init_oauth is passed to Swagger UI's initOAuth, PKCE switch included."""
    init = {"clientId": "docs-client", "usePkceWithAuthorizationCodeGrant": True}
    html = call(code_flow_app(swagger_ui_init_oauth=init), "GET", "/docs").text
    assert "initOAuth" in html
    assert '"usePkceWithAuthorizationCodeGrant": true' in html


def test_form_parameters_need_python_multipart(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sample parses the token request by hand because Form() requires python-multipart."""
    monkeypatch.setitem(sys.modules, "python_multipart", None)
    monkeypatch.setitem(sys.modules, "multipart", None)
    app = FastAPI()
    with pytest.raises(RuntimeError, match="python-multipart"):

        @app.post("/token")
        async def token(code: Annotated[str, Form()]) -> dict[str, str]:
            return {"code": code}
