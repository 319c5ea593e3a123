# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""One lookup designed twice: an RPC-style verb that leaks, then a resource with a contract."""

import asyncio
from http import HTTPStatus
from typing import Any

import httpx
from fastapi import FastAPI, HTTPException, Request, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

ADA = {"id": 7, "email": "ada@example.com", "display_name": "Ada", "password_hash": "$argon2id$..."}
USERS = {7: ADA}  # a row as the database stores it

before = FastAPI()


@before.post("/getUser")  # a verb in the path, a read sent as POST
async def get_user(payload: dict[str, int]) -> dict[str, Any]:
    user = USERS.get(payload["id"])
    if user is None:
        return {"success": False, "error": "user not found"}  # a failure with 200 OK
    return {"success": True, "data": user}  # every column, including the hash


after = FastAPI()


class UserOut(BaseModel):  # the public contract: only these fields leave the server
    id: int
    email: str
    display_name: str


@after.exception_handler(StarletteHTTPException)  # also covers 404/405 from routing
async def problem_details(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    body = {"type": "about:blank", "title": HTTPStatus(exc.status_code).phrase}
    body |= {"status": exc.status_code, "detail": exc.detail}
    return JSONResponse(
        body, exc.status_code, headers=exc.headers, media_type="application/problem+json"
    )


@after.get("/users/{user_id}")
async def read_user(user_id: int) -> UserOut:
    if user_id not in USERS:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"No user with id {user_id}")
    return USERS[user_id]  # filtered through UserOut by the return annotation


async def call(app: FastAPI, method: str, url: str, **kwargs: Any) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.request(method, url, **kwargs)
    sent = f"{method} {url} {kwargs['json']}" if "json" in kwargs else f"{method} {url}"
    print(f"{sent} -> {response.status_code}", end=" ")
    print(response.headers["content-type"], response.json())
    return response


async def main() -> None:
    print("Before:")
    await call(before, "POST", "/getUser", json={"id": 7})
    missing = await call(before, "POST", "/getUser", json={"id": 8})
    assert missing.status_code == 200  # caches, retries and monitoring all see success

    print("After:")
    found = await call(after, "GET", "/users/7")
    assert set(found.json()) == {"id", "email", "display_name"}  # the contract, pinned
    missing = await call(after, "GET", "/users/8")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    wrong_method = await call(after, "DELETE", "/users/7")  # raised by routing, same format
    print("  Allow:", wrong_method.headers["allow"])  # RFC 9110 requires it on a 405
    assert wrong_method.headers["allow"] == "GET"


if __name__ == "__main__":
    asyncio.run(main())
