# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""BOLA: a logged-in user reads someone else's invoice until the route checks the owner."""

import asyncio
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel


class Invoice(BaseModel):
    id: int
    owner: str
    total: int


# Stand-ins for real token verification and a real table.
TOKENS = {"tok-alice": "alice", "tok-bob": "bob"}
INVOICES = {
    101: Invoice(id=101, owner="alice", total=120),
    102: Invoice(id=102, owner="bob", total=75),
}
app = FastAPI()
bearer = HTTPBearer()  # no Authorization header -> 401


async def current_user(creds: Annotated[HTTPAuthorizationCredentials, Depends(bearer)]) -> str:
    if creds.credentials not in TOKENS:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, headers={"WWW-Authenticate": "Bearer"})
    return TOKENS[creds.credentials]


User = Annotated[str, Depends(current_user)]


@app.get("/v1/invoices/{invoice_id}")  # vulnerable: the caller is known, but nobody asks "whose?"
async def read_invoice_v1(invoice_id: int, user: User) -> Invoice:
    if invoice_id not in INVOICES:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Invoice not found")
    return INVOICES[invoice_id]


async def owned_invoice(invoice_id: int, user: User) -> Invoice:
    invoice = INVOICES.get(invoice_id)  # SQL: ... WHERE id = :invoice_id AND owner_id = :user
    if invoice is None or invoice.owner != user:  # "not yours" looks exactly like "no such id"
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Invoice not found")
    return invoice


OwnedInvoice = Annotated[Invoice, Depends(owned_invoice)]


@app.get("/v2/invoices/{invoice_id}")  # fixed: the owner check runs before any data leaves
async def read_invoice_v2(invoice: OwnedInvoice) -> Invoice:
    return invoice


@app.delete("/v2/invoices/{invoice_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_invoice_v2(invoice: OwnedInvoice) -> None:  # writes use the same check
    del INVOICES[invoice.id]


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        cases = [("alice", "GET", "v1", 101, 200), ("bob", "GET", "v1", 101, 200)]
        cases += [("alice", "GET", "v2", 101, 200), ("bob", "GET", "v2", 101, 404)]
        cases += [("bob", "GET", "v2", 999, 404), ("bob", "DELETE", "v2", 101, 404)]
        cases += [("bob", "GET", "v2", 102, 200), ("alice", "GET", "v2", 101, 200)]
        for user, method, version, invoice_id, expected in cases:
            path = f"/{version}/invoices/{invoice_id}"
            auth = {"Authorization": f"Bearer tok-{user}"}
            response = await client.request(method, path, headers=auth)
            print(f"{user:<5} {method:<6} {path} -> {response.status_code} {response.text}")
            assert response.status_code == expected
            if expected == 404:  # alice's invoice and a missing id get the very same answer
                assert response.json() == {"detail": "Invoice not found"}


if __name__ == "__main__":
    asyncio.run(main())
