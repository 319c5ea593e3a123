"""Claims made on content/questions/webhook-signatures/; each fails if a release changes them."""

import hmac
from typing import Annotated

import pytest
from asgi import call
from fastapi import Depends, FastAPI, Request, status
from pydantic import BaseModel

PAGE = "webhook-signatures"
BODY = b'{"type":"invoice.paid",  "amount":4200}'  # note the two spaces


class Event(BaseModel):
    type: str
    amount: int


def test_request_body_returns_the_exact_bytes_sent() -> None:
    """await request.body() gives the bytes as received, spacing included, not re-encoded JSON."""
    app = FastAPI()

    @app.post("/webhooks")
    async def receive(request: Request) -> dict[str, str]:
        return {"body": (await request.body()).decode()}

    response = call(app, "POST", "/webhooks", content=BODY)
    assert response.json() == {"body": BODY.decode()}


def test_a_pydantic_body_parameter_is_validated_before_the_handler_runs() -> None:
    """With a model parameter, FastAPI parses and validates first: a malformed body gets a 422."""
    runs: list[str] = []
    app = FastAPI()

    @app.post("/webhooks")
    async def receive(event: Event) -> None:
        runs.append("verify here is too late")

    headers = {"Content-Type": "application/json"}
    response = call(app, "POST", "/webhooks", content=b'{"type": 1}', headers=headers)
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert runs == []


def test_compare_digest_raises_type_error_on_non_ascii_str() -> None:
    """hmac.compare_digest compares bytes; with str it raises TypeError on non-ASCII text."""
    assert hmac.compare_digest(b"v1,abc", b"v1,abc")
    assert not hmac.compare_digest(b"v1,abc", "v1,\u00e9bc".encode())
    with pytest.raises(TypeError):
        hmac.compare_digest("v1,abc", "v1,\u00e9bc")


def test_dependency_overrides_replace_the_clock() -> None:
    """A clock declared as a dependency can be replaced with a fixed one in tests."""

    async def clock() -> int:
        raise AssertionError("the real clock must not run")

    async def fixed_clock() -> int:
        return 1_767_225_600

    app = FastAPI()

    @app.get("/now")
    async def now(value: Annotated[int, Depends(clock)]) -> dict[str, int]:
        return {"now": value}

    app.dependency_overrides[clock] = fixed_clock
    assert call(app, "GET", "/now").json() == {"now": 1_767_225_600}
