# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Deprecate /v1 with Deprecation, Sunset and Link headers, then answer 410 after the sunset."""

import asyncio
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Annotated

import httpx
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Response, status
from fastapi.middleware.cors import CORSMiddleware

DEPRECATED_AT = datetime(2026, 9, 1, tzinfo=UTC)
SUNSET_AT = datetime(2027, 3, 1, tzinfo=UTC)  # must not be earlier than DEPRECATED_AT
LINKS = '<https://docs.example.com/migrate-v2>; rel="deprecation"; type="text/html"'
EXPOSE = "Access-Control-Expose-Headers"


class Clock:  # injected so the sample controls "now"
    now = datetime(2026, 11, 22, tzinfo=UTC)


async def get_now() -> datetime:
    return Clock.now


async def deprecation_headers(
    response: Response, now: Annotated[datetime, Depends(get_now)]
) -> None:
    headers = {
        "Deprecation": f"@{int(DEPRECATED_AT.timestamp())}",  # RFC 9745: structured date
        "Sunset": format_datetime(SUNSET_AT, usegmt=True),  # RFC 8594: HTTP-date
        "Link": LINKS,
    }
    if now >= SUNSET_AT:
        raise HTTPException(status.HTTP_410_GONE, "v1 was retired; use /v2", headers=headers)
    response.headers.update(headers)


v1 = APIRouter(prefix="/v1", deprecated=True, dependencies=[Depends(deprecation_headers)])
app = FastAPI()
app.add_middleware(  # browser code on another origin may read only the headers exposed here
    CORSMiddleware,
    allow_origins=["https://app.example"],
    expose_headers=["Deprecation", "Sunset", "Link"],
)


@v1.get("/orders/{order_id}")
async def order_v1(order_id: int) -> dict[str, int | str]:
    return {"id": order_id, "total": "19.90"}


@app.get("/v2/orders/{order_id}")
async def order_v2(order_id: int) -> dict[str, object]:
    return {"id": order_id, "total": {"amount": "19.90", "currency": "EUR"}}


app.include_router(v1)  # kept by reference (FastAPI 0.137+); older versions copied routes here


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    origin = {"Origin": "https://app.example"}  # a browser app on another origin
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        paths = (await client.get("/openapi.json")).json()["paths"]
        for path, item in paths.items():
            print(f"OpenAPI {path}: deprecated={item['get'].get('deprecated', False)}")
        assert paths["/v1/orders/{order_id}"]["get"]["deprecated"] is True

        seen: dict[str, httpx.Response] = {}
        for now in (datetime(2026, 11, 22, tzinfo=UTC), datetime(2027, 3, 2, tzinfo=UTC)):
            Clock.now = now
            for url in ("/v1/orders/7", "/v2/orders/7"):
                r = seen[f"{now:%Y} {url}"] = await client.get(url, headers=origin)
                print(f"\n[{now:%Y-%m-%d}] GET {url} -> {r.status_code} {r.json()}")
                for name in ("Deprecation", "Sunset", "Link"):
                    if name in r.headers:
                        print(f"  {name}: {r.headers[name]}")
        gone = seen["2027 /v1/orders/7"]
        print("\n410 also carries Access-Control-Expose-Headers:", gone.headers[EXPOSE])
        assert {key: (r.status_code, r.headers.get("Deprecation")) for key, r in seen.items()} == {
            "2026 /v1/orders/7": (200, "@1788220800"),  # deprecated, still works
            "2026 /v2/orders/7": (200, None),
            "2027 /v1/orders/7": (410, "@1788220800"),  # past the sunset: gone
            "2027 /v2/orders/7": (200, None),
        }
        assert gone.headers[EXPOSE] == "Deprecation, Sunset, Link"  # readable by browser code


if __name__ == "__main__":
    asyncio.run(main())
