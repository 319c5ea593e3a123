"""Claims on content/questions/sdk-vs-api/; each fails if a release changes it."""

from typing import Literal

import httpx
import pytest
from pydantic import BaseModel, ValidationError

PAGE = "sdk-vs-api"


def test_pydantic_models_ignore_unknown_fields_by_default() -> None:
    """Pydantic models ignore fields they do not declare, unless told otherwise."""

    class Invoice(BaseModel):
        id: str

    invoice = Invoice.model_validate({"id": "in_1", "tax_cents": 160})
    assert invoice.model_dump() == {"id": "in_1"}


def test_a_closed_literal_rejects_a_value_the_api_adds_later() -> None:
    """A closed enum such as `Literal["paid", "open"]` fails on a new value like "void"."""

    class Invoice(BaseModel):
        status: Literal["paid", "open"]

    with pytest.raises(ValidationError):
        Invoice.model_validate({"status": "void"})


def test_httpx_default_timeout_is_five_seconds() -> None:
    """HTTPX applies a 5-second timeout unless told otherwise."""
    with httpx.Client() as client:
        assert client.timeout == httpx.Timeout(5.0)


def test_mock_transport_answers_in_process() -> None:
    """`httpx.MockTransport` answers requests in-process; `is_error` is true for 4xx and 5xx."""
    transport = httpx.MockTransport(lambda request: httpx.Response(404, json={"m": "no"}))
    with httpx.Client(transport=transport, base_url="https://api.example") as client:
        response = client.get("/x")
    assert response.status_code == 404 and response.is_error
    assert response.request.url == "https://api.example/x"


def test_extra_forbid_rejects_a_field_the_api_adds_later() -> None:
    """`extra="forbid"` on a response model fails on any new field the API starts sending."""
    from pydantic import ConfigDict

    class StrictInvoice(BaseModel):
        model_config = ConfigDict(extra="forbid")
        id: str

    with pytest.raises(ValidationError) as caught:
        StrictInvoice.model_validate({"id": "in_1", "tax_cents": 160})
    assert caught.value.errors()[0]["type"] == "extra_forbidden"
