# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""One stored user, two contracts: picked by URL prefix or by an API-Version request header."""

import asyncio
from typing import Annotated

import httpx
from fastapi import FastAPI, Header, HTTPException, Response, status
from pydantic import BaseModel

USERS = {123: ("Ada", "Lovelace")}  # storage knows nothing about API versions
app = FastAPI()


class UserV1(BaseModel):  # the original contract
    id: int
    name: str


class UserV2(BaseModel):  # breaking change: "name" is split in two and removed
    id: int
    given_name: str
    family_name: str


@app.get("/v1/users/{user_id}")  # URL versioning: the version is part of the path
async def get_user_v1(user_id: int) -> UserV1:
    given, family = USERS[user_id]
    return UserV1(id=user_id, name=f"{given} {family}")


@app.get("/v2/users/{user_id}")
async def get_user_v2(user_id: int) -> UserV2:
    given, family = USERS[user_id]
    return UserV2(id=user_id, given_name=given, family_name=family)


VERSIONS = {"1": get_user_v1, "2": get_user_v2}  # both styles share the same handlers


@app.get("/users/{user_id}")  # header versioning: one URL, the client names the version
async def get_user(
    user_id: int, response: Response, api_version: Annotated[str, Header()] = "1"
) -> UserV1 | UserV2:
    vary = {"Vary": "API-Version"}  # a cache must key this URL's responses on the header too
    if api_version not in VERSIONS:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "Unsupported API-Version", vary)
    response.headers.update(vary)
    return await VERSIONS[api_version](user_id)


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:

        async def get(url: str, version: str = "") -> httpx.Response:
            response = await client.get(url, headers={"API-Version": version} if version else {})
            sent = f" with API-Version: {version}" if version else ""
            vary = response.headers.get("Vary", "-")
            print(f"GET {url}{sent} -> {response.status_code} Vary: {vary} {response.text}")
            return response

        v1, v2 = await get("/v1/users/123"), await get("/v2/users/123")
        assert v1.json().keys() == {"id", "name"} and "Vary" not in v1.headers
        assert v2.json().keys() == {"id", "given_name", "family_name"}
        assert (await get("/users/123")).json()["name"] == "Ada Lovelace"  # no header: v1
        assert (await get("/users/123", "2")).json()["given_name"] == "Ada"
        unknown = await get("/users/123", "3")
        assert unknown.status_code == status.HTTP_400_BAD_REQUEST
        assert unknown.headers["Vary"] == "API-Version"  # the error varies by header too


if __name__ == "__main__":
    asyncio.run(main())
