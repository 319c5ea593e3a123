# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Each version as a mounted sub-application: its own /docs, OpenAPI document and error handlers."""

import asyncio

import httpx
from fastapi import FastAPI, HTTPException, Request, status
from fastapi.responses import JSONResponse

USERS = {7: ("Ada", "Lovelace")}

v1 = FastAPI(title="Users API", version="1.0.0")
v2 = FastAPI(title="Users API", version="2.0.0")


@v1.get("/users/{user_id}")
async def get_user_v1(user_id: int) -> dict[str, str]:
    if user_id not in USERS:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such user")
    return {"name": " ".join(USERS[user_id])}


@v2.get("/users/{user_id}")
async def get_user_v2(user_id: int) -> dict[str, str]:
    if user_id not in USERS:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such user")
    given, family = USERS[user_id]
    return {"given_name": given, "family_name": family}


@v2.exception_handler(HTTPException)  # v2 switched to RFC 9457 errors; v1 keeps {"detail": ...}
async def problem_details(request: Request, exc: HTTPException) -> JSONResponse:
    body = {"title": exc.detail, "status": exc.status_code}
    return JSONResponse(body, exc.status_code, media_type="application/problem+json")


app = FastAPI(openapi_url=None)  # the outer app only routes by prefix
app.mount("/v1", v1)
app.mount("/v2", v2)


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for version in ("v1", "v2"):
            missing = await client.get(f"/{version}/users/99")
            print(f"GET /{version}/users/99 -> {missing.status_code}", end=" ")
            print(missing.headers["content-type"], missing.json())
            spec = (await client.get(f"/{version}/openapi.json")).json()
            print(f"  /{version}/openapi.json: version {spec['info']['version']},", end=" ")
            print(f"servers {spec['servers']}, paths {list(spec['paths'])}")
            docs = await client.get(f"/{version}/docs")
            assert docs.status_code == 200 and f"/{version}/openapi.json" in docs.text
        assert (await client.get("/openapi.json")).status_code == status.HTTP_404_NOT_FOUND


if __name__ == "__main__":
    asyncio.run(main())
