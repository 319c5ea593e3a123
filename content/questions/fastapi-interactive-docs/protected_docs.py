# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Docs behind HTTP Basic auth, with Swagger UI's files served by the app instead of a CDN."""

import asyncio
import re
import secrets
from typing import Annotated

import httpx
from fastapi import APIRouter, Depends, FastAPI, HTTPException, status
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.security import HTTPBasic, HTTPBasicCredentials

DOCS_USER, DOCS_PASSWORD = b"staff", b"correct horse"  # from settings in a real app

app = FastAPI(title="Orders API", version="1.4.0", openapi_url=None)  # nothing public


@app.get("/orders/{order_id}")
async def read_order(order_id: int) -> dict[str, int]:
    return {"id": order_id}


def staff_only(credentials: Annotated[HTTPBasicCredentials, Depends(HTTPBasic())]) -> None:
    user_ok = secrets.compare_digest(credentials.username.encode(), DOCS_USER)
    password_ok = secrets.compare_digest(credentials.password.encode(), DOCS_PASSWORD)
    if not (user_ok and password_ok):  # check both, so timing does not reveal which was wrong
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, headers={"WWW-Authenticate": "Basic"})


docs = APIRouter(prefix="/internal", dependencies=[Depends(staff_only)], include_in_schema=False)


@docs.get("/openapi.json")
async def openapi_json() -> JSONResponse:
    return JSONResponse(app.openapi())  # same cached document the default route would serve


@docs.get("/docs")
async def swagger_ui() -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url="/internal/openapi.json",
        title="Orders API (internal)",
        swagger_js_url="/static/swagger-ui-bundle.js",  # files copied from swagger-ui-dist
        swagger_css_url="/static/swagger-ui.css",  # and served with StaticFiles
        swagger_favicon_url="/static/favicon.png",  # the default comes from fastapi.tiangolo.com
    )


app.include_router(docs)


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    staff = (DOCS_USER.decode(), DOCS_PASSWORD.decode())
    cases = {"no credentials": None, "wrong password": ("staff", "guess"), "staff": staff}
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        print("GET /docs ->", (await client.get("/docs")).status_code)
        for label, auth in cases.items():
            response = await client.get("/internal/docs", auth=auth)
            challenge = response.headers.get("www-authenticate", "")
            print(f"GET /internal/docs with {label} -> {response.status_code} {challenge}".rstrip())
        page = (await client.get("/internal/docs", auth=staff)).text
        scripts = [line.split('"')[1] for line in page.splitlines() if "<script src=" in line]
        print("the page loads Swagger UI from:", scripts)
        other_hosts = re.findall(r"https?://[^\"']+", page)
        print("absolute URLs in the page (other hosts the browser would contact):", other_hosts)
        spec = (await client.get("/internal/openapi.json", auth=staff)).json()
        print("/internal/openapi.json documents:", list(spec["paths"]))
        assert scripts == ["/static/swagger-ui-bundle.js"] and other_hosts == []
        assert list(spec["paths"]) == ["/orders/{order_id}"]


if __name__ == "__main__":
    asyncio.run(main())
