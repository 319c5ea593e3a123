# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""A forged form POST runs despite CORSMiddleware; an Origin / Sec-Fetch-Site check refuses it."""

import asyncio
from typing import Annotated

import httpx
from fastapi import Cookie, Depends, FastAPI, Header, HTTPException, Response, status
from fastapi.middleware.cors import CORSMiddleware

TRUSTED_ORIGINS = {"https://bank.example"}
ledger: list[str] = []

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=list(TRUSTED_ORIGINS), allow_credentials=True)


def current_user(session: Annotated[str | None, Cookie()] = None) -> str:
    if session != "s3ss10n-alice":
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Not logged in")
    return "alice"


def refuse_cross_origin(
    origin: Annotated[str | None, Header()] = None,
    sec_fetch_site: Annotated[str | None, Header()] = None,
) -> None:
    # Browsers add Origin to every POST, Sec-Fetch-Site over HTTPS; curl and scripts send neither.
    from_browser = origin is not None or sec_fetch_site is not None
    trusted = origin in TRUSTED_ORIGINS or sec_fetch_site == "same-origin"
    if from_browser and not trusted:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Cross-origin request refused")


@app.post("/login")
async def login(response: Response) -> dict[str, str]:
    response.set_cookie("session", "s3ss10n-alice", secure=True, httponly=True, samesite="lax")
    return {"user": "alice"}


async def transfer(
    user: Annotated[str, Depends(current_user)], to: str, amount: int
) -> dict[str, str]:
    ledger.append(f"{user} -> {to}: {amount}")
    return {"status": "sent"}


app.post("/unguarded/transfer")(transfer)  # the same handler, mounted twice
app.post("/transfer", dependencies=[Depends(refuse_cross_origin)])(transfer)


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://bank.example") as browser:
        r = await browser.post("/login")  # the client keeps the cookie, like a browser
        print("POST /login ->", r.status_code, "Set-Cookie:", r.headers["set-cookie"])

        # A page on https://forum.bank.example (same site, other origin) auto-submits a form.
        forged = {
            "Origin": "https://forum.bank.example",
            "Sec-Fetch-Site": "same-site",
            "Content-Type": "application/x-www-form-urlencoded",
        }
        for path in ("/unguarded/transfer", "/transfer"):
            r = await browser.post(f"{path}?to=mallory&amount=500", headers=forged)
            acao = r.headers.get("access-control-allow-origin", "-")
            print(f"forged POST {path} -> {r.status_code} ACAO={acao} {r.text}")
            print("   ledger:", ledger)
        assert ledger == ["alice -> mallory: 500"]  # only the unguarded route moved money

        real = {"Origin": "https://bank.example", "Sec-Fetch-Site": "same-origin"}
        r = await browser.post("/transfer?to=bob&amount=20", headers=real)
        print("POST /transfer from the bank's own page ->", r.status_code, r.text)
        assert r.status_code == status.HTTP_200_OK and len(ledger) == 2

        r = await browser.post("/transfer?to=carol&amount=5")  # curl or a script: neither header
        print("POST /transfer with no Origin or Sec-Fetch-Site ->", r.status_code, r.text)
        assert r.status_code == status.HTTP_200_OK and len(ledger) == 3


if __name__ == "__main__":
    asyncio.run(main())
