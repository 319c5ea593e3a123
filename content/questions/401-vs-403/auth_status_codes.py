# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""401 when the caller is unknown, 403 when a known caller lacks permission."""

import asyncio
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

# Stand-ins for real token verification (a JWT check or a token-store lookup).
TOKENS = {"tok-ana": "ana", "tok-ben": "ben"}  # token -> user
SCOPES = {"ana": {"reports:read"}, "ben": set()}  # user -> granted scopes
WWW, REALM = "WWW-Authenticate", 'Bearer realm="reports"'  # RFC 6750: Bearer takes a parameter
app = FastAPI()


class BearerWithRealm(HTTPBearer):  # the hook FastAPI 0.122.0 added for this error
    def make_not_authenticated_error(self) -> HTTPException:
        return HTTPException(status.HTTP_401_UNAUTHORIZED, "Not authenticated", {WWW: REALM})


bearer = BearerWithRealm()  # no usable Authorization header -> 401 + challenge


async def authenticate(creds: Annotated[HTTPAuthorizationCredentials, Depends(bearer)]) -> str:
    if creds.credentials not in TOKENS:  # credentials were sent but are not valid: still 401
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Invalid or expired token",
            headers={WWW: f'{REALM}, error="invalid_token"'},
        )
    return TOKENS[creds.credentials]


async def can_read_reports(user: Annotated[str, Depends(authenticate)]) -> str:
    if "reports:read" not in SCOPES[user]:  # we know who it is; they may not do this
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            detail="Token lacks scope reports:read",
            headers={WWW: f'{REALM}, error="insufficient_scope", scope="reports:read"'},
        )
    return user


@app.get("/reports")
async def list_reports(user: Annotated[str, Depends(can_read_reports)]) -> dict:
    return {"user": user, "reports": ["2026-q3"]}


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        cases = [(None, 401), ("tok-forged", 401), ("tok-ben", 403), ("tok-ana", 200)]
        for token, expected in cases:
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            response = await client.get("/reports", headers=headers)
            print(f"GET /reports  token={token} -> {response.status_code} {response.text}")
            print(f"  WWW-Authenticate: {response.headers.get('www-authenticate', '(none)')}")
            assert response.status_code == expected
            assert expected == 200 or "www-authenticate" in response.headers


if __name__ == "__main__":
    asyncio.run(main())
