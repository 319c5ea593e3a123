# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Validation in a Pydantic model gives a 422; a ValueError raised in the handler gives a 500."""

import asyncio
from typing import Annotated, Literal

import httpx
from fastapi import FastAPI, status
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Username = Annotated[str, StringConstraints(min_length=3, max_length=20, pattern=r"^[a-z0-9_]+$")]


class SignUp(BaseModel):
    model_config = ConfigDict(extra="forbid")  # unknown keys such as "is_admin" are refused

    username: Username  # allow-list of characters, bounded length
    age: Annotated[int, Field(ge=18, le=120)]
    plan: Literal["free", "pro"]


app = FastAPI()


@app.post("/signup", status_code=status.HTTP_201_CREATED)
async def signup(user: SignUp) -> SignUp:
    return user  # only data that passed every rule gets here


@app.post("/legacy-signup")
async def legacy_signup(payload: dict) -> dict:
    if payload.get("age", 0) < 18:
        raise ValueError("age must be at least 18")  # the client's mistake, reported as our bug
    return payload


async def main() -> None:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        good = {"username": "ada_l", "age": 36, "plan": "pro"}
        bad = {"username": "x' OR '1'='1", "age": 12, "plan": "gold", "is_admin": True}
        response = await client.post("/signup", json=good)
        print("POST /signup (valid) ->", response.status_code, response.text)
        assert response.status_code == status.HTTP_201_CREATED

        response = await client.post("/signup", json=bad)
        print("POST /signup (invalid) ->", response.status_code)
        for error in response.json()["detail"]:
            print(f"  {'.'.join(map(str, error['loc']))}: {error['type']} - {error['msg']}")
        assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
        assert len(response.json()["detail"]) == 4  # every problem reported at once

        response = await client.post("/legacy-signup", json={"age": 12})
        print("POST /legacy-signup (age 12) ->", response.status_code, response.text)
        assert response.status_code == status.HTTP_500_INTERNAL_SERVER_ERROR


if __name__ == "__main__":
    asyncio.run(main())
