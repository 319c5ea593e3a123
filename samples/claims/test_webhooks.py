"""Claims made on content/questions/webhooks/; each fails if a release changes them."""

from importlib.metadata import version

import httpx
from asgi import call
from fastapi import FastAPI, Request, status
from fastapi.responses import RedirectResponse
from pydantic import BaseModel

PAGE = "webhooks"


class InvoicePaid(BaseModel):
    type: str
    invoice: str


def test_fastapi_documents_outgoing_webhooks_under_webhooks_not_paths() -> None:
    """Since 0.99.0, @app.webhooks.post(name) adds the event and its body schema to the OpenAPI
    3.1 document under `webhooks`; nothing is served or sent."""
    major, minor = (int(part) for part in version("fastapi").split(".")[:2])
    assert (major, minor) >= (0, 99)
    app = FastAPI()

    @app.webhooks.post("invoice.paid")
    async def invoice_paid(event: InvoicePaid) -> None: ...

    spec = app.openapi()
    assert spec["openapi"].startswith("3.1")
    body = spec["webhooks"]["invoice.paid"]["post"]["requestBody"]["content"]
    assert body["application/json"]["schema"]["$ref"] == "#/components/schemas/InvoicePaid"
    assert spec["paths"] == {}
    assert call(app, "POST", "invoice.paid").status_code == status.HTTP_404_NOT_FOUND


def test_raw_body_bytes_are_what_the_sender_signed() -> None:
    """request.body() returns the exact bytes sent, spacing and key order included."""
    app = FastAPI()

    @app.post("/webhooks")
    async def receive(request: Request) -> dict[str, str]:
        return {"raw": (await request.body()).decode()}

    sent = b'{"invoice": "inv_42",  "type":"invoice.paid"}'
    assert call(app, "POST", "/webhooks", content=sent).json() == {"raw": sent.decode()}


def test_a_sender_built_on_httpx_does_not_follow_a_redirect() -> None:
    """httpx does not follow redirects by default, so a 3xx from a receiver is not a success."""
    app = FastAPI()

    @app.post("/old-hook")
    async def moved() -> RedirectResponse:
        return RedirectResponse("/new-hook", status.HTTP_308_PERMANENT_REDIRECT)

    response = call(app, "POST", "/old-hook", content=b"{}")
    assert response.status_code == status.HTTP_308_PERMANENT_REDIRECT
    assert not response.is_success
    assert [httpx.codes.is_success(code) for code in (200, 204, 299, 300, 410)] == [
        True, True, True, False, False,
    ]  # fmt: skip
