"""Claims made on content/questions/cors/; each fails if a release changes them."""

import starlette.middleware.cors
from asgi import call
from fastapi import Depends, FastAPI, Request, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import HTTPBearer
from starlette.datastructures import Headers
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send
from versions import release

PAGE = "cors"
APP = "https://app.example.com"
EVIL = "https://evil.example"
PREFLIGHT = {"Access-Control-Request-Method": "DELETE"}


def build(**options: object) -> tuple[FastAPI, list[str]]:
    """An app with CORSMiddleware and a list that records every handler run."""
    runs: list[str] = []
    app = FastAPI()
    app.add_middleware(CORSMiddleware, **options)

    @app.api_route("/notes", methods=["GET", "POST", "DELETE", "OPTIONS"])
    async def notes(request: Request) -> dict[str, str]:
        runs.append(request.method)
        return {"ok": "yes"}

    return app, runs


def test_fastapi_reexports_starlette_cors_middleware() -> None:
    """FastAPI's CORSMiddleware is Starlette's."""
    assert CORSMiddleware is starlette.middleware.cors.CORSMiddleware


def test_defaults_allow_get_only_safelisted_headers_no_credentials_and_600_seconds() -> None:
    """Defaults: allow_methods GET, only safelisted headers, no credentials, max_age 600."""
    app, _ = build(allow_origins=[APP])
    ok = call(
        app, "OPTIONS", "/notes", headers={"Origin": APP, "Access-Control-Request-Method": "GET"}
    )
    assert ok.status_code == status.HTTP_200_OK
    assert ok.headers["access-control-allow-methods"] == "GET"
    allowed = ok.headers["access-control-allow-headers"]
    assert allowed == "Accept, Accept-Language, Content-Language, Content-Type"
    assert ok.headers["access-control-max-age"] == "600"
    assert "access-control-allow-credentials" not in ok.headers
    assert call(app, "OPTIONS", "/notes", headers={"Origin": APP, **PREFLIGHT}).status_code == 400


def test_preflight_is_answered_by_the_middleware_and_refusals_are_400_text() -> None:
    """A preflight never reaches the route; a refused origin, method or header is a 400 text."""
    app, runs = build(allow_origins=[APP], allow_methods=["GET", "POST", "DELETE"])
    good = call(app, "OPTIONS", "/notes", headers={"Origin": APP, **PREFLIGHT})
    assert good.status_code == 200 and good.text == "OK"
    assert good.headers["access-control-allow-origin"] == APP
    bad_origin = call(app, "OPTIONS", "/notes", headers={"Origin": EVIL, **PREFLIGHT})
    assert (bad_origin.status_code, bad_origin.text) == (400, "Disallowed CORS origin")
    assert "access-control-allow-origin" not in bad_origin.headers
    bad_method = {"Origin": APP, "Access-Control-Request-Method": "PUT"}
    assert call(app, "OPTIONS", "/notes", headers=bad_method).text == "Disallowed CORS method"
    bad_header = {"Origin": APP, **PREFLIGHT, "Access-Control-Request-Headers": "x-secret"}
    assert call(app, "OPTIONS", "/notes", headers=bad_header).text == "Disallowed CORS headers"
    assert runs == []


def test_a_simple_cross_origin_post_runs_the_handler_without_allow_origin() -> None:
    """A text/plain POST from another origin runs the handler; only Allow-Origin is withheld."""
    app, runs = build(allow_origins=[APP])
    headers = {"Origin": EVIL, "Content-Type": "text/plain"}
    response = call(app, "POST", "/notes", content="hello", headers=headers)
    assert response.status_code == status.HTTP_200_OK
    assert "access-control-allow-origin" not in response.headers
    assert runs == ["POST"]


