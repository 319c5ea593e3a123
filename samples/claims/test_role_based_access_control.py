"""Claims on content/questions/role-based-access-control/; each fails if a release breaks it."""

from collections.abc import Awaitable, Callable
from typing import Annotated

from asgi import call
from fastapi import APIRouter, Depends, FastAPI, Request, Response, Security, status
from fastapi.security import (
    HTTPAuthorizationCredentials,
    HTTPBearer,
    OAuth2PasswordBearer,
    SecurityScopes,
)

PAGE = "role-based-access-control"


def test_missing_bearer_credential_is_a_401_with_a_challenge() -> None:
    """No credential, or a non-Bearer one, gets 401 and `WWW-Authenticate: Bearer` (since 0.122)."""
    app = FastAPI()
    bearer = HTTPBearer()

    @app.get("/x")
    async def read(creds: Annotated[object, Depends(bearer)]) -> dict[str, bool]:
        return {"ok": True}

    for headers in ({}, {"Authorization": "Basic abc"}):
        response = call(app, "GET", "/x", headers=headers)
        assert response.status_code == status.HTTP_401_UNAUTHORIZED
        assert response.headers["www-authenticate"] == "Bearer"


def test_current_user_runs_once_per_request_however_many_checks_use_it() -> None:
    """FastAPI caches a dependency's result per request, so two checks share one `current_user`."""
    runs: list[str] = []

    async def current_user() -> str:
        runs.append("lookup")
        return "bob"

    async def can_read(user: Annotated[str, Depends(current_user)]) -> str:
        return user

    async def can_refund(user: Annotated[str, Depends(current_user)]) -> str:
        return user

    app = FastAPI()

    @app.post("/refund")
    async def refund(
        a: Annotated[str, Depends(can_read)], b: Annotated[str, Depends(can_refund)]
    ) -> dict[str, str]:
        return {"user": a}

    assert call(app, "POST", "/refund").status_code == status.HTTP_200_OK
    assert runs == ["lookup"]


def test_router_dependencies_guard_every_route_and_their_values_are_discarded() -> None:
    """A router's `dependencies=[...]` run for each of its routes; the handler gets no value."""
    seen: list[str] = []

    async def guard() -> str:
        seen.append("guard")
        return "alice"

    admin = APIRouter(prefix="/admin", dependencies=[Depends(guard)])

    @admin.get("/a")
    async def a() -> dict[str, str]:
        return {"route": "a"}

    @admin.get("/b")
    async def b() -> dict[str, str]:
        return {"route": "b"}

    app = FastAPI()
    app.include_router(admin)
    assert call(app, "GET", "/admin/a").json() == {"route": "a"}
    assert call(app, "GET", "/admin/b").json() == {"route": "b"}
    assert seen == ["guard", "guard"]


def test_security_scopes_collect_along_the_chain_and_reach_openapi() -> None:
    """`Security(dep, scopes=...)` gathers scopes across the chain and lists them in OpenAPI."""
    oauth = OAuth2PasswordBearer(tokenUrl="token", scopes={"me": "me", "invoices:refund": "r"})

    async def user(scopes: SecurityScopes, token: Annotated[str, Depends(oauth)]) -> list[str]:
        return scopes.scopes

    async def active_user(u: Annotated[list[str], Security(user, scopes=["me"])]) -> list[str]:
        return u

    app = FastAPI()

    @app.post("/refund")
    async def refund(
        needed: Annotated[list[str], Security(active_user, scopes=["invoices:refund"])],
    ) -> list[str]:
        return needed

    response = call(app, "POST", "/refund", headers={"Authorization": "Bearer t"})
    assert sorted(response.json()) == ["invoices:refund", "me"]
    security = app.openapi()["paths"]["/refund"]["post"]["security"]
    assert sorted(security[0]["OAuth2PasswordBearer"]) == ["invoices:refund", "me"]


def test_middleware_runs_before_routing_and_sees_no_route() -> None:
    """Middleware sees the raw request before routing: no matched route, so no route permission."""
    app = FastAPI()
    seen: dict[str, object] = {}

    @app.middleware("http")
    async def peek(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        seen["route_before"] = request.scope.get("route")
        return await call_next(request)

    @app.get("/invoices/{invoice_id}")
    async def read(invoice_id: int) -> dict[str, int]:
        return {"id": invoice_id}

    assert call(app, "GET", "/invoices/7").status_code == status.HTTP_200_OK
    assert seen["route_before"] is None


def test_http_bearer_checks_presence_not_validity() -> None:
    """HTTPBearer rejects a missing credential itself but passes any bearer token on: rejecting an
    invalid one, with its own `WWW-Authenticate`, is the application's job."""
    app = FastAPI()

    @app.get("/x")
    async def read(creds: Annotated[HTTPAuthorizationCredentials, Depends(HTTPBearer())]) -> str:
        return creds.credentials

    response = call(app, "GET", "/x", headers={"Authorization": "Bearer not-a-real-token"})
    assert response.status_code == status.HTTP_200_OK
    assert response.json() == "not-a-real-token"
