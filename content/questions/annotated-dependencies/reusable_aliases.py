# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Annotated aliases declare a parameter once and reuse it; the functions stay plain Python."""

import asyncio
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException, Path, Query, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel


class User(BaseModel):
    name: str


TOKENS = {"t-ada": User(name="ada")}


def get_current_user(
    credentials: Annotated[HTTPAuthorizationCredentials, Depends(HTTPBearer())],
) -> User:
    user = TOKENS.get(credentials.credentials)
    if user is None:
        challenge = {"WWW-Authenticate": "Bearer"}
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown token", challenge)
    return user


# Declared once, used by every route: the type for checkers, the metadata for FastAPI.
CurrentUser = Annotated[User, Depends(get_current_user)]
PageSize = Annotated[int, Query(ge=1, le=50, description="Items per page")]
ItemId = Annotated[int, Path(ge=1)]
app = FastAPI()


@app.get("/items")
async def list_items(user: CurrentUser, limit: PageSize = 10) -> dict[str, object]:
    return {"user": user.name, "limit": limit}


@app.get("/items/{item_id}")
async def read_item(item_id: ItemId, user: CurrentUser) -> dict[str, object]:
    return {"user": user.name, "item": item_id}


@app.get("/legacy/items")  # the pre-Annotated style: the marker is the default value
async def list_items_legacy(limit: int = Query(10, ge=1, le=50)) -> dict[str, object]:
    return {"limit": limit}


async def get(client: httpx.AsyncClient, url: str, token: str | None = "t-ada") -> int:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await client.get(url, headers=headers)
    body = response.json()
    if response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT:
        body = [error["msg"] for error in body["detail"]]
    print(f"GET {url}{'' if token else ' (no token)'} -> {response.status_code} {body}")
    return response.status_code


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        assert await get(client, "/items") == 200
        assert await get(client, "/items?limit=99") == 422
        assert await get(client, "/items/7") == 200
        assert await get(client, "/items/0") == 422
        assert await get(client, "/items", token=None) == 401
        assert await get(client, "/legacy/items", token=None) == 200
    # Outside FastAPI they are ordinary functions: a unit test can call them directly.
    direct = await list_items(User(name="test"))
    legacy = await list_items_legacy()
    print("direct call:", direct)
    print("legacy direct call: limit is a", type(legacy["limit"]).__name__, "object, not 10")
    assert direct["limit"] == 10 and not isinstance(legacy["limit"], int)


if __name__ == "__main__":
    asyncio.run(main())
