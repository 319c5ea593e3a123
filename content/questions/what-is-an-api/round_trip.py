# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""One request/response round trip against a tiny FastAPI app, shown part by part."""

import asyncio

import httpx
from fastapi import FastAPI, HTTPException, status

app = FastAPI()
BOOKS = {1: {"id": 1, "title": "Dune", "year": 1965}}


@app.get("/books/{book_id}")
async def read_book(book_id: int) -> dict[str, int | str]:
    # By the time this runs, FastAPI has matched the route and turned "1" into the int 1.
    if book_id not in BOOKS:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Book not found")
    return BOOKS[book_id]


def show(response: httpx.Response) -> None:
    request = response.request
    print(f"> {request.method} {request.url.raw_path.decode()} HTTP/1.1")
    for name in ("host", "accept"):
        print(f"> {name}: {request.headers[name]}")
    print(f"< HTTP/1.1 {response.status_code}")
    for name in ("content-type", "content-length"):
        print(f"< {name}: {response.headers[name]}")
    print(f"< {response.text}")
    print()


async def main() -> None:
    # ASGITransport hands each request straight to the app: same messages, no socket.
    transport = httpx.ASGITransport(app=app)
    json_only = {"Accept": "application/json"}
    async with httpx.AsyncClient(
        transport=transport, base_url="http://api.test", headers=json_only
    ) as client:
        found = await client.get("/books/1")
        show(found)
        assert found.status_code == status.HTTP_200_OK
        assert found.json() == {"id": 1, "title": "Dune", "year": 1965}  # JSON text -> dict

        missing = await client.get("/books/2")
        show(missing)
        assert missing.status_code == status.HTTP_404_NOT_FOUND

        malformed = await client.get("/books/abc")  # breaks the contract: id must be an int
        show(malformed)
        assert malformed.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT


if __name__ == "__main__":
    asyncio.run(main())
