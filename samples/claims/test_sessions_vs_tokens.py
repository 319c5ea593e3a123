"""Claims made on content/questions/sessions-vs-tokens/; each fails if a release changes them."""

import ast
import importlib.util
from pathlib import Path

import jwt
import pytest
from asgi import call
from fastapi import FastAPI, Response

PAGE = "sessions-vs-tokens"
KEY = "claims-test-key-that-is-long-enough-for-hs256"


def test_set_cookie_defaults_to_samesite_lax_without_secure_or_httponly() -> None:
    """`Response.set_cookie` defaults to SameSite=lax and leaves Secure and HttpOnly off."""
    app = FastAPI()

    @app.get("/")
    async def root(response: Response) -> None:
        response.set_cookie("sid", "abc")

    header = call(app, "GET", "/").headers["set-cookie"]
    assert header == "sid=abc; Path=/; SameSite=lax"


def session_middleware_source() -> str:
    # Read, not import: the module needs itsdangerous, which the sample environments do not install.
    spec = importlib.util.find_spec("starlette.middleware.sessions")
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).read_text()


def test_session_middleware_keeps_signed_session_data_in_the_cookie() -> None:
    """SessionMiddleware keeps the session as signed base64 JSON in the cookie itself."""
    source = session_middleware_source()
    assert "import itsdangerous" in source
    assert "b64encode(json.dumps(session)" in source
    assert "self.signer.sign(data)" in source


def test_session_middleware_defaults_14_days_and_no_secure_flag() -> None:
    """SessionMiddleware's max_age defaults to 14 days and https_only (the Secure flag) to False."""
    tree = ast.parse(session_middleware_source())
    init = next(
        node
        for cls in tree.body
        if isinstance(cls, ast.ClassDef) and cls.name == "SessionMiddleware"
        for node in cls.body
        if isinstance(node, ast.FunctionDef) and node.name == "__init__"
    )
    names = [a.arg for a in init.args.args][-len(init.args.defaults) :]
    defaults = dict(zip(names, init.args.defaults, strict=True))
    constant = lambda node: eval(ast.unparse(node), {"__builtins__": {}})  # noqa: E731
    assert constant(defaults["max_age"]) == 14 * 24 * 60 * 60
    assert constant(defaults["https_only"]) is False


def test_pyjwt_accepts_a_token_without_exp_unless_told_to_require_it() -> None:
    """PyJWT checks `exp` when present; a token without one decodes unless `require` lists it."""
    token = jwt.encode({"sub": "alice"}, KEY, algorithm="HS256")
    assert jwt.decode(token, KEY, algorithms=["HS256"]) == {"sub": "alice"}
    with pytest.raises(jwt.MissingRequiredClaimError):
        jwt.decode(token, KEY, algorithms=["HS256"], options={"require": ["exp"]})
