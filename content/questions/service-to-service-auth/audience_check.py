# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Audience restriction: a token minted for the billing API is refused by the reports API."""

import asyncio
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

# What introspection (RFC 7662) or a verified JWT tells an API about the token it received.
GRANTS = {
    "tok-123": {"client_id": "orders", "scope": "refunds:write", "aud": "billing"},
    "tok-456": {"client_id": "reports", "scope": "refunds:read", "aud": "billing"},
}


def resource_server(audience: str) -> FastAPI:
    api = FastAPI()

    @api.post("/refunds")
    async def refund(
        creds: Annotated[HTTPAuthorizationCredentials, Depends(HTTPBearer())],
    ) -> dict[str, str]:
        grant = GRANTS.get(creds.credentials)  # real code also checks expiry
        if grant is None or grant["aud"] != audience:  # a token for another API is no token here
            challenge = {"WWW-Authenticate": 'Bearer error="invalid_token"'}
            raise HTTPException(401, "invalid_token", challenge)
        if "refunds:write" not in grant["scope"].split():
            challenge = {
                "WWW-Authenticate": 'Bearer error="insufficient_scope", scope="refunds:write"'
            }
            raise HTTPException(403, "insufficient_scope", challenge)
        return {"refund_by": grant["client_id"], "api": audience}

    return api


async def main() -> None:
    for token, audience, expected in [
        ("tok-123", "billing", 200),
        ("tok-123", "reports", 401),  # right service, wrong API: minted for billing
        ("tok-456", "billing", 403),  # right API, scope not granted
    ]:
        transport = httpx.ASGITransport(app=resource_server(audience))
        async with httpx.AsyncClient(transport=transport, base_url=f"https://{audience}") as client:
            r = await client.post("/refunds", headers={"Authorization": f"Bearer {token}"})
        challenge = r.headers.get("www-authenticate", "-")
        print(f"{token} at {audience:<7} -> {r.status_code} {r.json()} {challenge}")
        assert r.status_code == expected


if __name__ == "__main__":
    asyncio.run(main())
