# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""A signed JWT is not encrypted: anyone holding it can read its claims without the key."""

import base64
import hashlib
import hmac
import json

SERVER_KEY = b"server-side-signing-key-of-32+bytes!"  # fixed so the output is repeatable


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def encode_part(obj: dict) -> str:
    return b64url(json.dumps(obj, separators=(",", ":")).encode())


def sign(signing_input: str) -> bytes:
    return hmac.new(SERVER_KEY, signing_input.encode(), hashlib.sha256).digest()


def main() -> None:
    # Built by hand only to stay dependency-free; real code uses PyJWT or an identity provider.
    claims = {"sub": "user-7", "scope": "invoices:read", "exp": 1_300}
    header, payload = encode_part({"alg": "HS256", "typ": "JWT"}), encode_part(claims)
    token = f"{header}.{payload}.{b64url(sign(f'{header}.{payload}'))}"
    print("token:", token[:48] + "...")

    # Anyone without SERVER_KEY (a proxy log, a browser extension) can decode the middle part.
    seen = json.loads(unb64url(token.split(".")[1]))
    print("claims read without the key:", seen)
    assert seen == claims

    # The key protects integrity instead: edited claims no longer match the signature.
    forged = encode_part({**claims, "scope": "invoices:write"})
    valid = hmac.compare_digest(sign(f"{header}.{forged}"), unb64url(token.split(".")[2]))
    print("token with edited scope passes the signature check:", valid)
    assert not valid


if __name__ == "__main__":
    main()
