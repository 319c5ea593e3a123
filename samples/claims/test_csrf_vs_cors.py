"""Claims made on content/questions/csrf-vs-cors/; each fails if a release changes them."""

import importlib.util
import inspect

from asgi import call
from fastapi import FastAPI, Response, status
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel
from starlette.responses import Response as StarletteResponse
from versions import release

PAGE = "csrf-vs-cors"


class Transfer(BaseModel):
    to: str
    amount: int


def transfer_app(**settings: object) -> tuple[FastAPI, list[Transfer]]:
    ledger: list[Transfer] = []
    app = FastAPI(**settings)
    app.add_middleware(CORSMiddleware, allow_origins=["https://bank.example"])

    @app.post("/transfer")
    async def transfer(body: Transfer) -> dict[str, str]:
        ledger.append(body)
        return {"status": "sent"}

    @app.post("/form-transfer")
    async def form_transfer(to: str, amount: int) -> dict[str, str]:
        ledger.append(Transfer(to=to, amount=amount))
        return {"status": "sent"}

    return app, ledger


def test_cors_middleware_runs_a_cross_origin_form_post() -> None:
    """CORSMiddleware passes a simple cross-origin POST to the route; the side effect happens."""
    app, ledger = transfer_app()
    headers = {
        "Origin": "https://evil.example",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    response = call(app, "POST", "/form-transfer?to=mallory&amount=500", headers=headers)
    assert response.status_code == status.HTTP_200_OK
    assert "access-control-allow-origin" not in response.headers
    assert ledger == [Transfer(to="mallory", amount=500)]


def test_text_plain_json_is_refused_with_422() -> None:
    """Since 0.65.2 a JSON body labeled text/plain is not parsed as JSON; it gets a 422."""
    app, ledger = transfer_app()
    body = '{"to": "mallory", "amount": 500}'
    response = call(app, "POST", "/transfer", content=body, headers={"Content-Type": "text/plain"})
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert ledger == []


def test_strict_content_type_refuses_a_body_without_content_type_since_0_132() -> None:
    """Since 0.132.0 a body with no Content-Type gets a 422 unless strict_content_type=False."""
    assert release("fastapi") >= (0, 132)
    body = b'{"to": "mallory", "amount": 500}'
    strict, strict_ledger = transfer_app()
    lax, lax_ledger = transfer_app(strict_content_type=False)
    assert call(strict, "POST", "/transfer", content=body).status_code == 422
    assert call(lax, "POST", "/transfer", content=body).status_code == 200
    assert (strict_ledger, lax_ledger) == ([], [Transfer(to="mallory", amount=500)])


def test_starlette_set_cookie_defaults_to_samesite_lax() -> None:
    """Starlette's set_cookie defaults to samesite="lax"."""
    assert inspect.signature(StarletteResponse.set_cookie).parameters["samesite"].default == "lax"
    app = FastAPI()

    @app.post("/login")
    async def login(response: Response) -> None:
        response.set_cookie("session", "s3ss10n")

    assert "SameSite=lax" in call(app, "POST", "/login").headers["set-cookie"]


def test_neither_starlette_nor_fastapi_ships_csrf_protection() -> None:
    """Neither framework has a CSRF middleware; the check is yours to write or add."""
    for module in ("starlette.middleware.csrf", "fastapi.middleware.csrf"):
        assert importlib.util.find_spec(module) is None, module


def test_the_allow_list_acts_only_on_the_preflight() -> None:
    """A tight allow-list refuses the preflight of a JSON POST from another origin and approves it
    for a listed one; the simple form POST from that other origin still runs."""
    ledger: list[Transfer] = []
    app = FastAPI()
    app.add_middleware(
        CORSMiddleware, allow_origins=["https://bank.example"], allow_methods=["POST"]
    )

    @app.post("/transfer")
    async def transfer(to: str, amount: int) -> dict[str, str]:
        ledger.append(Transfer(to=to, amount=amount))
        return {"status": "sent"}

    asks = {
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
    }
    evil = call(app, "OPTIONS", "/transfer", headers={"Origin": "https://evil.example", **asks})
    bank = call(app, "OPTIONS", "/transfer", headers={"Origin": "https://bank.example", **asks})
    assert evil.status_code == status.HTTP_400_BAD_REQUEST
    assert "access-control-allow-origin" not in evil.headers
    assert bank.status_code == status.HTTP_200_OK
    assert bank.headers["access-control-allow-origin"] == "https://bank.example"
    form = {"Origin": "https://evil.example", "Content-Type": "application/x-www-form-urlencoded"}
    assert call(app, "POST", "/transfer?to=mallory&amount=1", headers=form).status_code == 200
    assert ledger == [Transfer(to="mallory", amount=1)]
