# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Which protections FastAPI gives you, and which ones this app had to add itself."""

import asyncio
from collections import Counter
from itertools import count
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.middleware.trustedhost import TrustedHostMiddleware
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

PRODUCTION = True  # in real code this comes from settings
app = FastAPI(
    openapi_url=None if PRODUCTION else "/openapi.json",  # None also drops /docs and /redoc
    max_body_size=1024,  # FastAPI 0.164+; the default None means no limit at all
)
app.add_middleware(TrustedHostMiddleware, allowed_hosts=["api.example.com"])
bearer = HTTPBearer()  # built in: reads the header, 401 if missing; verifying is your job
TOKENS = {"tok-ann": "ann"}  # stand-in for JWT verification or a hashed API-key lookup
LIMIT, WINDOW = 2, 60  # two requests per user per minute
hits: Counter[tuple[str, int]] = Counter()
note_ids = count(1)


def clock() -> float:
    return 1_000.0  # fixed clock so the output never changes


class NoteIn(BaseModel):
    text: str = Field(min_length=1, max_length=200)


class NoteOut(BaseModel):
    id: int
    text: str


class NoteRecord(NoteOut):
    owner: str  # internal field that must not leak


async def current_user(creds: Annotated[HTTPAuthorizationCredentials, Depends(bearer)]) -> str:
    if creds.credentials not in TOKENS:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "Invalid token", {"WWW-Authenticate": "Bearer"}
        )
    return TOKENS[creds.credentials]


async def rate_limit(user: Annotated[str, Depends(current_user)]) -> str:
    window = int(clock() // WINDOW)
    hits[user, window] += 1
    if hits[user, window] > LIMIT:
        retry = WINDOW - int(clock()) % WINDOW
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS, "Slow down", {"Retry-After": str(retry)}
        )
    return user


@app.post("/notes", status_code=status.HTTP_201_CREATED)
async def create_note(note: NoteIn, user: Annotated[str, Depends(rate_limit)]) -> NoteOut:
    return NoteRecord(id=next(note_ids), text=note.text, owner=user)  # filtered to NoteOut


async def main() -> None:
    ok = {"Authorization": "Bearer tok-ann"}
    checks = [  # (who provides the check, label, path, headers, body, expected status)
        ("config", "docs off", "/docs", {}, None, 404),
        ("config", "2 KB note", "/notes", ok, {"text": "x" * 2048}, 413),
        ("opt-in", "spoofed Host", "/notes", {**ok, "Host": "evil.example"}, {"text": "a"}, 400),
        ("built in", "no token", "/notes", {}, {"text": "a"}, 401),
        ("you add", "wrong token", "/notes", {"Authorization": "Bearer x"}, {"text": "a"}, 401),
        ("built in", "empty text", "/notes", ok, {"text": ""}, 422),
        ("built in", "owner filtered", "/notes", ok, {"text": "hi"}, 201),
        ("you add", "3rd in window", "/notes", ok, {"text": "more"}, 429),
    ]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://api.example.com") as c:
        for who, label, path, headers, body, expected in checks:
            method = "GET" if body is None else "POST"
            r = await c.request(method, path, headers=headers, json=body)
            extra = {k: r.headers[k] for k in ("www-authenticate", "retry-after") if k in r.headers}
            text = r.text if r.status_code != 422 else r.json()["detail"][0]["type"]
            line = f"[{who:8}] {method} {path} ({label}) -> {r.status_code} {text} {extra or ''}"
            print(line.rstrip())
            assert r.status_code == expected
            assert "owner" not in r.text


if __name__ == "__main__":
    asyncio.run(main())
