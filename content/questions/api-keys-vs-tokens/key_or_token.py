# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""One API, two credentials: a long-lived service API key and a short-lived access token."""

import asyncio
import hashlib
from collections.abc import Awaitable, Callable
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

CLOCK = {"now": 1_000}  # injected clock, in seconds
# Issued by the API owner to an application; valid until revoked; stored as a digest.
KEY_DIGEST = hashlib.sha256(b"sk_demo_reporting").hexdigest()
API_KEYS = {KEY_DIGEST: {"who": "reporting-job", "scopes": ["invoices:read"]}}
# Issued by an authorization server to a client, on behalf of a user; expires.
TOKEN = {"sub": "user-7", "client": "mobile-app", "scopes": ["invoices:read"], "exp": 1_300}
TOKENS = {"at_demo_1": TOKEN}
WWW, REALM = "WWW-Authenticate", 'Bearer realm="invoices"'
app = FastAPI()


async def caller(
    key: Annotated[str | None, Depends(APIKeyHeader(name="X-API-Key", auto_error=False))],
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(HTTPBearer(auto_error=False))],
) -> dict:
    if key and (record := API_KEYS.get(hashlib.sha256(key.encode()).hexdigest())):
        return {"who": record["who"], "via": "api key", "scopes": record["scopes"]}
    if bearer:
        token = TOKENS.get(bearer.credentials)
        if token is None or CLOCK["now"] >= token["exp"]:  # sent, but unknown or expired
            invalid = f'{REALM}, error="invalid_token"'
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED, "Invalid or expired token", {WWW: invalid}
            )
        who = f"{token['sub']} via {token['client']}"
        return {"who": who, "via": "access token", "scopes": token["scopes"]}
    # No usable credential: a challenge without error details (RFC 6750, section 3.1).
    raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Not authenticated", {WWW: REALM})


def needs(scope: str) -> Callable[..., Awaitable[dict]]:
    async def check(principal: Annotated[dict, Depends(caller)]) -> dict:
        if scope not in principal["scopes"]:
            # RFC 6750 requires this challenge on a token's 403; keys have no standard one.
            bearer = f'{REALM}, error="insufficient_scope", scope="{scope}"'
            headers = {WWW: bearer} if principal["via"] == "access token" else None
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"Missing scope {scope}", headers)
        return principal

    return check


@app.get("/invoices")
async def list_invoices(principal: Annotated[dict, Depends(needs("invoices:read"))]) -> dict:
    return principal


@app.post("/invoices", status_code=status.HTTP_201_CREATED)
async def create_invoice(principal: Annotated[dict, Depends(needs("invoices:write"))]) -> dict:
    return principal


async def main() -> None:
    key = {"X-API-Key": "sk_demo_reporting"}
    token = {"Authorization": "Bearer at_demo_1"}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for now, method, headers, expected in [
            (1_000, "GET", key, 200),
            (1_000, "GET", token, 200),
            (1_000, "POST", key, 403),
            (1_000, "POST", token, 403),
            (1_000, "GET", {}, 401),
            (1_300, "GET", key, 200),
            (1_300, "GET", token, 401),
        ]:
            CLOCK["now"] = now
            response = await client.request(method, "/invoices", headers=headers)
            kind = "api key" if headers is key else "token" if headers else "nothing"
            www = response.headers.get("www-authenticate")
            challenge = f" WWW-Authenticate: {www}" if www else ""
            code = response.status_code
            print(f"t={now} {method} with {kind} -> {code}{challenge} {response.text}")
            assert response.status_code == expected
            assert (expected == 403 and kind == "token") == ("insufficient_scope" in (www or ""))


if __name__ == "__main__":
    asyncio.run(main())
