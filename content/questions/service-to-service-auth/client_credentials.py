# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx", "python-multipart"]
# ///
"""OAuth client credentials (RFC 6749 section 4.4): a service trades its credentials for a token."""

import asyncio
import hashlib
import hmac
import secrets
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, Form
from fastapi.responses import JSONResponse
from fastapi.security import HTTPBasic, HTTPBasicCredentials

# Issued at registration as secrets.token_urlsafe(32): that much entropy makes a fast hash enough.
SECRET_HASH = hashlib.sha256(b"orders-secret").hexdigest()  # only the hash is stored
CLIENTS = {"orders": {"secret": SECRET_HASH, "scopes": {"refunds:write"}, "aud": "billing"}}
GRANTS: dict[str, dict] = {}  # opaque token -> grant; APIs look it up by introspection (RFC 7662)
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}  # required on token responses
auth_server = FastAPI()


def oauth_error(error: str, status: int, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": error}, status, {**NO_STORE, **(headers or {})})


@auth_server.post("/oauth/token")
async def token(
    client: Annotated[HTTPBasicCredentials, Depends(HTTPBasic())],
    grant_type: Annotated[str, Form()],
    scope: Annotated[str, Form()] = "",
) -> JSONResponse:
    registered = CLIENTS.get(client.username, {"secret": "", "scopes": set()})
    presented = hashlib.sha256(client.password.encode()).hexdigest()
    if not hmac.compare_digest(presented, registered["secret"]):
        return oauth_error("invalid_client", 401, {"WWW-Authenticate": "Basic"})
    if grant_type != "client_credentials":
        return oauth_error("unsupported_grant_type", 400)
    if not set(scope.split()) <= registered["scopes"]:
        return oauth_error("invalid_scope", 400)
    access_token = secrets.token_urlsafe(32)  # and no refresh token: the client just asks again
    GRANTS[access_token] = {"client_id": client.username, "scope": scope, "aud": registered["aud"]}
    body = {"access_token": access_token, "token_type": "Bearer", "expires_in": 300, "scope": scope}
    return JSONResponse(body, 200, NO_STORE)


async def main() -> None:
    transport = httpx.ASGITransport(app=auth_server)
    async with httpx.AsyncClient(transport=transport, base_url="https://auth.internal") as client:
        attempts = [  # (label, client secret, form fields)
            ("orders-service", "orders-secret", {"scope": "refunds:write"}),
            ("wrong secret", "guessed", {"scope": "refunds:write"}),
            ("scope not granted", "orders-secret", {"scope": "refunds:write admin"}),
            ("password grant", "orders-secret", {"grant_type": "password"}),
        ]
        for label, secret, fields in attempts:
            form = {"grant_type": "client_credentials", **fields}
            r = await client.post("/oauth/token", data=form, auth=("orders", secret))
            shown = sorted(r.json()) if r.status_code == 200 else r.json()
            print(f"{label:<17} -> {r.status_code} {r.headers['cache-control']} {shown}")
            assert (r.status_code == 200) == (label == "orders-service")
        grant = next(iter(GRANTS.values()))
        print("recorded grant:", grant)
        assert grant["aud"] == "billing"


if __name__ == "__main__":
    asyncio.run(main())
