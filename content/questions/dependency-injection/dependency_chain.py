# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx", "starlette"]
# ///
"""One session per request, shared by the handler and current_user, and when cleanup runs."""

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, Header, HTTPException, status
from starlette.types import Message, Receive, Scope, Send

log: list[str] = []  # every step appends here, so the order is visible
NOTES = {"ana": ["buy milk"], "ben": ["call mom"]}
app = FastAPI()


async def get_session() -> AsyncIterator[dict]:
    log.append("session open")
    try:
        yield NOTES  # stand-in for a database session
    finally:
        log.append("session closed")  # exit code: runs once the request is over


SessionDep = Annotated[dict, Depends(get_session)]
EarlySessionDep = Annotated[dict, Depends(get_session, scope="function")]


async def current_user(session: SessionDep, x_user: Annotated[str, Header()]) -> str:
    if x_user not in session:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Unknown user")
    return x_user


@app.get("/notes")
async def my_notes(session: SessionDep, user: Annotated[str, Depends(current_user)]) -> list[str]:
    log.append("handler")
    return session[user]


@app.get("/count")
async def count_notes(session: EarlySessionDep) -> int:
    log.append("handler")
    return sum(len(notes) for notes in session.values())


async def logged_app(scope: Scope, receive: Receive, send: Send) -> None:
    async def send_and_log(message: Message) -> None:
        await send(message)
        if message["type"] == "http.response.body" and not message.get("more_body"):
            log.append("response sent")

    await app(scope, receive, send_and_log)


CASES = [  # path, X-User, expected status, expected last step
    ("/notes", "ana", 200, "session closed"),  # default scope: cleanup after sending
    ("/notes", "eve", 401, "response sent"),  # an exception unwinds the yield first
    ("/count", "ana", 200, "response sent"),  # scope="function": cleanup before sending
]


async def main() -> None:
    transport = httpx.ASGITransport(app=logged_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for path, user, expected, last_step in CASES:
            log.clear()
            response = await client.get(path, headers={"X-User": user})
            print(f"GET {path} as {user} -> {response.status_code} {response.text}")
            print("  " + " | ".join(log))
            assert response.status_code == expected
            assert log.count("session open") == 1  # one session, shared by two consumers
            assert log[-1] == last_step


if __name__ == "__main__":
    asyncio.run(main())
