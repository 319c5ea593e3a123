# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""A small users API and a table of requests with the status code each one should get."""

import asyncio
import json

import httpx
from fastapi import FastAPI, HTTPException, Response, status
from pydantic import BaseModel


class NewUser(BaseModel):
    email: str


app = FastAPI(max_body_size=1024)  # larger bodies get 413 (FastAPI 0.164+)
users: dict[int, str] = {}


@app.post("/users", status_code=status.HTTP_201_CREATED)
async def create_user(user: NewUser, response: Response) -> dict[str, int | str]:
    if user.email in users.values():
        raise HTTPException(status.HTTP_409_CONFLICT, "Email already registered")
    user_id = max(users, default=0) + 1
    users[user_id] = user.email
    response.headers["Location"] = f"/users/{user_id}"
    return {"id": user_id, "email": user.email}


@app.get("/users/{user_id}")
async def read_user(user_id: int) -> dict[str, int | str]:
    if user_id not in users:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "User not found")
    return {"id": user_id, "email": users[user_id]}


@app.delete("/users/{user_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_user(user_id: int) -> None:
    if users.pop(user_id, None) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "User not found")


ADA = {"email": "ada@example.com"}
TEXT = {"content-type": "text/plain"}  # JSON text, but labeled as plain text
CASES = [  # method, url, request options, expected status
    ("POST", "/users", {"json": ADA}, 201),
    ("POST", "/users", {"json": ADA}, 409),
    ("POST", "/users", {"json": {"mail": "typo"}}, 422),
    ("POST", "/users", {"content": b'{"email": "x"}', "headers": TEXT}, 422),
    ("POST", "/users", {"json": {"email": "x" * 2000}}, 413),
    ("GET", "/users/1", {}, 200),
    ("GET", "/users/abc", {}, 422),
    ("DELETE", "/users/1", {}, 204),
    ("GET", "/users/1", {}, 404),
]


def brief(r: httpx.Response) -> str:
    if not r.content:
        return "(empty body)"
    if r.headers["content-type"] != "application/json":
        return f"{r.text} ({r.headers['content-type']})"
    detail = r.json().get("detail")
    if isinstance(detail, list):  # FastAPI validation errors: show type and location only
        return "; ".join(f"{e['type']} at {'/'.join(map(str, e['loc']))}" for e in detail)
    return r.text


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for method, url, options, expected in CASES:
            r = await client.request(method, url, **options)
            sent = json.dumps(options["json"]) if "json" in options else ""
            sent = sent if len(sent) < 40 else f"({len(sent)} bytes of JSON)"
            if "headers" in options:
                sent = f"{options['content'].decode()} as {options['headers']['content-type']}"
            where = f"Location: {r.headers['location']}" if "location" in r.headers else ""
            parts = [method, url, sent, "->", str(r.status_code), where, brief(r)]
            print(" ".join(part for part in parts if part))
            assert r.status_code == expected, (method, url, r.status_code)


if __name__ == "__main__":
    asyncio.run(main())
