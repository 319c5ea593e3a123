# /// script
# requires-python = ">=3.11"
# dependencies = ["pyjwt"]
# ///
"""A strict PyJWT verifier, and the malformed or hostile tokens it turns away."""

import time
import warnings

import jwt

KEY = "load-me-from-settings-0123456789abcdef"  # 32+ random bytes in real deployments
ISSUER, AUDIENCE = "https://auth.example.com", "reports-api"
ACCESS_TOKEN = {"typ": "at+jwt"}  # RFC 9068: access tokens say what they are


def verify(token: str) -> dict:
    verified = jwt.decode_complete(  # like jwt.decode, but also returns the verified header
        token,
        KEY,
        algorithms=["HS256"],  # fixed by the server; the token's header cannot widen it
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub", "aud", "iss"]},
        leeway=30,  # seconds of clock skew tolerated between servers
    )
    if verified["header"].get("typ", "").lower() not in ("at+jwt", "application/at+jwt"):
        raise jwt.InvalidTokenError("not an access token")  # PyJWT never checks typ itself
    return verified["payload"]


def main() -> None:
    now = int(time.time())  # PyJWT checks exp against the real clock
    claims = {"sub": "ana", "iss": ISSUER, "aud": AUDIENCE, "iat": now, "exp": now + 300}
    good = jwt.encode(claims, KEY, algorithm="HS256", headers=ACCESS_TOKEN)
    admin = jwt.encode({**claims, "role": "admin"}, "attacker-key-0123456789abcdef-xyz")
    no_exp = {key: value for key, value in claims.items() if key != "exp"}
    cases = {
        "valid": good,
        "alg none": jwt.encode({**claims, "role": "admin"}, None, algorithm="none"),
        "claims swapped, old signature": ".".join(
            [good.split(".")[0], admin.split(".")[1], good.split(".")[2]]
        ),
        "expired an hour ago": jwt.encode({**claims, "exp": now - 3600}, KEY, headers=ACCESS_TOKEN),
        "meant for another API": jwt.encode(
            {**claims, "aud": "billing-api"}, KEY, headers=ACCESS_TOKEN
        ),
        "no exp claim": jwt.encode(no_exp, KEY, headers=ACCESS_TOKEN),
        "typ JWT, such as an ID token": jwt.encode(claims, KEY),
    }
    for label, token in cases.items():
        try:
            print(f"{label:<30} -> accepted, sub={verify(token)['sub']}")
            assert label == "valid"
        except jwt.InvalidTokenError as error:
            print(f"{label:<30} -> rejected: {type(error).__name__}")
            assert label != "valid"

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        jwt.encode(claims, "secret123", algorithm="HS256")
    print("signing with 'secret123'       ->", caught[0].category.__name__)


if __name__ == "__main__":
    main()
