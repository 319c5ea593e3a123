# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi"]
# ///
"""FastAPI documents the webhooks an API sends; it does not send them."""

import json

from fastapi import FastAPI
from pydantic import BaseModel


class InvoicePaid(BaseModel):
    type: str
    invoice: str


provider = FastAPI(title="Billing")


@provider.webhooks.post("invoice.paid")  # documentation only: nothing is sent from here
async def invoice_paid(event: InvoicePaid) -> None:
    """Sent to each subscriber's URL when an invoice is paid."""


spec = provider.openapi()
operation = spec["webhooks"]["invoice.paid"]["post"]
schema_ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
print("openapi:", spec["openapi"])
print("webhooks:", list(spec["webhooks"]))
print("invoice.paid body:", schema_ref)
print("paths:", json.dumps(spec["paths"]))
assert schema_ref == "#/components/schemas/InvoicePaid" and spec["paths"] == {}
