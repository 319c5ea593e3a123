# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""One APIRouter per version over one service layer; v1 is deprecated in OpenAPI and in headers."""

import asyncio
from dataclasses import dataclass

import httpx
from fastapi import APIRouter, Depends, FastAPI, Response
from pydantic import BaseModel


@dataclass
class User:  # the domain model, shared by every version
    id: int
    given_name: str
    family_name: str


def find_user(user_id: int) -> User:  # the service layer: no HTTP, no versions
    return User(user_id, "Ada", "Lovelace")


class UserV1(BaseModel):
    id: int
    name: str


class UserV2(BaseModel):  # the breaking change: name split in two
    id: int
    given_name: str
    family_name: str


def announce_sunset(response: Response) -> None:  # RFC 9745 and RFC 8594, on every v1 response
    response.headers["Deprecation"] = "@1788220800"
    response.headers["Sunset"] = "Mon, 01 Mar 2027 00:00:00 GMT"
    response.headers["Link"] = '</docs/migrate-to-v2>; rel="deprecation"'


def operation_ids(version: str):  # generated SDKs turn these into method names
    return lambda route: f"{version}_{route.name}"


v1 = APIRouter(
    dependencies=[Depends(announce_sunset)], generate_unique_id_function=operation_ids("v1")
)
v2 = APIRouter(generate_unique_id_function=operation_ids("v2"))


@v1.get("/users/{user_id}", name="get_user")
async def get_user_v1(user_id: int) -> UserV1:
    user = find_user(user_id)
    return UserV1(id=user.id, name=f"{user.given_name} {user.family_name}")


@v2.get("/users/{user_id}", name="get_user")
async def get_user_v2(user_id: int) -> UserV2:
    user = find_user(user_id)
    return UserV2(id=user.id, given_name=user.given_name, family_name=user.family_name)


app = FastAPI(title="Users API")
app.include_router(v1, prefix="/v1", tags=["v1"], deprecated=True)
app.include_router(v2, prefix="/v2", tags=["v2"])


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for url in ("/v1/users/7", "/v2/users/7"):
            response = await client.get(url)
            print(f"GET {url} -> {response.status_code} {response.json()}")
            print("  Deprecation:", response.headers.get("Deprecation", "-"))
    paths = app.openapi()["paths"]
    for path, ops in paths.items():
        op = ops["get"]
        print(f"OpenAPI {path}: {op['operationId']}, deprecated={op.get('deprecated')}")
    assert paths["/v1/users/{user_id}"]["get"]["deprecated"] is True
    assert "deprecated" not in paths["/v2/users/{user_id}"]["get"]


if __name__ == "__main__":
    asyncio.run(main())
