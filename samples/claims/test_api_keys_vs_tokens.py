"""Claims made on content/questions/api-keys-vs-tokens/; each fails if a release changes it."""

import base64
import hashlib
import hmac
import json
from typing import Annotated

import jwt
from asgi import call
from fastapi import Depends, FastAPI
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

PAGE = "api-keys-vs-tokens"
KEY = b"server-side-signing-key-of-32+bytes!"
CLAIMS = {"sub": "user-7", "scope": "invoices:read", "exp": 1_300}


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def test_the_hand_built_hs256_token_is_byte_for_byte_what_pyjwt_produces() -> None:
    """The standard-library JWT in jwt_is_readable.py equals PyJWT's output for the same input."""
    parts = [{"alg": "HS256", "typ": "JWT"}, CLAIMS]
    signing_input = ".".join(b64url(json.dumps(p, separators=(",", ":")).encode()) for p in parts)
    signature = hmac.new(KEY, signing_input.encode(), hashlib.sha256).digest()
    assert f"{signing_input}.{b64url(signature)}" == jwt.encode(CLAIMS, KEY, algorithm="HS256")


def test_a_signed_jwt_is_readable_without_the_key() -> None:
    """The claims decode from base64url alone; no key is involved."""
    token = jwt.encode(CLAIMS, KEY, algorithm="HS256")
    payload = token.split(".")[1]
    assert json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))) == CLAIMS


def test_auto_error_false_lets_one_route_accept_either_credential() -> None:
    """With auto_error=False, APIKeyHeader and HTTPBearer inject None instead of answering 401."""
    app = FastAPI()
    key_scheme = APIKeyHeader(name="X-API-Key", auto_error=False)

    @app.get("/invoices")
    async def invoices(
        key: Annotated[str | None, Depends(key_scheme)],
        bearer: Annotated[
            HTTPAuthorizationCredentials | None, Depends(HTTPBearer(auto_error=False))
        ],
    ) -> dict:
        return {"key": key, "token": bearer.credentials if bearer else None}

    assert call(app, "GET", "/invoices").json() == {"key": None, "token": None}
    by_key = call(app, "GET", "/invoices", headers={"X-API-Key": "sk_1"}).json()
    assert by_key == {"key": "sk_1", "token": None}
    by_token = call(app, "GET", "/invoices", headers={"Authorization": "Bearer at_1"}).json()
    assert by_token == {"key": None, "token": "at_1"}
