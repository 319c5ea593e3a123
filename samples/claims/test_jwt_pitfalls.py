"""Claims made on content/questions/jwt-pitfalls/; each fails if a release changes it."""

import time
import warnings

import jwt
import pytest
from jwt.exceptions import InvalidKeyError
from jwt.warnings import InsecureKeyLengthWarning

PAGE = "jwt-pitfalls"
KEY = "load-me-from-settings-0123456789abcdef"
ISSUER, AUDIENCE = "https://auth.example.com", "reports-api"
PEM_PUBLIC_KEY = (
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEVs/o5+uQbTjL3chynL4wXgUg2R9\n"
    "q9UU8I5mEovUf86QZ7kOBIjJwqnzD1omageEHWwHdBO6B+dFabmdT9POxg==\n"
    "-----END PUBLIC KEY-----\n"
)


def encode(claims: dict, key: str = KEY, algorithm: str = "HS256") -> str:
    return jwt.encode(claims, key, algorithm=algorithm)


def decode(token: str, **kwargs: object) -> dict:
    return jwt.decode(token, KEY, algorithms=["HS256"], **kwargs)


def test_decoding_without_an_algorithms_list_is_refused() -> None:
    """PyJWT 2 will not let the token's header pick the algorithm."""
    with pytest.raises(jwt.DecodeError):
        jwt.decode(encode({"sub": "ana"}), KEY)


def test_an_alg_none_token_fails_a_pinned_verifier() -> None:
    """An unsigned token is rejected with InvalidAlgorithmError when HS256 is pinned."""
    unsigned = jwt.encode({"sub": "mallory"}, None, algorithm="none")
    with pytest.raises(jwt.InvalidAlgorithmError):
        decode(unsigned)


def test_public_keys_are_refused_as_hmac_secrets() -> None:
    """PyJWT raises InvalidKeyError for a PEM public key used as an HS256 secret."""
    with pytest.raises(InvalidKeyError, match="asymmetric key"):
        encode({"sub": "ana"}, key=PEM_PUBLIC_KEY)


def test_short_hmac_keys_warn_when_signing_and_when_verifying() -> None:
    """Keys under 32 bytes for HS256 give InsecureKeyLengthWarning on encode and on decode."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        token = encode({"sub": "ana"}, key="secret123")
        jwt.decode(token, "secret123", algorithms=["HS256"])
    assert [w.category for w in caught] == [InsecureKeyLengthWarning] * 2


def test_enforce_minimum_key_length_turns_the_warning_into_invalid_key_error() -> None:
    """With the option set, a short key raises InvalidKeyError (not an InvalidTokenError)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", InsecureKeyLengthWarning)
        token = encode({"sub": "ana"}, key="secret123")
    strict = {"enforce_minimum_key_length": True}
    with pytest.raises(InvalidKeyError):
        jwt.decode(token, "secret123", algorithms=["HS256"], options=strict)
    with pytest.raises(InvalidKeyError):
        jwt.PyJWT(options=strict).encode({"sub": "ana"}, "secret123", algorithm="HS256")
    assert not issubclass(InvalidKeyError, jwt.InvalidTokenError)


def test_time_claims_are_checked_only_when_present() -> None:
    """A token without exp never expires unless exp is required."""
    assert decode(encode({"sub": "ana"})) == {"sub": "ana"}
    with pytest.raises(jwt.MissingRequiredClaimError):
        decode(encode({"sub": "ana"}), options={"require": ["exp"]})
    with pytest.raises(jwt.ExpiredSignatureError):
        decode(encode({"sub": "ana", "exp": int(time.time()) - 3600}))


def test_audience_and_issuer_checks() -> None:
    """Wrong aud or iss fails; a missing one fails when expected; an aud nobody asked for fails."""
    with pytest.raises(jwt.InvalidAudienceError):
        decode(encode({"aud": "billing-api"}), audience=AUDIENCE)
    with pytest.raises(jwt.InvalidIssuerError):
        decode(encode({"iss": "https://evil.example"}), issuer=ISSUER)
    with pytest.raises(jwt.MissingRequiredClaimError):
        decode(encode({"sub": "ana"}), audience=AUDIENCE)
    with pytest.raises(jwt.MissingRequiredClaimError):
        decode(encode({"sub": "ana"}), issuer=ISSUER)
    with pytest.raises(jwt.InvalidAudienceError):
        decode(encode({"aud": AUDIENCE}))


def test_typ_is_not_checked_by_pyjwt_but_is_readable_from_the_header() -> None:
    """An at+jwt header decodes like any other; compare it yourself with get_unverified_header."""
    token = jwt.encode({"sub": "ana"}, KEY, algorithm="HS256", headers={"typ": "at+jwt"})
    assert jwt.get_unverified_header(token)["typ"] == "at+jwt"
    id_token_like = encode({"sub": "ana"})
    assert decode(id_token_like) == {"sub": "ana"}
    assert jwt.get_unverified_header(id_token_like)["typ"] == "JWT"


def test_every_validation_failure_in_the_table_is_an_invalid_token_error() -> None:
    """One `except jwt.InvalidTokenError` covers the table's exceptions."""
    for error in (
        jwt.InvalidAlgorithmError,
        jwt.InvalidSignatureError,
        jwt.MissingRequiredClaimError,
        jwt.ExpiredSignatureError,
        jwt.InvalidAudienceError,
        jwt.InvalidIssuerError,
    ):
        assert issubclass(error, jwt.InvalidTokenError)
