# /// script
# requires-python = ">=3.11"
# dependencies = ["httpx", "pydantic"]
# ///
"""A tiny SDK over an HTTP API: auth, timeout, retries, pagination, typed models and errors."""

from collections.abc import Callable, Iterator

import httpx
from pydantic import BaseModel


class Invoice(BaseModel):  # fields the API adds later are ignored, so old SDKs keep working
    id: str
    amount_cents: int
    status: str  # a str, not a closed enum: a new status value must not break old SDKs


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status


class NotFound(ApiError): ...


class BillingClient:
    def __init__(
        self,
        api_key: str,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = lambda seconds: None,
    ) -> None:
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
            retry_after = response.headers.get("Retry-After", "")  # seconds or an HTTP-date
            self._sleep(min(float(retry_after), 30) if retry_after.isdigit() else 2.0**attempt)
        if response.status_code == 404:
            raise NotFound(404, response.json()["message"])
        if response.is_error:
            raise ApiError(response.status_code, response.text)
        return response.json()


# The API itself, faked in-process with httpx.MockTransport: scripted answers, no network.
INVOICES = [
    {"id": "in_1", "amount_cents": 1200, "status": "paid"},
    {"id": "in_2", "amount_cents": 800, "status": "open", "tax_cents": 160},  # a newer field
    {"id": "in_3", "amount_cents": 4500, "status": "paid"},
]
SCRIPT = {  # path and query -> the server's answers, in order
    "/v1/invoices": [
        httpx.Response(429, headers={"Retry-After": "1"}),
        httpx.Response(200, json={"data": INVOICES[:2], "next_cursor": "c2"}),
    ],
    "/v1/invoices?cursor=c2": [
        httpx.Response(200, json={"data": INVOICES[2:], "next_cursor": None})
    ],
    "/v1/invoices/in_2": [httpx.Response(200, json=INVOICES[1])],
}


def fake_api(request: httpx.Request) -> httpx.Response:
    assert request.headers["authorization"] == "Bearer sk_test_123"
    answers = SCRIPT.get(request.url.raw_path.decode(), [])
    response = (
        answers.pop(0) if answers else httpx.Response(404, json={"message": "No such invoice"})
    )
    print(f"  wire: {request.method} {request.url} -> {response.status_code}")
    return response


if __name__ == "__main__":
    waits: list[float] = []
    sdk = BillingClient("sk_test_123", httpx.MockTransport(fake_api), sleep=waits.append)
    print("[i.id for i in sdk.iter_invoices()]")
    ids = [invoice.id for invoice in sdk.iter_invoices()]
    print("  caller gets:", ids, "after sleeping", waits)
    print('sdk.get_invoice("in_2")')
    print("  caller gets:", repr(sdk.get_invoice("in_2")))
    print('sdk.get_invoice("in_9")')
    try:
        sdk.get_invoice("in_9")
    except NotFound as error:
        print("  caller gets:", type(error).__name__, error)
    assert ids == ["in_1", "in_2", "in_3"] and waits == [1.0]
