# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""Two classic JWT failures, rebuilt with the standard library: alg "none" and a guessable key."""

import base64
import hashlib
import hmac
import json

SERVER_KEY = b"secret123"  # the mistake: a short, human-chosen HMAC key


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hs256(key: bytes, signing_input: str) -> bytes:
    return hmac.new(key, signing_input.encode(), hashlib.sha256).digest()


def make(alg: str, claims: dict, key: bytes = b"") -> str:
    parts = [{"alg": alg, "typ": "JWT"}, claims]
    signing_input = ".".join(b64url(json.dumps(p, separators=(",", ":")).encode()) for p in parts)
    return f"{signing_input}.{b64url(hs256(key, signing_input) if alg == 'HS256' else b'')}"


def verify(token: str, trust_header_alg: bool) -> dict:
    header, claims, signature = token.split(".")
    alg = json.loads(unb64url(header))["alg"]
    if trust_header_alg and alg == "none":  # the token itself switched the check off
        return json.loads(unb64url(claims))
    if alg != "HS256":  # pinned: the server picks the algorithm, never the token
        raise ValueError(f"rejected: alg {alg!r} not allowed")
    if not hmac.compare_digest(hs256(SERVER_KEY, f"{header}.{claims}"), unb64url(signature)):
        raise ValueError("rejected: bad signature")
    return json.loads(unb64url(claims))


def show(label: str, value: object) -> None:
    print(f"{label:<40} -> {value}")


def main() -> None:
    unsigned = make("none", {"sub": "mallory", "role": "admin"})
    show("alg=none, verifier trusts header", verify(unsigned, trust_header_alg=True))
    try:
        verify(unsigned, trust_header_alg=False)
        raise AssertionError("unsigned token accepted")
    except ValueError as error:
        show("alg=none, verifier pins HS256", error)

    # One genuine token is enough to test candidate keys offline, with no requests sent.
    stolen = make("HS256", {"sub": "mallory", "role": "user"}, SERVER_KEY)
    header, claims, signature = stolen.split(".")
    wordlist = [b"password", b"changeme", b"jwt-secret", b"secret123", b"letmein"]
    guesses = [k for k in wordlist if hs256(k, f"{header}.{claims}") == unb64url(signature)]
    show("key recovered offline from wordlist", guesses[0].decode())
    forged = make("HS256", {"sub": "mallory", "role": "admin"}, guesses[0])
    accepted = verify(forged, trust_header_alg=False)
    show("forged admin token, verifier pins HS256", accepted)
    assert accepted["role"] == "admin"  # pinning cannot save a guessable key


if __name__ == "__main__":
    main()
