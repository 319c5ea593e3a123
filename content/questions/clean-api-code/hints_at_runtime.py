# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Type hints and docstrings do nothing at run time until a tool reads them: Pydantic, FastAPI."""

import asyncio

import httpx
from fastapi import FastAPI
from pydantic import BaseModel, ValidationError, validate_call


def add_days(start: int, days: int) -> int:
    return start + days


print("plain call with strings:", repr(add_days("20", "26")))  # no error: Python ignores hints
print("the hints are only data:", add_days.__annotations__)

checked = validate_call(add_days)  # Pydantic reads the same hints and enforces them
print("validate_call('3', 4) ->", checked("3", 4))
try:
    checked("three", 4)
except ValidationError as error:
    print("validate_call('three', 4) ->", error.errors()[0]["type"])


class Invoice(BaseModel):
    id: int
    amount_cents: int
    note: str | None = None


app = FastAPI()


@app.get("/invoices/{invoice_id}")
async def read_invoice(invoice_id: int) -> Invoice:
    """Fetch one invoice.

    Amounts are integer cents, never floats.
    \f
    Maintainers only: text after the form feed stays out of the public docs.
    """
    return Invoice(id=invoice_id, amount_cents=1200)


async def main() -> None:
    operation = app.openapi()["paths"]["/invoices/{invoice_id}"]["get"]
    print("OpenAPI summary:", repr(operation["summary"]))
    print("OpenAPI description:", repr(operation["description"]))
    print("OpenAPI parameter:", operation["parameters"][0]["schema"])
    print("OpenAPI 200 schema:", operation["responses"]["200"]["content"]["application/json"])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for url in ["/invoices/7", "/invoices/seven"]:
            r = await client.get(url)
            print(f"GET {url} -> {r.status_code}", r.json())
    assert "Maintainers" not in operation["description"]


if __name__ == "__main__":
    asyncio.run(main())
