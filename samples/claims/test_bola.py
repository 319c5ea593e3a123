"""Claims made on content/questions/bola/; each fails if a release changes them."""

from typing import Annotated

from asgi import call
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

PAGE = "bola"
OWNERS = {101: "alice", 102: "bob"}


def current_user(creds: Annotated[HTTPAuthorizationCredentials, Depends(HTTPBearer())]) -> str:
    return creds.credentials.removeprefix("tok-")


def owned_invoice(invoice_id: int, user: Annotated[str, Depends(current_user)]) -> int:
    if OWNERS.get(invoice_id) != user:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Invoice not found")
    return invoice_id


def build() -> tuple[FastAPI, list[str]]:
    runs: list[str] = []
    app = FastAPI()
    owned = Annotated[int, Depends(owned_invoice)]

    @app.get("/invoices/{invoice_id}")
    async def read(invoice_id: owned) -> dict[str, int]:
        runs.append(f"read {invoice_id}")
        return {"id": invoice_id}

    @app.delete("/invoices/{invoice_id}", status_code=status.HTTP_204_NO_CONTENT)
    async def delete(invoice_id: owned) -> None:
        runs.append(f"delete {invoice_id}")

    return app, runs


def test_a_dependency_reads_the_path_id_and_stops_the_handler() -> None:
    """A dependency declares the path id itself; when it raises 404 the handler never runs."""
    app, runs = build()
    bob = {"Authorization": "Bearer tok-bob"}
    for method in ("GET", "DELETE"):
        response = call(app, method, "/invoices/101", headers=bob)
        assert response.status_code == status.HTTP_404_NOT_FOUND
    assert runs == []
    assert call(app, "GET", "/invoices/102", headers=bob).json() == {"id": 102}
    assert runs == ["read 102"]


def test_not_yours_and_missing_look_identical() -> None:
    """Someone else's invoice and an id that does not exist get the same status and body."""
    app, _ = build()
    bob = {"Authorization": "Bearer tok-bob"}
    theirs = call(app, "GET", "/invoices/101", headers=bob)
    missing = call(app, "GET", "/invoices/999", headers=bob)
    assert (theirs.status_code, theirs.json()) == (missing.status_code, missing.json())


def test_http_bearer_without_a_token_is_401() -> None:
    """HTTPBearer answers a request without a token with 401 before any ownership check."""
    app, runs = build()
    response = call(app, "GET", "/invoices/101")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED
    assert response.headers["www-authenticate"] == "Bearer"
    assert runs == []
