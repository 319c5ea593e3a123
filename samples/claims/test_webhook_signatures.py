"""Claims made on content/questions/webhook-signatures/; each fails if a release changes them."""

import base64
import hashlib
import hmac
import time
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


def standard_webhooks_case() -> tuple[object, bytes, bytes, int]:
    """The reference verifier, a raw 24-byte key, its `whsec_` form, a body and a send time."""
    webhooks = pytest.importorskip("standardwebhooks.webhooks")
    raw_key = b"0123456789abcdef01234567"
    verifier = webhooks.Webhook("whsec_" + base64.b64encode(raw_key).decode())
    return verifier, raw_key, b'{"type":"invoice.paid"}', int(time.time())


def headers_for(key: bytes, msg_id: str, sent_at: int, body: bytes) -> dict[str, str]:
    mac = hmac.new(key, f"{msg_id}.{sent_at}.".encode() + body, hashlib.sha256).digest()
    signature = "v1," + base64.b64encode(mac).decode()
    return {"webhook-id": msg_id, "webhook-timestamp": str(sent_at), "webhook-signature": signature}


def test_the_hmac_key_is_the_base64_decoded_part_after_whsec() -> None:
    """The key is the base64-decoded bytes after `whsec_`; signing with the whole string fails."""
    verifier, raw_key, body, now = standard_webhooks_case()
    from standardwebhooks.webhooks import WebhookVerificationError

    assert verifier.verify(body, headers_for(raw_key, "msg_1", now, body)) == {
        "type": "invoice.paid"
    }
    whole_string = ("whsec_" + base64.b64encode(raw_key).decode()).encode()
    with pytest.raises(WebhookVerificationError):
        verifier.verify(body, headers_for(whole_string, "msg_1", now, body))


def test_the_reference_verifier_has_a_five_minute_window_and_no_id_record() -> None:
    """`Webhook.verify` refuses a timestamp outside five minutes but accepts the same delivery
    twice: remembering ids is the receiver's job."""
    verifier, raw_key, body, now = standard_webhooks_case()
    from standardwebhooks.webhooks import WebhookVerificationError

    inside = headers_for(raw_key, "msg_2", now - 290, body)
    verifier.verify(body, inside)
    verifier.verify(body, inside)  # a replay inside the window passes again
    with pytest.raises(WebhookVerificationError, match="too old"):
        verifier.verify(body, headers_for(raw_key, "msg_3", now - 310, body))
    with pytest.raises(WebhookVerificationError, match="too new"):
        verifier.verify(body, headers_for(raw_key, "msg_4", now + 310, body))
