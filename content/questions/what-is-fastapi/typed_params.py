# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Type hints on a FastAPI handler drive parsing, 422 validation errors and the OpenAPI schema."""

import asyncio
from typing import Annotated

import httpx
from fastapi import FastAPI, Query, status
from starlette.applications import Starlette

app = FastAPI(title="Books")


@app.get("/books/{book_id}")
async def read_book(
    book_id: int, fmt: Annotated[str, Query(pattern="^(json|text)$")] = "json"
) -> dict[str, int | str]:
    return {"book_id": book_id, "fmt": fmt}


@app.get("/health")
def health() -> dict[str, str]:  # a plain def works too; FastAPI runs it in a threadpool
    return {"status": "ok"}


async def main() -> None:
    print("FastAPI is a Starlette subclass:", isinstance(app, Starlette))
    transport = httpx.ASGITransport(app=app)  # the app is an ASGI callable; no server needed
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for url in ["/books/42?fmt=text", "/books/forty-two", "/books/42?fmt=xml", "/health"]:
            response = await client.get(url)
            body = response.json()
            if response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT:
                body = [(e["type"], e["loc"]) for e in body["detail"]]
            print(f"GET {url} -> {response.status_code} {body}")

        ok = await client.get("/books/42")
        assert ok.json() == {"book_id": 42, "fmt": "json"}  # "42" in the URL became the int 42
        bad = await client.get("/books/forty-two")
        assert bad.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT

    operation = app.openapi()["paths"]["/books/{book_id}"]["get"]
    for param in operation["parameters"]:
        print("OpenAPI parameter:", param["name"], param["in"], param["schema"])
    print("OpenAPI responses:", sorted(operation["responses"]))


if __name__ == "__main__":
    asyncio.run(main())
