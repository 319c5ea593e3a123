# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Liveness without dependencies, readiness with a deadline, and the /health that restarts pods."""

import asyncio

import httpx
from fastapi import FastAPI, Response, status

database = {"mode": "up"}  # "up", "down" (refuses connections) or "hanging" (never answers)


async def ping_database() -> None:
    if database["mode"] == "down":
        raise ConnectionError("connection refused")
    if database["mode"] == "hanging":
        await asyncio.sleep(3600)


app = FastAPI()


@app.get("/livez", include_in_schema=False)
async def livez() -> dict[str, str]:
    return {"status": "ok"}  # answering at all proves the process and its event loop work


@app.get("/readyz", include_in_schema=False)
async def readyz(response: Response) -> dict[str, str]:
    try:
        async with asyncio.timeout(0.2):  # stay well inside the probe's own timeout
            await ping_database()
        return {"status": "ok"}
    except (TimeoutError, ConnectionError) as error:
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
        return {"status": "fail", "database": repr(error)}


@app.get("/health", include_in_schema=False)
async def health() -> dict[str, str]:
    await ping_database()  # the mistake: used as the liveness probe, it depends on the database
    return {"status": "ok"}


async def probe(client: httpx.AsyncClient, path: str) -> str:
    try:  # the kubelet's rule: a status from 200 to 399 within timeoutSeconds passes
        async with asyncio.timeout(0.5):
            code = (await client.get(path)).status_code
    except TimeoutError:
        return "timeout -> fail"
    return f"{code} -> {'pass' if 200 <= code < 400 else 'fail'}"


async def main() -> None:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for mode in ("up", "hanging", "down"):
            database["mode"] = mode
            results = {path: await probe(client, path) for path in ("/livez", "/readyz", "/health")}
            print(f"database {mode:8}", results)
            assert results["/livez"] == "200 -> pass"
            assert results["/readyz"].endswith("pass") == (mode == "up")
        print("readiness body:", (await client.get("/readyz")).json())


if __name__ == "__main__":
    asyncio.run(main())
