# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""The same checks as curl commands (a human reads the output) and as tests (code decides)."""

import asyncio
import shlex

import httpx
from fastapi import FastAPI, HTTPException, Response, status
from pydantic import BaseModel


class TodoIn(BaseModel):
    title: str


class Todo(TodoIn):
    id: int
    done: bool = False


app = FastAPI()
todos: dict[int, Todo] = {}


@app.post("/todos", status_code=status.HTTP_201_CREATED)
async def create_todo(body: TodoIn, response: Response) -> Todo:
    todo = todos[len(todos) + 1] = Todo(id=len(todos) + 1, title=body.title)
    response.headers["Location"] = f"/todos/{todo.id}"
    return todo


@app.get("/todos/{todo_id}")
async def read_todo(todo_id: int) -> Todo:
    if todo_id not in todos:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such todo")
    return todos[todo_id]


async def show_as_curl(request: httpx.Request) -> None:
    """Print each request as the curl command a person would type to send it by hand."""
    parts = ["curl", "-i", str(request.url)]
    if request.content:
        parts += ["-H", "Content-Type: application/json", "-d", request.content.decode()]
    print("$", shlex.join(parts))


async def show_response(response: httpx.Response) -> None:
    await response.aread()
    print(f"  <- {response.status_code} {response.text}")


async def test_create_returns_201_with_location(client: httpx.AsyncClient) -> None:
    response = await client.post("/todos", json={"title": "write tests"})
    assert response.status_code == 201
    assert response.headers["location"] == f"/todos/{response.json()['id']}"


async def test_created_todo_can_be_read_back(client: httpx.AsyncClient) -> None:
    location = (await client.post("/todos", json={"title": "ship"})).headers["location"]
    assert (await client.get(location)).json() == {"id": 2, "title": "ship", "done": False}


async def test_missing_title_is_rejected_with_422(client: httpx.AsyncClient) -> None:
    response = await client.post("/todos", json={})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "title"]


async def main() -> None:
    """What pytest does for you: find the test_ functions, run each, report pass or fail."""
    hooks = {"request": [show_as_curl], "response": [show_response]}
    transport = httpx.ASGITransport(app=app)
    base = "http://localhost:8000"  # where `fastapi dev` would serve it, for the curl lines
    async with httpx.AsyncClient(transport=transport, base_url=base, event_hooks=hooks) as client:
        tests = [f for name, f in globals().items() if name.startswith("test_")]
        for test in tests:
            await test(client)
            print("PASSED", test.__name__)
    print(f"{len(tests)} passed; run again tomorrow, in CI, on every commit: same checks")


if __name__ == "__main__":
    asyncio.run(main())