def test_no_origin_gets_no_cors_headers_and_vary_origin_since_starlette_1_7() -> None:
    """No Origin, or a refused one: no Access-Control-* headers; Vary: Origin (Starlette 1.7+)."""
    assert release("starlette") >= (1, 7)
    app, _ = build(allow_origins=[APP])
    for headers in ({}, {"Origin": EVIL}):
        response = call(app, "GET", "/notes", headers=headers)
        assert not [name for name in response.headers if name.startswith("access-control-")]
        assert response.headers["vary"] == "Origin"


def test_allowed_origin_is_echoed_with_vary_origin() -> None:
    """An allowed origin sees its own value in Access-Control-Allow-Origin."""
    app, _ = build(allow_origins=[APP])
    response = call(app, "GET", "/notes", headers={"Origin": APP})
    assert response.headers["access-control-allow-origin"] == APP
    assert response.headers["vary"] == "Origin"


def test_wildcard_with_credentials_echoes_any_origin() -> None:
    """allow_origins=["*"] with allow_credentials=True echoes every Origin, preflight included."""
    app, _ = build(allow_origins=["*"], allow_credentials=True)
    simple = call(app, "GET", "/notes", headers={"Origin": EVIL})
    assert simple.headers["access-control-allow-origin"] == EVIL
    assert simple.headers["access-control-allow-credentials"] == "true"
    preflight = {"Origin": EVIL, "Access-Control-Request-Method": "GET"}
    answer = call(app, "OPTIONS", "/notes", headers=preflight)
    assert answer.headers["access-control-allow-origin"] == EVIL


def test_wildcard_without_credentials_sends_a_literal_star() -> None:
    """Without credentials, allow_origins=["*"] answers with a literal *."""
    app, _ = build(allow_origins=["*"])
    response = call(app, "GET", "/notes", headers={"Origin": EVIL})
    assert response.headers["access-control-allow-origin"] == "*"


def test_allow_list_with_credentials_does_not_share_with_other_origins() -> None:
    """With an explicit list, another origin gets no Allow-Origin (but still Allow-Credentials)."""
    app, _ = build(allow_origins=[APP], allow_credentials=True)
    response = call(app, "GET", "/notes", headers={"Origin": EVIL})
    assert "access-control-allow-origin" not in response.headers
    assert response.headers["access-control-allow-credentials"] == "true"


def test_origin_regex_is_a_full_match_and_an_unescaped_dot_matches_anything() -> None:
    """An unescaped dot also matches appxexample.com; a longer origin does not fullmatch."""
    app, _ = build(allow_origin_regex=r"https://app.example.com")
    for origin, shared in [
        ("https://appxexample.com", True),
        ("https://app.example.com.evil.io", False),
    ]:
        response = call(app, "GET", "/notes", headers={"Origin": origin})
        assert ("access-control-allow-origin" in response.headers) is shared, origin


def test_star_in_allow_headers_echoes_the_requested_headers() -> None:
    """allow_headers=["*"] mirrors whatever headers the preflight asks for, Authorization too."""
    app, _ = build(allow_origins=[APP], allow_headers=["*"])
    asked = {"Origin": APP, "Access-Control-Request-Method": "GET"}
    asked["Access-Control-Request-Headers"] = "authorization, x-anything"
    response = call(app, "OPTIONS", "/notes", headers=asked)
    assert response.status_code == status.HTTP_200_OK
    assert response.headers["access-control-allow-headers"] == "authorization, x-anything"


def test_expose_headers_adds_access_control_expose_headers() -> None:
    """expose_headers names the extra response headers script may read."""
    app, _ = build(allow_origins=[APP], expose_headers=["ETag", "Retry-After"])
    response = call(app, "GET", "/notes", headers={"Origin": APP})
    assert response.headers["access-control-expose-headers"] == "ETag, Retry-After"


