"""Claims made on content/questions/jwt-auth/; each fails if a release changes it."""

import sys
import threading
from importlib import metadata
from typing import Annotated

import jwt
import pytest
from asgi import call
from fastapi import Depends, FastAPI
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from jwt.exceptions import InvalidSubjectError
from jwt.warnings import InsecureKeyLengthWarning
from sample_files import QUESTIONS

PAGE = "jwt-auth"
KEY = b"demo-only-key-with-at-least-32-bytes"  # the key hs256_by_hand.py uses
NOW = 1_800_000_000


def test_the_hand_built_token_is_byte_for_byte_what_pyjwt_produces() -> None:
    """hs256_by_hand.py prints exactly the token PyJWT makes from the same header, claims, key."""
    recorded = (QUESTIONS / PAGE / "hs256_by_hand.out").read_text().splitlines()[0]
    claims = {"sub": "ana", "role": "user", "iat": NOW, "exp": NOW + 900}
    assert recorded == "token: " + jwt.encode(claims, KEY, algorithm="HS256")


def test_pyjwt_refuses_to_decode_without_an_algorithms_list() -> None:
    """PyJWT 2 raises instead of trusting the token's own alg header."""
    token = jwt.encode({"sub": "ana"}, KEY, algorithm="HS256")
    with pytest.raises(jwt.DecodeError, match="algorithms"):
        jwt.decode(token, KEY)


def test_required_claims_are_enforced_only_when_listed() -> None:
    """options={"require": ["exp", "sub"]} rejects a token without exp; without it, it passes."""
    token = jwt.encode({"sub": "ana"}, KEY, algorithm="HS256")
    assert jwt.decode(token, KEY, algorithms=["HS256"]) == {"sub": "ana"}
    with pytest.raises(jwt.MissingRequiredClaimError):
        jwt.decode(token, KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]})


def test_a_numeric_sub_encodes_but_does_not_decode() -> None:
    """Since PyJWT 2.10, a non-string sub fails with InvalidSubjectError, an InvalidTokenError."""
    token = jwt.encode({"sub": 42}, KEY, algorithm="HS256")
    with pytest.raises(InvalidSubjectError):
        jwt.decode(token, KEY, algorithms=["HS256"])
    assert issubclass(InvalidSubjectError, jwt.InvalidTokenError)


def test_a_plain_def_endpoint_runs_in_a_worker_thread() -> None:
    """FastAPI runs `def` endpoints in a thread pool, `async def` ones on the event loop."""
    app = FastAPI()

    @app.get("/sync")
    def sync_route() -> dict[str, int]:
        return {"thread": threading.get_ident()}

    @app.get("/async")
    async def async_route() -> dict[str, int]:
        return {"thread": threading.get_ident()}

    assert call(app, "GET", "/async").json()["thread"] == threading.get_ident()
    assert call(app, "GET", "/sync").json()["thread"] != threading.get_ident()


def login_app() -> FastAPI:
    app = FastAPI()

    @app.post("/auth/token")
    async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()]) -> dict:
        return {"username": form.username, "password": form.password, "scopes": form.scopes}

    return app


def test_password_request_form_reads_form_fields_named_username_and_password() -> None:
    """OAuth2PasswordRequestForm parses form fields; `scope` is split into a list."""
    form = {"username": "ana", "password": "pw", "scope": "invoices:read me"}
    body = call(login_app(), "POST", "/auth/token", data=form).json()
    assert body == {"username": "ana", "password": "pw", "scopes": ["invoices:read", "me"]}
    as_json = call(login_app(), "POST", "/auth/token", json={"username": "ana", "password": "pw"})
    assert as_json.status_code == 422


def test_the_login_form_needs_python_multipart(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without python-multipart installed, declaring the form route fails at startup."""
    monkeypatch.setitem(sys.modules, "python_multipart", None)
    monkeypatch.setitem(sys.modules, "multipart", None)
    with pytest.raises(RuntimeError, match="python-multipart"):
        login_app()


def test_password_bearer_answers_a_missing_header_with_a_bare_bearer_challenge() -> None:
    """With no Authorization header, OAuth2PasswordBearer sends 401, `WWW-Authenticate: Bearer`."""
    app = FastAPI()
    scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

    @app.get("/me")
    async def read_me(token: Annotated[str, Depends(scheme)]) -> dict[str, str]:
        return {"token": token}

    response = call(app, "GET", "/me")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_every_token_failure_is_an_invalid_token_error() -> None:
    """Expired, badly signed and malformed tokens all raise subclasses of InvalidTokenError."""
    expired = jwt.encode({"sub": "ana", "exp": 1_000_000_000}, KEY, algorithm="HS256")  # 2001
    forged = jwt.encode({"sub": "ana"}, b"another-key-that-is-32-bytes-long", algorithm="HS256")
    for token, error in [
        (expired, jwt.ExpiredSignatureError),
        (forged, jwt.InvalidSignatureError),
        ("not.a.jwt", jwt.DecodeError),
    ]:
        with pytest.raises(error):
            jwt.decode(token, KEY, algorithms=["HS256"])
        assert issubclass(error, jwt.InvalidTokenError)


def test_a_short_hmac_key_warns_and_can_be_refused() -> None:
    """PyJWT warns on an HS256 key under 32 bytes; enforce_minimum_key_length makes it an error."""
    with pytest.warns(InsecureKeyLengthWarning, match="32 bytes"):
        jwt.encode({"sub": "ana"}, "too-short", algorithm="HS256")
    strict = jwt.PyJWT(options={"enforce_minimum_key_length": True})
    with pytest.raises(jwt.InvalidKeyError):
        strict.encode({"sub": "ana"}, "too-short", algorithm="HS256")


def test_fastapi_does_not_depend_on_oauthlib() -> None:
    """FastAPI's security classes come without OAuthLib (or any JWT library)."""
    requirements = " ".join(metadata.requires("fastapi") or []).lower()
    assert "oauthlib" not in requirements and "pyjwt" not in requirements
