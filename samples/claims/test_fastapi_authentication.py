"""Claims made on content/questions/fastapi-authentication/; each fails if a release changes it."""

import re
from importlib.metadata import requires
from typing import Annotated

from asgi import call
from fastapi import Depends, FastAPI, Security, status
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
    SecurityScopes,
)

PAGE = "fastapi-authentication"
OIDC_URL = "https://auth.example/.well-known/openid-configuration"


def echo(scheme: object) -> FastAPI:
    """A route that returns the repr of whatever the class injected."""
    app = FastAPI()

    @app.get("/me")
    async def me(credential: Annotated[object, Depends(scheme)]) -> dict[str, str]:
        return {"type": type(credential).__name__, "value": repr(credential)}

    return app


def injected(scheme: object, **kwargs: object) -> dict[str, str]:
    response = call(echo(scheme), "GET", "/me", **kwargs)
    assert response.status_code == status.HTTP_200_OK, response.text
    return response.json()


def test_what_each_class_injects() -> None:
    """The table's "Injects" column: a string, credentials objects, or the whole header."""
    bearer = {"headers": {"Authorization": "Bearer tok-ana"}}
    assert injected(OAuth2PasswordBearer(tokenUrl="token"), **bearer)["value"] == "'tok-ana'"
    assert injected(HTTPBearer(), **bearer)["type"] == "HTTPAuthorizationCredentials"
    basic = injected(HTTPBasic(), headers={"Authorization": "Basic YW5hOnB3"})  # ana:pw
    assert basic["type"] == "HTTPBasicCredentials"
    assert "username='ana'" in basic["value"]
    assert injected(OpenIdConnect(openIdConnectUrl=OIDC_URL), **bearer)["value"] == (
        "'Bearer tok-ana'"
    )
    assert injected(APIKeyQuery(name="key"), params={"key": "k1"})["value"] == "'k1'"
    assert injected(APIKeyCookie(name="key"), headers={"Cookie": "key=k1"})["value"] == "'k1'"


def test_wrong_scheme_is_refused_by_most_classes_but_not_by_openidconnect() -> None:
    """HTTPBasic, HTTPBearer, HTTPDigest and the OAuth2 bearer classes check the scheme."""
    wrong = {"Authorization": "Token abc"}
    for scheme in (
        HTTPBasic(),
        HTTPBearer(),
        HTTPDigest(),
        OAuth2PasswordBearer(tokenUrl="token"),
        OAuth2AuthorizationCodeBearer(authorizationUrl="authorize", tokenUrl="token"),
    ):
        assert call(echo(scheme), "GET", "/me", headers=wrong).status_code == 401, scheme
    passed = injected(OpenIdConnect(openIdConnectUrl=OIDC_URL), headers=wrong)
    assert passed["value"] == "'Token abc'"


def test_httpdigest_only_extracts_the_header() -> None:
    """HTTPDigest does not implement Digest: any `Digest ...` value is handed over."""
    digest = injected(HTTPDigest(), headers={"Authorization": "Digest not-checked"})
    assert "credentials='not-checked'" in digest["value"]


def test_token_url_does_not_create_a_route() -> None:
    """OAuth2PasswordBearer(tokenUrl=...) only documents the URL; POST to it is a 404."""
    app = echo(OAuth2PasswordBearer(tokenUrl="token"))
    assert call(app, "POST", "/token").status_code == status.HTTP_404_NOT_FOUND


def test_openapi_security_schemes_registered_by_each_class() -> None:
    """oauth2 (password flow), http bearer, http basic, apiKey and openIdConnect schemes."""
    app = FastAPI()
    schemes = {
        "oauth2": OAuth2PasswordBearer(tokenUrl="token"),
        "bearer": HTTPBearer(),
        "basic": HTTPBasic(),
        "key": APIKeyHeader(name="X-API-Key"),
        "oidc": OpenIdConnect(openIdConnectUrl=OIDC_URL),
    }
    for path, scheme in schemes.items():
        app.get(f"/{path}")(lambda credential=Depends(scheme): {})  # noqa: B008
    found = call(app, "GET", "/openapi.json").json()["components"]["securitySchemes"]
    assert found["OAuth2PasswordBearer"]["flows"]["password"]["tokenUrl"] == "token"
    assert found["HTTPBearer"] == {"type": "http", "scheme": "bearer"}
    assert found["HTTPBasic"] == {"type": "http", "scheme": "basic"}
    assert found["APIKeyHeader"]["type"] == "apiKey"
    assert found["OpenIdConnect"] == {"type": "openIdConnect", "openIdConnectUrl": OIDC_URL}


