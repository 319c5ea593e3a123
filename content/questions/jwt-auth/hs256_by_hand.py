# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""Build and check an HS256 JWT with the standard library to see what is signed."""

import base64
import hashlib
import hmac
import json

KEY = b"demo-only-key-with-at-least-32-bytes"  # HS256 needs a key of 256 bits or more
NOW = 1_800_000_000  # fixed clock so every run prints the same token


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def mac(signing_input: str) -> bytes:
    return hmac.new(KEY, signing_input.encode(), hashlib.sha256).digest()


def issue(claims: dict) -> str:
    parts = [{"alg": "HS256", "typ": "JWT"}, claims]
    signing_input = ".".join(b64url(json.dumps(p, separators=(",", ":")).encode()) for p in parts)
    return f"{signing_input}.{b64url(mac(signing_input))}"


def verify(token: str, now: int) -> dict:
    header_part, claims_part, signature_part = token.split(".")
    if json.loads(unb64url(header_part)).get("alg") != "HS256":  # pinned, not read from token
        raise ValueError("unexpected alg")
    if not hmac.compare_digest(mac(f"{header_part}.{claims_part}"), unb64url(signature_part)):
        raise ValueError("bad signature")
    claims = json.loads(unb64url(claims_part))
    if now >= claims["exp"]:
        raise ValueError("expired")
    return claims


def main() -> None:
    token = issue({"sub": "ana", "role": "user", "iat": NOW, "exp": NOW + 900})
    header_part, claims_part, signature_part = token.split(".")
    print("token:", token)
    print("header, read without the key:", unb64url(header_part).decode())
    print("claims, read without the key:", unb64url(claims_part).decode())
    print("verify at NOW+60 ->", verify(token, NOW + 60))

    forged = issue({"sub": "ana", "role": "admin", "iat": NOW, "exp": NOW + 900}).split(".")[1]
    attempts = {
        "role edited to admin": (f"{header_part}.{forged}.{signature_part}", NOW + 60),
        "same token at NOW+900": (token, NOW + 900),
    }
    for label, (candidate, at) in attempts.items():
        try:
            verify(candidate, at)
            raise AssertionError(f"{label} was accepted")
        except ValueError as error:
            print(f"verify {label} -> rejected: {error}")


if __name__ == "__main__":
    main()
