# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Authorization code flow with PKCE (RFC 7636, method S256) against a toy authorization server."""

import asyncio
import base64
import hashlib
import json
import secrets
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
from fastapi import FastAPI, Request, Response, status
from fastapi.responses import JSONResponse, RedirectResponse


def s256(verifier: str) -> str:  # code_challenge = BASE64URL(SHA256(ASCII(code_verifier)))
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


ISSUER = "https://auth.example"
CLIENT = {"client_id": "demo-spa", "redirect_uri": "https://app.example/callback"}
CODES: dict[str, dict] = {}  # authorization code -> what it was issued for
app = FastAPI()  # plays the authorization server


@app.get("/authorize")
async def authorize(request: Request) -> Response:
    q = request.query_params  # a real server logs the user in and asks for consent here
    if any(q.get(k) != v for k, v in CLIENT.items()) or q.get("code_challenge_method") != "S256":
        return JSONResponse({"error": "invalid_request"}, status.HTTP_400_BAD_REQUEST)
    code = secrets.token_urlsafe(16)
    CODES[code] = {**CLIENT, "challenge": q["code_challenge"]}
    query = urlencode({"code": code, "state": q["state"], "iss": ISSUER})  # iss: RFC 9207
    return RedirectResponse(f"{q['redirect_uri']}?{query}", status.HTTP_302_FOUND)


@app.post("/token")
async def token(request: Request) -> JSONResponse:
    # Parsed by hand so the sample needs no python-multipart (which Form() would require).
    form = {k: v[0] for k, v in parse_qs((await request.body()).decode()).items()}
    grant = CODES.pop(form.get("code", ""), None)  # a code works once, whatever happens next
    ok = grant is not None and s256(form.get("code_verifier", "")) == grant["challenge"]
    if not ok or any(form.get(k) != v for k, v in CLIENT.items()):
        return JSONResponse({"error": "invalid_grant"}, status.HTTP_400_BAD_REQUEST)
    body = {"access_token": secrets.token_urlsafe(32), "token_type": "Bearer", "expires_in": 600}
    return JSONResponse(body, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})


async def main() -> None:
    vector = s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
    assert vector == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    print("RFC 7636 Appendix B verifier -> challenge", vector)
    pending: dict[str, str] = {}  # this browser's logins in progress: state -> verifier
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=ISSUER) as client:

        async def log_in() -> str:
            verifier, state = secrets.token_urlsafe(32), secrets.token_urlsafe(16)  # fresh each
            pending[state] = verifier  # kept in the user's session, never sent to the server
            query = {**CLIENT, "response_type": "code", "state": state}
            query |= {"code_challenge": s256(verifier), "code_challenge_method": "S256"}
            location = (await client.get("/authorize", params=query)).headers["location"]
            shown = location.replace(parse_qs(urlsplit(location).query)["code"][0], "<code>")
            print("GET /authorize -> 302 Location:", shown.replace(state, "<state>"))
            return location

        def callback(location: str) -> tuple[str, str]:  # the client's redirect endpoint
            params = {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}
            if params.get("iss") != ISSUER or params.get("state") not in pending:
                raise ValueError("unknown issuer, or state not issued here or already used")
            return params["code"], pending.pop(params["state"])  # state works once

        async def redeem(who: str, code: str, verifier: str, expected: int) -> None:
            form = {**CLIENT, "grant_type": "authorization_code", "code": code}
            response = await client.post("/token", data={**form, "code_verifier": verifier})
            body = response.json()
            body |= {"access_token": "<random>"} if "access_token" in body else {}
            cache = [f"{h}: {response.headers.get(h)}" for h in ("cache-control", "pragma")]
            extra = " " + ", ".join(cache) if response.status_code == 200 else ""
            print(f"POST /token by {who} -> {response.status_code}{extra} {json.dumps(body)}")
            assert response.status_code == expected
            assert expected != 200 or extra == " cache-control: no-store, pragma: no-cache"

        code, _ = callback(await log_in())  # this code leaks to someone without the verifier
        await redeem("attacker", code, secrets.token_urlsafe(32), 400)
        location = await log_in()
        code, verifier = callback(location)
        await redeem("client", code, verifier, 200)
        await redeem("client again (replay)", code, verifier, 400)
        try:
            callback(location)
            raise AssertionError("a replayed callback was accepted")
        except ValueError as error:
            print("same callback URL opened again -> rejected:", error)


if __name__ == "__main__":
    asyncio.run(main())
