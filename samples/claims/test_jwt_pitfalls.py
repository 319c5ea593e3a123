"""Claims made on content/questions/jwt-pitfalls/; each fails if a release changes it."""

import time
import warnings
from importlib.util import find_spec

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
    """PyJWT raises InvalidKeyError for PEM and SSH keys used as an HS256 secret, and for JWK JSON
    (since 2.13)."""
    with pytest.raises(InvalidKeyError, match="asymmetric key"):
        encode({"sub": "ana"}, key=PEM_PUBLIC_KEY)
    with pytest.raises(InvalidKeyError, match="asymmetric key"):
        encode({"sub": "ana"}, key="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample")
    with pytest.raises(InvalidKeyError, match="JWK"):
        encode({"sub": "ana"}, key='{"kty": "oct", "k": "c2VjcmV0LWJ5dGVzLTAxMjM0NTY3ODlhYmNkZWY"}')


@pytest.mark.skipif(find_spec("cryptography") is None, reason="DER detection needs cryptography")
def test_der_public_keys_are_refused_when_cryptography_is_installed() -> None:
    """With the cryptography package installed, a DER public key is refused as an HMAC secret."""
    from cryptography.hazmat.primitives import serialization

    public = serialization.load_pem_public_key(PEM_PUBLIC_KEY.encode())
    der = public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    with pytest.raises(InvalidKeyError, match="asymmetric key"):
        encode({"sub": "ana"}, key=der)


def test_the_minimum_hmac_key_length_follows_the_hash_size() -> None:
    """RFC 7518's floor, as PyJWT applies it: 32 bytes for HS256, 48 for HS384, 64 for HS512."""
    for algorithm, minimum in (("HS256", 32), ("HS384", 48), ("HS512", 64)):
        for length, warns in ((minimum - 1, True), (minimum, False)):
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                encode({"sub": "ana"}, key="k" * length, algorithm=algorithm)
            assert any(w.category is InsecureKeyLengthWarning for w in caught) is warns


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


def test_typ_is_not_checked_by_pyjwt_but_decode_complete_returns_the_verified_header() -> None:
    """A token typed JWT (an ID token, say) decodes like an at+jwt one, so PyJWT never checks typ;
    decode_complete returns the verified header to compare yourself."""
    token = jwt.encode({"sub": "ana"}, KEY, algorithm="HS256", headers={"typ": "at+jwt"})
    verified = jwt.decode_complete(token, KEY, algorithms=["HS256"])
    assert verified["header"]["typ"] == "at+jwt" and verified["payload"] == {"sub": "ana"}
    id_token_like = encode({"sub": "ana"})
    assert decode(id_token_like) == {"sub": "ana"}
    assert jwt.decode_complete(id_token_like, KEY, algorithms=["HS256"])["header"]["typ"] == "JWT"


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
