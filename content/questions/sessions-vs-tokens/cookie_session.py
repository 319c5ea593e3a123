# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""A server-side session: the browser holds only a random id, so logout revokes every copy."""

import asyncio
import re
import secrets
from typing import Annotated

import httpx
from fastapi import Cookie, Depends, FastAPI, Header, HTTPException, Request, Response, status

COOKIE = "__Host-session"  # the prefix makes browsers insist on Secure, Path=/ and no Domain
ORIGIN = "https://app.example"
SESSIONS: dict[str, str] = {}  # session id -> user id; Redis or a database table in production
app = FastAPI()


def session_id(
    request: Request,
    value: Annotated[str | None, Cookie(alias=COOKIE)] = None,
    fetch_site: Annotated[str | None, Header(alias="sec-fetch-site")] = None,
    origin: Annotated[str | None, Header()] = None,
) -> str:
    # CSRF: SameSite=lax stops cross-site POSTs; this also stops sibling subdomains (same-site).
    # Browsers without Fetch Metadata still send Origin on a cross-origin POST: check that instead.
    allowed = fetch_site in ("same-origin", "none") if fetch_site else origin in (None, ORIGIN)
    if request.method not in ("GET", "HEAD") and not allowed:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Cross-origin request refused")
    if value not in SESSIONS:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Not logged in")
    return value


@app.post("/login")  # password check omitted: see the password-storage page
async def login(response: Response) -> dict[str, str]:
    new_id = secrets.token_urlsafe(32)  # 256 random bits, nothing to decode or forge
    SESSIONS[new_id] = "alice"
    response.set_cookie(COOKIE, new_id, secure=True, httponly=True, samesite="lax")
    return {"user": "alice"}


@app.get("/me")
async def me(sid: Annotated[str, Depends(session_id)]) -> dict[str, str]:
    return {"user": SESSIONS[sid]}


@app.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(sid: Annotated[str, Depends(session_id)], response: Response) -> None:
    del SESSIONS[sid]  # the server forgets the id, so every copy of the cookie is dead now
    response.delete_cookie(COOKIE, secure=True, httponly=True, samesite="lax")


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=ORIGIN) as browser:
        cookie = (await browser.post("/login")).headers["set-cookie"]
        print("POST /login -> Set-Cookie:", re.sub(r"=[\w-]{43};", "=<random id>;", cookie))
        stolen = {"Cookie": f"{COOKIE}={browser.cookies[COOKIE]}"}  # say, copied by malware
        print("GET /me ->", (await browser.get("/me")).json())
        forged = await browser.post("/logout", headers={"Sec-Fetch-Site": "same-site"})
        print("POST /logout sent from a sibling subdomain ->", forged.status_code, forged.json())
        legacy = await browser.post("/logout", headers={"Origin": "https://shop.example"})
        print("POST /logout, old browser, Origin: https://shop.example ->", legacy.status_code)
        print("POST /logout ->", (await browser.post("/logout")).status_code)

    async with httpx.AsyncClient(transport=transport, base_url=ORIGIN) as thief:
        replay = await thief.get("/me", headers=stolen)
    print("stolen cookie replayed after logout ->", replay.status_code, replay.json())
    assert forged.status_code == legacy.status_code == status.HTTP_403_FORBIDDEN
    assert replay.status_code == status.HTTP_401_UNAUTHORIZED


if __name__ == "__main__":
    asyncio.run(main())
