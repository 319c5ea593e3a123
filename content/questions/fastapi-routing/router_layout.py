# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Group routes with APIRouter: prefix, tags, a router-level dependency, and route order."""

import asyncio
from typing import Annotated

import httpx
from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Path, Query, status

NAMES = ["ada", "grace", "linus"]


async def require_key(x_api_key: Annotated[str | None, Header()] = None) -> None:
    if x_api_key != "k-123":
        detail = "missing or wrong API key"
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail, {"WWW-Authenticate": "APIKey"})


users = APIRouter(prefix="/users", tags=["users"], dependencies=[Depends(require_key)])


@users.get("")
async def list_users(limit: Annotated[int, Query(ge=1, le=100)] = 10) -> list[str]:
    return NAMES[:limit]


@users.get("/me")  # fixed path first, or /users/{user_id} would claim "me"
async def read_me() -> dict[str, str]:
    return {"name": "ada"}


@users.get("/{user_id}")
async def read_user(user_id: Annotated[int, Path(ge=1)]) -> dict[str, int]:
    return {"id": user_id}


app = FastAPI()
app.include_router(users, prefix="/v1")  # final paths: /v1/users, /v1/users/me, ...

shadowed = FastAPI()  # the same two handlers, registered in the wrong order
shadowed.add_api_route("/users/{user_id}", read_user)
shadowed.add_api_route("/users/me", read_me)


async def call(app: FastAPI, method: str, url: str, key: str | None = "k-123") -> int:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.request(method, url, headers={"X-API-Key": key} if key else {})
    body = response.json()
    if response.status_code == 422:  # keep only where and why validation failed
        body = [(err["loc"], err["msg"]) for err in body["detail"]]
    extra = {h: v for h, v in response.headers.items() if h in ("allow", "www-authenticate")}
    print(f"{method} {url} -> {response.status_code} {body}" + (f" {extra}" if extra else ""))
    return response.status_code


async def main() -> None:
    assert await call(app, "GET", "/v1/users/me") == status.HTTP_200_OK
    assert await call(app, "GET", "/v1/users/7") == status.HTTP_200_OK
    assert await call(app, "GET", "/v1/users?limit=2") == status.HTTP_200_OK
    assert await call(app, "GET", "/v1/users/0") == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert await call(app, "GET", "/v1/users/7", key=None) == status.HTTP_401_UNAUTHORIZED
    assert await call(app, "DELETE", "/v1/users/7") == status.HTTP_405_METHOD_NOT_ALLOWED
    print("-- shadowed app: /users/{user_id} registered before /users/me --")
    assert await call(shadowed, "GET", "/users/me") == status.HTTP_422_UNPROCESSABLE_CONTENT
    ops = app.openapi()["paths"]
    print("OpenAPI paths:", {path: ops[path]["get"]["tags"] for path in ops})


if __name__ == "__main__":
    asyncio.run(main())
