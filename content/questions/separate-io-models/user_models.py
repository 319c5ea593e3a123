# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Separate create, update and read models block mass assignment and hide stored secrets."""

import asyncio

import httpx
from fastapi import FastAPI, status
from pydantic import BaseModel, ConfigDict, Field


class UserCreate(BaseModel):  # what a client may send to sign up
    model_config = ConfigDict(extra="forbid")  # unknown keys -> 422 instead of being dropped
    email: str
    password: str = Field(min_length=12)


class UserUpdate(BaseModel):  # what a client may change: all optional, no is_admin
    model_config = ConfigDict(extra="forbid")
    display_name: str | None = None


class UserRead(BaseModel):  # what a client may see
    id: int
    email: str
    display_name: str | None
    is_admin: bool


app = FastAPI()
users: dict[int, dict] = {}  # stored rows also hold is_admin and password_hash


@app.post("/users", status_code=status.HTTP_201_CREATED)
async def create_user(body: UserCreate) -> UserRead:
    row = {"id": 1, "email": body.email, "display_name": None, "is_admin": False}
    users[1] = row | {"password_hash": "$argon2id$v=19$..."}
    return users[1]  # the UserRead return type drops password_hash


@app.patch("/users/{user_id}")
async def update_user(user_id: int, body: UserUpdate) -> UserRead:
    users[user_id] |= body.model_dump(exclude_unset=True)  # only the keys the client sent
    return users[user_id]


@app.patch("/naive/users/{user_id}")
async def naive_update(user_id: int, body: dict) -> UserRead:
    users[user_id] |= body  # trusts every key the client sends: mass assignment
    return users[user_id]


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        signup = {"email": "ada@example.com", "password": "correct-horse-battery"}
        ok, created = status.HTTP_200_OK, status.HTTP_201_CREATED
        invalid = status.HTTP_422_UNPROCESSABLE_CONTENT
        for method, url, body, expected in [
            ("POST", "/users", signup | {"is_admin": True}, invalid),
            ("POST", "/users", signup, created),
            ("PATCH", "/users/1", {"display_name": "Ada"}, ok),
            ("PATCH", "/users/1", {"is_admin": True}, invalid),
            ("PATCH", "/naive/users/1", {"is_admin": True}, ok),
        ]:
            r = await client.request(method, url, json=body)
            data = r.json()
            shown = [(e["type"], e["loc"]) for e in data["detail"]] if "detail" in data else data
            print(f"{method} {url} {body} -> {r.status_code} {shown}")
            assert r.status_code == expected and "password_hash" not in data

        assert users[1]["is_admin"]  # only the naive endpoint let the client promote itself


if __name__ == "__main__":
    asyncio.run(main())
