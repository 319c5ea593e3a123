# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Issue API keys, keep only their SHA-256 digests, and check them in constant time."""

import asyncio
import hashlib
import hmac
import secrets
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import APIKeyHeader

KEYS: dict[str, dict] = {}  # key id -> owner, digest, revoked; the raw key is never stored
CHALLENGE = {"WWW-Authenticate": "APIKey"}  # the value FastAPI's APIKeyHeader sends too
app = FastAPI()


def digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def issue_key(owner: str) -> str:
    key_id, secret = secrets.token_hex(8), secrets.token_urlsafe(32)  # 256 random bits
    if key_id in KEYS:  # a real store makes the id unique with a constraint and retries
        return issue_key(owner)
    key = f"sk_{key_id}_{secret}"  # the id is a public handle; only the whole key is secret
    KEYS[key_id] = {"owner": owner, "digest": digest(key), "revoked": False}
    return key  # shown to the customer once, then forgotten


async def api_client(key: Annotated[str, Depends(APIKeyHeader(name="X-API-Key"))]) -> str:
    parts = key.split("_", 2)  # "sk", key id, secret
    record = KEYS.get(parts[1]) if len(parts) == 3 and parts[0] == "sk" else None
    ok = record and not record["revoked"] and hmac.compare_digest(digest(key), record["digest"])
    if not ok:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid API key", headers=CHALLENGE)
    return record["owner"]


@app.get("/usage")
async def usage(client: Annotated[str, Depends(api_client)]) -> dict:
    return {"client": client, "calls_this_month": 42}


async def main() -> None:
    old, new = issue_key("acme"), issue_key("acme")  # two live keys make rotation painless
    stored = repr(KEYS)
    print("raw keys in storage:", old in stored or new in stored)
    assert old not in stored and new not in stored
    forged = old[:-1] + ("A" if old[-1] != "A" else "B")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:

        async def call(label: str, key: str | None, expected: int, in_query: bool = False) -> None:
            where = {"params": {"api_key": key}} if in_query else {"headers": {"X-API-Key": key}}
            response = await client.get("/usage", **(where if key else {}))
            www = response.headers.get("www-authenticate")
            challenge = f" WWW-Authenticate: {www}" if www else ""
            print(f"GET /usage with {label} -> {response.status_code}{challenge} {response.text}")
            assert response.status_code == expected

        await call("no key", None, 401)
        await call("forged key", forged, 401)
        await call("old key in the query string", old, 401, in_query=True)
        await call("old key", old, 200)
        await call("new key", new, 200)
        KEYS[old.split("_")[1]]["revoked"] = True
        print("-- old key revoked --")
        await call("old key", old, 401)
        await call("new key", new, 200)


if __name__ == "__main__":
    asyncio.run(main())
