# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""What /openapi.json, /docs and /redoc serve, when the schema is built, and how to turn it off."""

import asyncio

import httpx
from fastapi import FastAPI
from pydantic import BaseModel


class Order(BaseModel):
    id: int
    total_cents: int


def build_app(**docs_settings: str | None) -> FastAPI:
    app = FastAPI(title="Orders API", version="1.4.0", **docs_settings)

    @app.get("/orders/{order_id}", tags=["orders"])
    async def read_order(order_id: int) -> Order:
        """Return one order."""
        return Order(id=order_id, total_cents=1999)

    return app


async def get(app: FastAPI, path: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        return await client.get(path)


async def main() -> None:
    app = build_app()
    print("schema built before any request?", app.openapi_schema is not None)
    spec = (await get(app, "/openapi.json")).json()
    print("/openapi.json ->", spec["openapi"], spec["info"], list(spec["paths"]))
    print("cached after the first request?", app.openapi() is app.openapi_schema)

    for path in ("/docs", "/redoc"):
        html = (await get(app, path)).text
        scripts = [line.split('"')[1] for line in html.splitlines() if "<script src=" in line]
        print(f"{path} -> HTML page whose script comes from {scripts}")
        assert "/openapi.json" in html  # the UI only renders the JSON it fetches

    production = build_app(openapi_url=None)  # no JSON, so no /docs or /redoc either
    for path in ("/openapi.json", "/docs", "/redoc", "/orders/7"):
        response = await get(production, path)
        print(f"production GET {path} -> {response.status_code}")
    assert (await get(production, "/docs")).status_code == 404
    assert (await get(production, "/orders/7")).status_code == 200  # hidden is not protected


if __name__ == "__main__":
    asyncio.run(main())
