"""Claims made on content/questions/idempotency-keys/; each fails if a release changes them."""

import hashlib
import json
from typing import Annotated

from asgi import call
from fastapi import FastAPI, Header
from pydantic import BaseModel

PAGE = "idempotency-keys"


class Payment(BaseModel):
    amount: int
    currency: str


def fingerprint(raw_body: str) -> str:
    """What the sample hashes: the validated model serialized again, not the raw bytes."""
    return hashlib.sha256(
        Payment.model_validate_json(raw_body).model_dump_json().encode()
    ).hexdigest()


def test_an_idempotency_key_parameter_reads_the_idempotency_key_header() -> None:
    """Header() maps the parameter idempotency_key to the Idempotency-Key header."""
    app = FastAPI()

    @app.post("/payments")
    async def pay(idempotency_key: Annotated[str | None, Header()] = None) -> dict[str, str | None]:
        return {"key": idempotency_key}

    sent = call(app, "POST", "/payments", headers={"Idempotency-Key": "k-1"})
    assert sent.json() == {"key": "k-1"}
    assert call(app, "POST", "/payments").json() == {"key": None}


def test_hashing_the_validated_model_ignores_formatting_and_key_order() -> None:
    """Two bodies that differ only in whitespace or key order give the same fingerprint."""
    compact = json.dumps({"amount": 500, "currency": "EUR"}, separators=(",", ":"))
    spaced = '{\n  "currency" : "EUR",\n  "amount" : 500\n}'
    assert fingerprint(compact) == fingerprint(spaced)
    assert fingerprint(compact) != fingerprint('{"amount": 900, "currency": "EUR"}')


def test_fields_the_model_ignores_do_not_change_the_fingerprint() -> None:
    """Pydantic ignores unknown fields by default, so they are not part of the fingerprint."""
    plain = '{"amount": 500, "currency": "EUR"}'
    extra = '{"amount": 500, "currency": "EUR", "note": "gift"}'
    assert fingerprint(plain) == fingerprint(extra)
