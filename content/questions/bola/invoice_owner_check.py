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


@app.get("/v2/invoices/{invoice_id}")  # fixed: the owner check runs before any data leaves
async def read_invoice_v2(invoice: Annotated[Invoice, Depends(owned_invoice)]) -> Invoice:
    return invoice


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        cases = [("alice", "v1", 101, 200), ("bob", "v1", 101, 200), ("alice", "v2", 101, 200)]
        cases += [("bob", "v2", 101, 404), ("bob", "v2", 999, 404), ("bob", "v2", 102, 200)]
        for user, version, invoice_id, expected in cases:
            path = f"/{version}/invoices/{invoice_id}"
            response = await client.get(path, headers={"Authorization": f"Bearer tok-{user}"})
            print(f"{user:<5} GET {path} -> {response.status_code} {response.text}")
            assert response.status_code == expected
            if expected == 404:  # alice's invoice and a missing id get the very same answer
                assert response.json() == {"detail": "Invoice not found"}


if __name__ == "__main__":
    asyncio.run(main())
