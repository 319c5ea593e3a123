# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""app.dependency_overrides in tests: sub-dependencies, the override's own parameters, cleanup."""

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import httpx
from fastapi import Depends, FastAPI, Header, HTTPException, status

REAL_DB = {"tokens": {}, "orders": {}}  # stands in for a real connection pool
FAKE_DB = {"tokens": {"t-1": "alice"}, "orders": {"alice": ["pen"]}}
opened: list[str] = []


async def get_db() -> AsyncIterator[dict[str, dict]]:
    opened.append("real")
    yield REAL_DB


def fake_db() -> dict[str, dict]:
    opened.append("fake")
    return FAKE_DB


async def get_current_user(
    db: Annotated[dict, Depends(get_db)], authorization: Annotated[str, Header()] = ""
) -> str:
    user = db["tokens"].get(authorization.removeprefix("Bearer "))
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, headers={"WWW-Authenticate": "Bearer"})
    return user


def user_from_query(user: str) -> str:  # an override's own parameters come from the request
    return user


app = FastAPI()


@app.get("/orders")
async def list_orders(
    user: Annotated[str, Depends(get_current_user)], db: Annotated[dict, Depends(get_db)]
) -> dict[str, Any]:
    return {"user": user, "orders": db["orders"].get(user, [])}


@contextmanager
def overridden(replacements: dict[Callable[..., Any], Callable[..., Any]]) -> Iterator[None]:
    app.dependency_overrides.update(replacements)  # keys are the original callables
    try:
        yield
    finally:
        app.dependency_overrides.clear()  # the next test sees the real providers again


async def test_fake_db_reaches_sub_dependency(client: httpx.AsyncClient) -> None:
    with overridden({get_db: fake_db}):
        r = await client.get("/orders", headers={"Authorization": "Bearer t-1"})
    print("  GET /orders ->", r.status_code, r.text, "| providers called:", opened)
    assert r.json()["user"] == "alice" and opened == ["fake"]


async def test_override_parameters_are_request_inputs(client: httpx.AsyncClient) -> None:
    with overridden({get_current_user: user_from_query, get_db: fake_db}):
        ok = await client.get("/orders", params={"user": "alice"})
        missing = await client.get("/orders")
    print("  GET /orders?user=alice ->", ok.status_code, ok.text)
    print("  GET /orders ->", missing.status_code, missing.json()["detail"][0]["loc"])
    assert missing.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT


async def test_real_providers_after_cleanup(client: httpx.AsyncClient) -> None:
    r = await client.get("/orders", headers={"Authorization": "Bearer t-1"})
    print("  GET /orders ->", r.status_code, r.text, "| overrides:", app.dependency_overrides)
    assert r.status_code == status.HTTP_401_UNAUTHORIZED and opened[-1] == "real"


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for test in (
            test_fake_db_reaches_sub_dependency,
            test_override_parameters_are_request_inputs,
            test_real_providers_after_cleanup,
        ):
            print(test.__name__)
            await test(client)


if __name__ == "__main__":
    asyncio.run(main())
