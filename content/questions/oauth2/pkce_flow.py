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
    query = urlencode({"code": code, "state": q["state"]})
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
    return JSONResponse(body, headers={"Cache-Control": "no-store"})


async def main() -> None:
    vector = s256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
    assert vector == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    print("RFC 7636 Appendix B verifier -> challenge", vector)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://auth.example") as client:

        async def log_in() -> tuple[str, str]:
            verifier = secrets.token_urlsafe(32)  # 43 characters; never leaves the client
            query = {**CLIENT, "response_type": "code", "state": "af0ifjsl"}
            query |= {"code_challenge": s256(verifier), "code_challenge_method": "S256"}
            response = await client.get("/authorize", params=query)
            redirect = parse_qs(urlsplit(response.headers["location"]).query)
            assert redirect["state"] == ["af0ifjsl"]  # the client checks state (CSRF)
            code = redirect["code"][0]
            shown = response.headers["location"].replace(code, "<code>")
            print(f"GET /authorize -> {response.status_code} Location: {shown}")
            return code, verifier

        async def redeem(who: str, code: str, verifier: str, expected: int) -> None:
            form = {**CLIENT, "grant_type": "authorization_code", "code": code}
            response = await client.post("/token", data={**form, "code_verifier": verifier})
            body = response.json()
            body |= {"access_token": "<random>"} if "access_token" in body else {}
            cache = response.headers.get("cache-control")
            extra = f" Cache-Control: {cache}" if cache else ""
            print(f"POST /token by {who} -> {response.status_code}{extra} {json.dumps(body)}")
            assert response.status_code == expected

        code, _ = await log_in()  # this code leaks to an attacker who never saw the verifier
        await redeem("attacker", code, secrets.token_urlsafe(32), 400)
        code, verifier = await log_in()
        await redeem("client", code, verifier, 200)
        await redeem("client again (replay)", code, verifier, 400)


if __name__ == "__main__":
    asyncio.run(main())
