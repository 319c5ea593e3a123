# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Roles grant permissions, routes require permissions, and the role is read on every request."""

import asyncio
from collections.abc import Awaitable, Callable
from typing import Annotated

import httpx
from fastapi import APIRouter, Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ROLE_PERMISSIONS = {
    "viewer": {"invoices:read"},
    "billing": {"invoices:read", "invoices:refund"},
    "admin": {"invoices:read", "invoices:refund", "users:manage"},
}
ROLES = {"ann": "viewer", "bob": "billing", "cy": "admin"}  # the server's record, not the token's
TOKENS = {"t-ann": "ann", "t-bob": "bob", "t-cy": "cy"}  # opaque bearer token -> user
bearer = HTTPBearer()  # no Authorization header: 401 with WWW-Authenticate: Bearer


async def current_user(creds: Annotated[HTTPAuthorizationCredentials, Depends(bearer)]) -> str:
    if creds.credentials not in TOKENS:
        challenge = {"WWW-Authenticate": 'Bearer error="invalid_token"'}
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Unknown token", challenge)
    return TOKENS[creds.credentials]


def require(permission: str) -> Callable[..., Awaitable[str]]:
    async def check(user: Annotated[str, Depends(current_user)]) -> str:
        if permission not in ROLE_PERMISSIONS[ROLES[user]]:  # read now, so a change applies at once
            challenge = f'Bearer error="insufficient_scope", scope="{permission}"'
            headers = {"WWW-Authenticate": challenge}
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"Needs {permission}", headers)
        return user

    return check


app = FastAPI()
admin = APIRouter(prefix="/admin", dependencies=[Depends(require("users:manage"))])


@app.post("/invoices/{invoice_id}/refund")
async def refund(
    invoice_id: int, user: Annotated[str, Depends(require("invoices:refund"))]
) -> dict[str, int | str]:
    return {"invoice": invoice_id, "refunded_by": user}


@admin.get("/users")  # guarded by the router: no check written here
async def list_users() -> dict[str, str]:
    return ROLES


app.include_router(admin)


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:

        async def call(method: str, url: str, token: str | None) -> int:
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            r = await client.request(method, url, headers=headers)
            challenge = r.headers.get("www-authenticate", "")
            print(f"{method} {url} as {token} -> {r.status_code} {r.json()} {challenge}".rstrip())
            return r.status_code

        assert await call("POST", "/invoices/7/refund", None) == 401  # who are you?
        assert await call("POST", "/invoices/7/refund", "t-ann") == 403  # viewer: no refunds
        assert await call("POST", "/invoices/7/refund", "t-bob") == 200
        assert await call("GET", "/admin/users", "t-bob") == 403  # the router's guard
        assert await call("GET", "/admin/users", "t-cy") == 200
        ROLES["bob"] = "viewer"  # an admin demotes bob; his token has not changed
        assert await call("POST", "/invoices/7/refund", "t-bob") == 403


if __name__ == "__main__":
    asyncio.run(main())