oauth2 = OAuth2PasswordBearer(tokenUrl="token", scopes={"items:read": "", "items:write": ""})


def scoped_app(calls: list[tuple[str, ...]]) -> FastAPI:
    async def current_user(scopes: SecurityScopes, token: Annotated[str, Depends(oauth2)]) -> str:
        calls.append(tuple(scopes.scopes))
        return token

    async def reader(user: Annotated[str, Security(current_user, scopes=["items:read"])]) -> str:
        return user

    async def writer(user: Annotated[str, Security(current_user, scopes=["items:write"])]) -> str:
        return user

    async def plain(user: Annotated[str, Depends(current_user)]) -> str:
        return user

    app = FastAPI()

    @app.post("/items", dependencies=[Depends(reader), Depends(writer)])
    async def create() -> dict[str, bool]:
        return {"ok": True}

    @app.get("/items", dependencies=[Depends(plain), Depends(plain)])
    async def read() -> dict[str, bool]:
        return {"ok": True}

    return app


def test_security_scopes_reach_openapi_and_securityscopes() -> None:
    """Security(..., scopes=[...]) lists the scopes in OpenAPI; SecurityScopes sees them."""
    calls: list[tuple[str, ...]] = []
    app = scoped_app(calls)
    operation = call(app, "GET", "/openapi.json").json()["paths"]["/items"]["post"]
    assert operation["security"] == [{"OAuth2PasswordBearer": ["items:read", "items:write"]}]
    call(app, "POST", "/items", headers={"Authorization": "Bearer t"})
    assert sorted(calls) == [("items:read",), ("items:write",)]


def test_the_cache_runs_a_dependency_once_per_request_and_scope_set() -> None:
    """Same dependency, same scopes: once per request. Different scope lists: once each."""
    calls: list[tuple[str, ...]] = []
    app = scoped_app(calls)
    call(app, "GET", "/items", headers={"Authorization": "Bearer t"})
    assert calls == [()]
    calls.clear()
    call(app, "POST", "/items", headers={"Authorization": "Bearer t"})
    assert len(calls) == 2


def test_dependency_overrides_replace_the_user_dependency_in_tests() -> None:
    """app.dependency_overrides swaps get_current_user, so no token is needed."""
    app = FastAPI()

    async def get_current_user(token: Annotated[str, Depends(oauth2)]) -> str:
        return token

    @app.get("/me")
    async def me(user: Annotated[str, Depends(get_current_user)]) -> dict[str, str]:
        return {"user": user}

    assert call(app, "GET", "/me").status_code == status.HTTP_401_UNAUTHORIZED
    app.dependency_overrides[get_current_user] = lambda: "test-user"
    assert call(app, "GET", "/me").json() == {"user": "test-user"}


def test_auto_error_false_injects_none() -> None:
    """auto_error=False turns the 401 into None, for optional authentication."""
    assert injected(HTTPBearer(auto_error=False))["value"] == "None"


def test_fastapi_requires_no_oauth_library() -> None:
    """None of FastAPI's required dependencies is OAuthLib, Authlib or a JWT library."""
    required = [r for r in requires("fastapi") or [] if "extra ==" not in r]
    names = {re.split(r"[<>=!~; \[]", r, maxsplit=1)[0].lower() for r in required}
    assert {"starlette", "pydantic"} <= names
    assert not names & {"oauthlib", "authlib", "pyjwt", "python-jose"}


def test_security_scopes_scope_str_is_the_space_separated_scope_value() -> None:
    """SecurityScopes.scope_str joins the required scopes with spaces, the form RFC 6750's
    scope="..." attribute takes."""
    calls: list[str] = []

    async def current_user(scopes: SecurityScopes, token: Annotated[str, Depends(oauth2)]) -> str:
        calls.append(scopes.scope_str)
        return token

    app = FastAPI()

    @app.get("/items")
    async def read(
        user: Annotated[str, Security(current_user, scopes=["items:read", "items:write"])],
    ) -> dict[str, str]:
        return {"user": user}

    call(app, "GET", "/items", headers={"Authorization": "Bearer t"})
    assert calls == ["items:read items:write"]
