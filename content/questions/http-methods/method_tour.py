# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""One resource driven through POST, GET, HEAD, PUT, PATCH and DELETE, then a 405 and its Allow."""

import asyncio
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException, Response, status
from pydantic import BaseModel


class Book(BaseModel):
    title: str
    author: str


class BookChanges(BaseModel):
    title: str | None = None
    author: str | None = None


app = FastAPI()
books: dict[int, Book] = {}


async def existing(book_id: int) -> int:
    if book_id not in books:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such book")
    return book_id


BookId = Annotated[int, Depends(existing)]


@app.post("/books", status_code=status.HTTP_201_CREATED)
async def create_book(book: Book, response: Response) -> Book:
    book_id = max(books, default=0) + 1
    books[book_id] = book
    response.headers["Location"] = f"/books/{book_id}"
    return book


@app.head("/books/{book_id}")  # FastAPI adds no HEAD to @app.get; the HEAD route is separate
@app.get("/books/{book_id}")  # registered first: decorators apply from the bottom up
async def read_book(book_id: BookId) -> Book:
    return books[book_id]


@app.put("/books/{book_id}")
async def replace_book(book_id: BookId, book: Book) -> Book:
    books[book_id] = book  # the body is the complete new state
    return book


@app.patch("/books/{book_id}")
async def change_book(book_id: BookId, changes: BookChanges) -> Book:
    merged = books[book_id].model_dump() | changes.model_dump(exclude_unset=True)
    books[book_id] = Book.model_validate(merged)  # only the fields sent change
    return books[book_id]


@app.delete("/books/{book_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_book(book_id: BookId) -> None:
    del books[book_id]


STEPS = [
    ("POST", "/books", {"title": "Dune", "author": "Herbert"}, 201),
    ("GET", "/books/1", None, 200),
    ("HEAD", "/books/1", None, 200),
    ("PUT", "/books/1", {"title": "Dune Messiah", "author": "Frank Herbert"}, 200),
    ("PATCH", "/books/1", {"title": "Children of Dune"}, 200),
    ("DELETE", "/books/1", None, 204),
    ("GET", "/books/1", None, 404),
    ("POST", "/books/1", None, 405),  # Allow names only the first route with this path
]


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for method, url, body, expected in STEPS:
            r = await client.request(method, url, json=body)
            shown = ("location", "allow", "content-length" if method == "HEAD" else "")
            extra = {k: v for k, v in r.headers.items() if k in shown}
            line = f"{method} {url} -> {r.status_code} {r.text or '(no body)'} {extra or ''}"
            print(line.rstrip())
            assert r.status_code == expected


if __name__ == "__main__":
    asyncio.run(main())
