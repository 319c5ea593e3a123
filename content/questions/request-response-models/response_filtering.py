# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""A response model filters the stored row; a return value that breaks it is a 500, not a 422."""

import asyncio

import httpx
from fastapi import FastAPI, status
from pydantic import BaseModel

app = FastAPI()
db: dict[int, dict] = {}


class UserIn(BaseModel):  # what the client sends
    email: str
    password: str


class UserOut(BaseModel):  # what the client may see
    id: int
    email: str


@app.post("/users", status_code=status.HTTP_201_CREATED)
async def create_user(user: UserIn) -> UserOut:
    db[1] = {"id": 1, "email": user.email, "password_hash": "$argon2id$v=19$..."}
    return db[1]  # the whole row: the UserOut return type drops password_hash


@app.get("/raw/users/{user_id}")
async def read_raw(user_id: int) -> dict:
    return db[user_id]  # a plain dict type filters nothing


@app.get("/broken/users/{user_id}")
async def read_broken(user_id: int) -> UserOut:
    return {"email": db[user_id]["email"]}  # bug: "id" is missing


async def main() -> None:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)  # show the 500
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        r = await client.post("/users", json={"email": "ada@example.com", "password": "s3cret"})
        print("POST /users ->", r.status_code, r.json())
        assert r.status_code == status.HTTP_201_CREATED and "password_hash" not in r.json()

        r = await client.get("/raw/users/1")
        print("GET /raw/users/1 ->", r.status_code, r.json())
        assert "password_hash" in r.json()

        r = await client.post("/users", json={"email": "bob@example.com"})
        error = r.json()["detail"][0]
        print("POST /users (no password) ->", r.status_code, error["loc"], error["msg"])
        assert r.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT

        r = await client.get("/broken/users/1")  # FastAPI raises ResponseValidationError
        print("GET /broken/users/1 ->", r.status_code, r.text)
        assert r.status_code == status.HTTP_500_INTERNAL_SERVER_ERROR


if __name__ == "__main__":
    asyncio.run(main())
