# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx", "pyjwt", "python-multipart"]
# ///
"""Password login that returns a signed JWT, and a route that requires the token."""

import asyncio
import hashlib
import hmac
import os
import time
from typing import Annotated

import httpx
import jwt
from fastapi import Depends, FastAPI, HTTPException, Response, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

SECRET_KEY = os.environ.get("JWT_SECRET_KEY", "dev-only-secret-replace-me-0123456789abcdef")
TOKEN_TTL_SECONDS = 15 * 60
REQUIRED_CLAIMS = {"require": ["exp", "sub"]}  # reject tokens that lack them


def hash_password(password: str, salt: bytes) -> bytes:  # production: Argon2id via pwdlib
    # OWASP's minimum, in its 16 MiB form: N=2**14, r=8, p=5 (equivalent to N=2**17, p=1).
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=5)


SALT = os.urandom(16)
USERS = {"ana": (SALT, hash_password("correct horse battery", SALT))}
app = FastAPI()
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def unauthorized(detail: str, challenge: str = "Bearer") -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail, {"WWW-Authenticate": challenge})


def create_access_token(username: str, now: float) -> str:
    # sub must be a string: PyJWT 2.10+ rejects a token whose sub is a number.
    claims = {"sub": username, "iat": int(now), "exp": int(now) + TOKEN_TTL_SECONDS}
    return jwt.encode(claims, SECRET_KEY, algorithm="HS256")


@app.post("/auth/token")
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], response: Response) -> dict:
    # A plain def: hashing is CPU-bound, so FastAPI runs it in a worker thread.
    salt, stored = USERS.get(form.username, (SALT, b""))  # hash even for unknown users
    if not hmac.compare_digest(hash_password(form.password, salt), stored):
        raise unauthorized("Incorrect username or password")
    token = create_access_token(form.username, time.time())
    response.headers["Cache-Control"] = "no-store"  # RFC 6749 5.1: never cache a token
    response.headers["Pragma"] = "no-cache"
    return {"access_token": token, "token_type": "bearer", "expires_in": TOKEN_TTL_SECONDS}


async def current_user(token: Annotated[str, Depends(oauth2_scheme)]) -> str:
    try:
        claims = jwt.decode(token, SECRET_KEY, algorithms=["HS256"], options=REQUIRED_CLAIMS)
    except jwt.InvalidTokenError as error:  # bad signature, expired, malformed...
        raise unauthorized("Invalid or expired token", 'Bearer error="invalid_token"') from error
    return claims["sub"]


@app.get("/me")
async def read_me(username: Annotated[str, Depends(current_user)]) -> dict:
    return {"username": username}


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for password, expected in [("guess", 401), ("correct horse battery", 200)]:
            form = {"username": "ana", "password": password}
            response = await client.post("/auth/token", data=form)
            body = response.json()
            fresh = body.pop("access_token", None)  # a JWT; varies with the clock, so not shown
            cache = response.headers.get("cache-control", "-")
            print(f"POST /auth/token {password=} -> {response.status_code} {body}", end=" ")
            print(f"Cache-Control: {cache}")
            assert response.status_code == expected
            assert expected == 401 or cache == "no-store", "a token response must not be cached"

        expired = create_access_token("ana", time.time() - 2 * TOKEN_TTL_SECONDS)
        for label, token in {"fresh": fresh, "expired": expired}.items():
            me = await client.get("/me", headers={"Authorization": f"Bearer {token}"})
            www = me.headers.get("www-authenticate", "-")
            print(
                f"GET /me ({label} token) -> {me.status_code} {me.json()} WWW-Authenticate: {www}"
            )
            assert me.status_code == (200 if label == "fresh" else 401)


if __name__ == "__main__":
    asyncio.run(main())
