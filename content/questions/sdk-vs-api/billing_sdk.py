# /// script
# requires-python = ">=3.11"
# dependencies = ["httpx", "pydantic"]
# ///
"""A tiny SDK over an HTTP API: auth, timeout, retries, pagination, typed models and errors."""

from collections.abc import Callable, Iterator

import httpx
from pydantic import BaseModel


class Invoice(BaseModel):  # undeclared fields are ignored, so fields the API adds are harmless
    id: str
    amount_cents: int
    status: str  # a str, not a closed enum: a new status value must not break old SDKs


class ApiError(Exception): ...


class NotFound(ApiError): ...


Sleep = Callable[[float], None]


class BillingClient:
    def __init__(self, api_key: str, transport: httpx.BaseTransport, sleep: Sleep) -> None:
        self._http = httpx.Client(
            base_url="https://api.billing.example/v1",
            headers={"Authorization": f"Bearer {api_key}", "User-Agent": "billing-sdk/1.4.0"},
            timeout=10.0,
            transport=transport,
        )
        self._sleep = sleep  # injected, so this demo never waits on a real clock

    def get_invoice(self, invoice_id: str) -> Invoice:
        return Invoice.model_validate(self._get(f"/invoices/{invoice_id}"))

    def iter_invoices(self) -> Iterator[Invoice]:
        """Every invoice, following the API's cursor pages without the caller noticing."""
        params: dict[str, str] = {}
        while True:
            page = self._get("/invoices", params)
            yield from (Invoice.model_validate(item) for item in page["data"])
            if not page["next_cursor"]:
                return
            params = {"cursor": page["next_cursor"]}

    def _get(self, path: str, params: dict[str, str] | None = None) -> dict:
        for attempt in range(1, 4):  # GET is safe: a retry cannot duplicate anything
            response = self._http.get(path, params=params)
            if response.status_code not in (429, 503) or attempt == 3:
                break
            retry_after = response.headers.get("Retry-After", "")  # HTTP-dates fall to backoff
            self._sleep(min(float(retry_after), 30) if retry_after.isdigit() else 2.0**attempt)
        if response.is_error:
            error = NotFound if response.status_code == 404 else ApiError
            raise error(f"{response.status_code} {response.text}")
        return response.json()


# The API itself, faked in-process with httpx.MockTransport: scripted answers, no network.
PAGE_1 = [
    {"id": "in_1", "amount_cents": 1200, "status": "paid"},
    {"id": "in_2", "amount_cents": 800, "status": "void", "tax_cents": 160},  # both newer
]
PAGE_2 = [{"id": "in_3", "amount_cents": 4500, "status": "open"}]
ANSWERS = {  # path and query -> the server's answers, in order; anything else is a 404
    "/v1/invoices": [
        httpx.Response(429, headers={"Retry-After": "1"}),
        httpx.Response(200, json={"data": PAGE_1, "next_cursor": "c2"}),
    ],
    "/v1/invoices?cursor=c2": [httpx.Response(200, json={"data": PAGE_2, "next_cursor": None})],
}


def fake_api(request: httpx.Request) -> httpx.Response:
    assert request.headers["authorization"] == "Bearer sk_test_123"
    answers = ANSWERS.get(request.url.raw_path.decode()) or [
        httpx.Response(404, text="No such invoice")
    ]
    print(f"  wire: {request.method} {request.url} -> {answers[0].status_code}")
    return answers.pop(0)


if __name__ == "__main__":
    waits: list[float] = []
    sdk = BillingClient("sk_test_123", httpx.MockTransport(fake_api), sleep=waits.append)
    print("list(sdk.iter_invoices())")
    invoices = list(sdk.iter_invoices())
    for invoice in invoices:
        print("  caller gets:", repr(invoice))
    print("  after sleeping", waits)
    print('sdk.get_invoice("in_9")')
    try:
        sdk.get_invoice("in_9")
    except NotFound as error:
        print("  caller gets:", repr(error))
    assert [invoice.id for invoice in invoices] == ["in_1", "in_2", "in_3"] and waits == [1.0]
