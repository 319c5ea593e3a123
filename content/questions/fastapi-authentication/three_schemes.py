# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""One protected resource behind three fastapi.security classes, and what each one checks."""

import asyncio
import json
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import (
    APIKeyHeader,
    HTTPAuthorizationCredentials,
    HTTPBearer,
    OAuth2PasswordBearer,
)

oauth2 = OAuth2PasswordBearer(tokenUrl="token")  # reads "Authorization: Bearer <token>"
bearer = HTTPBearer()  # reads the same header, documents a plain bearer scheme
api_key = APIKeyHeader(name="X-API-Key")  # reads a custom header
TOKENS = {"tok-ana": "ana"}  # stand-ins for JWT verification / a token store
KEYS = {"key-ci": "ci-bot"}
BearerCreds = Annotated[HTTPAuthorizationCredentials, Depends(bearer)]
app = FastAPI()


def verify(secret: str, known: dict[str, str], challenge: str) -> str:
    if secret not in known:  # the security classes never get this far: this is your job
        headers = {"WWW-Authenticate": challenge}
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid credentials", headers)
    return known[secret]


INVALID_TOKEN = 'Bearer error="invalid_token"'  # RFC 6750: a token was sent but is not valid


@app.get("/oauth2")
async def via_oauth2(token: Annotated[str, Depends(oauth2)]) -> dict[str, str]:
    return {"caller": verify(token, TOKENS, INVALID_TOKEN)}


@app.get("/bearer")
async def via_bearer(creds: BearerCreds) -> dict[str, str]:
    return {"caller": verify(creds.credentials, TOKENS, INVALID_TOKEN)}


@app.get("/api-key")
async def via_api_key(key: Annotated[str, Depends(api_key)]) -> dict[str, str]:
    return {"caller": verify(key, KEYS, "APIKey")}


CASES = [  # path, headers, expected status
    ("/oauth2", {}, 401),
    ("/oauth2", {"Authorization": "Bearer tok-ana"}, 200),
    ("/bearer", {"Authorization": "Bearer tok-forged"}, 401),
    ("/bearer", {"Authorization": "Bearer tok-ana"}, 200),
    ("/api-key", {}, 401),
    ("/api-key", {"X-API-Key": "key-ci"}, 200),
]


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for path, headers, expected in CASES:
            response = await client.get(path, headers=headers)
            challenge = response.headers.get("www-authenticate", "-")
            sent = ", ".join(f"{k}: {v}" for k, v in headers.items()) or "no credentials"
            print(f"GET {path} ({sent}) -> {response.status_code} {response.text}")
            print(f"  WWW-Authenticate: {challenge}")
            assert response.status_code == expected
            assert expected == 200 or challenge != "-"
        spec = (await client.get("/openapi.json")).json()
        schemes = spec["components"]["securitySchemes"]
        for name, scheme in schemes.items():
            print(f"openapi securitySchemes.{name} = {json.dumps(scheme)}")
        security = spec["paths"]["/api-key"]["get"]["security"]
        print(f"openapi paths./api-key.get.security = {json.dumps(security)}")
        assert set(schemes) == {"OAuth2PasswordBearer", "HTTPBearer", "APIKeyHeader"}


if __name__ == "__main__":
    asyncio.run(main())
