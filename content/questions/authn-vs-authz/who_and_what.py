# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Authentication finds out who is calling; authorization decides what they may do."""

import asyncio
from collections.abc import Awaitable, Callable
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

TOKENS = {"tok-ana": {"name": "ana", "role": "admin"}, "tok-bo": {"name": "bo", "role": "viewer"}}
INVOICES = {1: {"id": 1, "owner": "bo"}, 2: {"id": 2, "owner": "ana"}}
app = FastAPI()


async def current_user(
    creds: Annotated[HTTPAuthorizationCredentials, Depends(HTTPBearer())],
) -> dict:  # authentication: credential -> identity, or 401 with a challenge
    if (user := TOKENS.get(creds.credentials)) is None:  # sent, but not valid: still a 401
        challenge = {"WWW-Authenticate": 'Bearer error="invalid_token"'}  # RFC 6750, 3.1
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid token", headers=challenge)
    return user


CurrentUser = Annotated[dict, Depends(current_user)]


def require_role(role: str) -> Callable[..., Awaitable[dict]]:  # authorization per route
    async def check(user: CurrentUser) -> dict:
        if user["role"] != role:  # a valid bearer token without the privilege: RFC 6750, 3.1
            challenge = {"WWW-Authenticate": 'Bearer error="insufficient_scope"'}
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"Requires role {role!r}", challenge)
        return user

    return check


@app.get("/invoices/{invoice_id}")
async def read_invoice(invoice_id: int, user: CurrentUser) -> dict:
    invoice = INVOICES.get(invoice_id)  # authorization per object: is it theirs?
    if invoice is None or (invoice["owner"] != user["name"] and user["role"] != "admin"):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Invoice not found")
    return invoice


ADMIN_ONLY = [Depends(require_role("admin"))]


@app.delete(
    "/invoices/{invoice_id}", dependencies=ADMIN_ONLY, status_code=status.HTTP_204_NO_CONTENT
)
async def delete_invoice(invoice_id: int) -> None:
    INVOICES.pop(invoice_id, None)


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for method, url, token, expected in [
            ("GET", "/invoices/1", None, 401),
            ("GET", "/invoices/1", "tok-forged", 401),
            ("GET", "/invoices/1", "tok-bo", 200),
            ("GET", "/invoices/2", "tok-bo", 404),
            ("DELETE", "/invoices/1", "tok-bo", 403),
            ("DELETE", "/invoices/1", "tok-ana", 204),
        ]:
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            response = await client.request(method, url, headers=headers)
            www = response.headers.get("www-authenticate")
            challenge = f" WWW-Authenticate: {www}" if www else ""
            print(f"{method} {url} as {token} -> {response.status_code}{challenge} {response.text}")
            assert response.status_code == expected
            assert expected != 403 or www == 'Bearer error="insufficient_scope"'


if __name__ == "__main__":
    asyncio.run(main())