def test_star_in_allow_methods_is_a_fixed_list_with_query_since_starlette_1_7() -> None:
    """allow_methods=["*"] stands for DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT and (since
    Starlette 1.7) QUERY; a preflight for another method is refused with 400."""
    assert release("starlette") >= (1, 7)
    app, _ = build(allow_origins=[APP], allow_methods=["*"])
    asked = {"Origin": APP, "Access-Control-Request-Method": "QUERY"}
    response = call(app, "OPTIONS", "/notes", headers=asked)
    assert response.status_code == status.HTTP_200_OK
    listed = response.headers["access-control-allow-methods"]
    assert listed == "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT, QUERY"
    asked["Access-Control-Request-Method"] = "PROPFIND"
    refused = call(app, "OPTIONS", "/notes", headers=asked)
    assert (refused.status_code, refused.text) == (400, "Disallowed CORS method")


def test_preflight_varies_on_origin_and_the_request_headers_since_starlette_1_7() -> None:
    """Since Starlette 1.7 a preflight answer carries Vary: Origin, Access-Control-Request-Method,
    Access-Control-Request-Headers, Access-Control-Request-Private-Network."""
    assert release("starlette") >= (1, 7)
    app, _ = build(allow_origins=[APP], allow_methods=["GET", "POST", "DELETE"])
    response = call(app, "OPTIONS", "/notes", headers={"Origin": APP, **PREFLIGHT})
    assert response.headers["vary"] == (
        "Origin, Access-Control-Request-Method, Access-Control-Request-Headers, "
        "Access-Control-Request-Private-Network"
    )


def test_private_network_preflight_needs_allow_private_network() -> None:
    """A preflight with Access-Control-Request-Private-Network is refused unless
    allow_private_network=True, which answers Access-Control-Allow-Private-Network: true."""
    asked = {"Origin": APP, **PREFLIGHT, "Access-Control-Request-Private-Network": "true"}
    app, _ = build(allow_origins=[APP], allow_methods=["DELETE"])
    refused = call(app, "OPTIONS", "/notes", headers=asked)
    assert (refused.status_code, refused.text) == (400, "Disallowed CORS private-network")
    app, _ = build(allow_origins=[APP], allow_methods=["DELETE"], allow_private_network=True)
    allowed = call(app, "OPTIONS", "/notes", headers=asked)
    assert allowed.status_code == status.HTTP_200_OK
    assert allowed.headers["access-control-allow-private-network"] == "true"


class RequireBearer:
    """An authentication middleware that answers 401 to any request without a bearer token."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not Headers(scope=scope).get("authorization"):
            await PlainTextResponse("no token", status.HTTP_401_UNAUTHORIZED)(scope, receive, send)
            return
        await self.app(scope, receive, send)


def test_preflight_passes_bearer_auth_only_when_cors_middleware_is_added_last() -> None:
    """Preflights carry no token. With `CORSMiddleware` added last (the outermost layer) it
    answers them before an authentication middleware runs; added first, the preflight meets the
    authentication middleware and gets 401. Route-level `Depends` auth never sees a preflight."""
    options = {
        "allow_origins": [APP],
        "allow_methods": ["DELETE"],
        "allow_headers": ["Authorization"],
    }
    asked = {"Origin": APP, **PREFLIGHT, "Access-Control-Request-Headers": "authorization"}

    cors_outermost = FastAPI()
    cors_outermost.add_middleware(RequireBearer)
    cors_outermost.add_middleware(CORSMiddleware, **options)
    assert call(cors_outermost, "OPTIONS", "/notes", headers=asked).status_code == 200

    auth_outermost = FastAPI()
    auth_outermost.add_middleware(CORSMiddleware, **options)
    auth_outermost.add_middleware(RequireBearer)
    assert call(auth_outermost, "OPTIONS", "/notes", headers=asked).status_code == 401

    per_route = FastAPI()
    per_route.add_middleware(CORSMiddleware, **options)

    @per_route.delete("/notes", dependencies=[Depends(HTTPBearer())])
    async def delete_notes() -> None:
        return None

    assert call(per_route, "OPTIONS", "/notes", headers=asked).status_code == 200
    assert call(per_route, "DELETE", "/notes", headers={"Origin": APP}).status_code == 401
