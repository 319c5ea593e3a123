# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Refuse replayable 0-RTT requests with 425 Too Early (RFC 8470) when a proxy marks them."""

import asyncio

import httpx
from fastapi import Depends, FastAPI, HTTPException, Request, status

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
transfers: list[int] = []


def refuse_replayable_early_data(request: Request) -> None:
    # The TLS-terminating proxy adds Early-Data: 1 to requests that arrived in 0-RTT data.
    # Any value, even an invalid one, counts as 1 (RFC 8470, section 5.1).
    if "early-data" in request.headers and request.method not in SAFE_METHODS:
        raise HTTPException(status.HTTP_425_TOO_EARLY, "Resend after the handshake completes")


app = FastAPI(dependencies=[Depends(refuse_replayable_early_data)])


@app.get("/balance")
async def balance(request: Request) -> dict[str, int | str]:
    return {"balance": 100 - sum(transfers), "http_version": request.scope["http_version"]}


@app.post("/transfers", status_code=status.HTTP_201_CREATED)
async def transfer(amount: int) -> dict[str, int]:
    transfers.append(amount)  # not safe to run twice: exactly what a replay would do
    return {"transferred": amount}


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://bank.test") as client:
        for method, url, headers in [
            ("GET", "/balance", {"Early-Data": "1"}),
            ("POST", "/transfers?amount=30", {"Early-Data": "1"}),
            ("POST", "/transfers?amount=30", {"Early-Data": "yes"}),
            ("POST", "/transfers?amount=30", {}),  # the client's retry, after the handshake
            ("GET", "/balance", {}),
        ]:
            r = await client.request(method, url, headers=headers)
            print(f"{method} {url} {headers or ''}".strip(), "->", r.status_code, r.json())
    assert transfers == [30]


if __name__ == "__main__":
    asyncio.run(main())
