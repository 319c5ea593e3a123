# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""BackgroundTasks run after the response is sent, one at a time, in the order they were added."""

import asyncio

import httpx
from fastapi import BackgroundTasks, FastAPI, status
from pydantic import BaseModel
from starlette.types import Message, Receive, Scope, Send

events: list[str] = []  # a shared log, so the order of everything is visible
app = FastAPI()


class Signup(BaseModel):
    email: str


async def send_welcome_email(email: str) -> None:
    if email.startswith("bounce"):
        raise ConnectionError("mail server refused the message")
    events.append(f"task 1: welcome email to {email}")


def write_audit_row(email: str) -> None:  # plain def: FastAPI runs it in the thread pool
    events.append(f"task 2: audit row for {email}")


@app.post("/signups", status_code=status.HTTP_201_CREATED)
async def sign_up(signup: Signup, tasks: BackgroundTasks) -> dict[str, str]:
    tasks.add_task(send_welcome_email, signup.email)
    tasks.add_task(write_audit_row, signup.email)
    events.append("handler: returning")
    return {"email": signup.email}


async def logged_app(scope: Scope, receive: Receive, send: Send) -> None:
    async def send_and_log(message: Message) -> None:  # notes when the last body chunk has left
        await send(message)
        if message["type"] == "http.response.body" and not message.get("more_body"):
            events.append("server: response sent")

    await app(scope, receive, send_and_log)


async def main() -> None:
    expected = {
        "ada@example.com": [
            "task 1: welcome email to ada@example.com",
            "task 2: audit row for ada@example.com",
        ],
        "bounce@example.com": [],  # task 1 raised, so task 2 never ran
    }
    # raise_app_exceptions=False acts like a server: a task error never reaches the client
    transport = httpx.ASGITransport(app=logged_app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for email, tasks_run in expected.items():
            events.clear()
            response = await client.post("/signups", json={"email": email})
            print("POST /signups ->", response.status_code, response.text)
            print("   ", "\n    ".join(events))
            assert response.status_code == status.HTTP_201_CREATED
            assert events == ["handler: returning", "server: response sent", *tasks_run]


if __name__ == "__main__":
    asyncio.run(main())
