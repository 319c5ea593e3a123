"""Claims made on content/questions/idempotency-keys/; each fails if a release changes them."""

import asyncio
import hashlib
import json
import threading
from typing import Annotated

import httpx
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


def test_def_routes_run_concurrently_in_threads_so_check_then_claim_can_race() -> None:
    """Two requests to a plain `def` route run at the same time in the thread pool, so both can
    pass "is the key known?" before either claims it; an `async def` route without an await
    between check and claim cannot interleave."""
    both_checked = threading.Barrier(2, timeout=5)
    claimed: list[str] = []
    app = FastAPI()

    @app.post("/sync")
    def sync_pay(idempotency_key: Annotated[str, Header()]) -> dict[str, bool]:
        known = idempotency_key in claimed
        both_checked.wait()  # raises BrokenBarrierError unless the two requests overlap
        claimed.append(idempotency_key)
        return {"known": known}

    seen: set[str] = set()

    @app.post("/async")
    async def async_pay(idempotency_key: Annotated[str, Header()]) -> dict[str, bool]:
        known = idempotency_key in seen
        seen.add(idempotency_key)  # no await between the check and the claim
        return {"known": known}

    async def twins(path: str) -> list[bool]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            send = [client.post(path, headers={"Idempotency-Key": "k-1"}) for _ in range(2)]
            return sorted(r.json()["known"] for r in await asyncio.gather(*send))

    assert asyncio.run(twins("/sync")) == [False, False]  # both passed the check: a double charge
    assert asyncio.run(twins("/async")) == [False, True]
