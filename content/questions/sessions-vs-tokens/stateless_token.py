# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx", "pyjwt"]
# ///
"""A stateless JWT outlives logout until it expires; revoking it means keeping state again."""

import asyncio
import time
import uuid
from typing import Annotated

import httpx
import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

KEY = "demo-signing-key-loaded-from-a-secret-store-0123456789"
REQUIRED = {"require": ["exp", "jti"]}
REVOKED: set[str] = set()  # token ids (jti) revoked before their exp; shared storage in production
app = FastAPI()


def claims(creds: Annotated[HTTPAuthorizationCredentials, Depends(HTTPBearer())]) -> dict:
    try:
        token = jwt.decode(creds.credentials, KEY, algorithms=["HS256"], options=REQUIRED)
    except jwt.InvalidTokenError:  # bad signature, expired, missing claim...
        token = None
    if token is None or (app.state.check_revoked and token["jti"] in REVOKED):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, headers={"WWW-Authenticate": "Bearer"})
    return token


@app.post("/login")  # password check omitted
async def login() -> dict[str, str]:
    token = {"sub": "alice", "jti": str(uuid.uuid4()), "exp": int(time.time()) + 15 * 60}
    return {"access_token": jwt.encode(token, KEY, algorithm="HS256"), "token_type": "bearer"}


@app.get("/me")
async def me(token: Annotated[dict, Depends(claims)]) -> dict[str, str]:
    return {"user": token["sub"]}


@app.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(token: Annotated[dict, Depends(claims)]) -> None:
    REVOKED.add(token["jti"])  # ignored unless check_revoked: then every request needs a lookup


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://api.example") as client:
        for check_revoked in (False, True):
            app.state.check_revoked = check_revoked
            token = (await client.post("/login")).json()["access_token"]
            stolen = {"Authorization": f"Bearer {token}"}  # say, read from localStorage by XSS
            me = await client.get("/me", headers=stolen)
            print(f"check_revoked={check_revoked}: GET /me ->", me.json())
            print("  POST /logout ->", (await client.post("/logout", headers=stolen)).status_code)
            replay = await client.get("/me", headers=stolen)
            print("  stolen token replayed after logout ->", replay.status_code, replay.json())
            assert replay.status_code == (401 if check_revoked else 200)


if __name__ == "__main__":
    asyncio.run(main())
