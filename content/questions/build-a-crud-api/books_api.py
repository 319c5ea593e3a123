# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""A complete CRUD resource for books: 201 + Location, 204, 404 and 422, driven in-process."""

import asyncio
from itertools import count
from typing import Annotated

import httpx
from fastapi import FastAPI, HTTPException, Path, Request, Response, status
from pydantic import BaseModel, Field


class BookIn(BaseModel):  # what a client may send: no id
    title: str = Field(min_length=1, max_length=200)
    author: str = Field(min_length=1, max_length=100)


class Book(BookIn):  # what the API returns: the server assigns the id
    id: int


app = FastAPI(title="Books")
books: dict[int, Book] = {}  # stands in for a database table
new_ids = count(1)
BookId = Annotated[int, Path(ge=1)]


def find(book_id: int) -> Book:
    if book_id not in books:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"Book {book_id} not found")
    return books[book_id]


@app.post("/books", status_code=status.HTTP_201_CREATED)
async def create_book(data: BookIn, request: Request, response: Response) -> Book:
    book = Book(id=next(new_ids), **data.model_dump())
    books[book.id] = book
    response.headers["Location"] = str(request.url_for("read_book", book_id=book.id))
    return book


@app.get("/books")
async def list_books() -> list[Book]:
    return list(books.values())


@app.get("/books/{book_id}")
async def read_book(book_id: BookId) -> Book:
    return find(book_id)


@app.put("/books/{book_id}")
async def replace_book(book_id: BookId, data: BookIn) -> Book:
    find(book_id)  # ids come from the server, so PUT replaces but never creates here
    books[book_id] = Book(id=book_id, **data.model_dump())
    return books[book_id]


@app.delete("/books/{book_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_book(book_id: BookId) -> None:
    del books[find(book_id).id]


async def main() -> None:
    codes: list[int] = []  # every status, asserted at the end
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:

        async def send(method: str, url: str, body: dict[str, str] | None = None) -> httpx.Response:
            r = await client.request(method, url, json=body)
            shown = r.text or "(no body)"
            if r.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT:
                shown = str([(e["type"], e["loc"]) for e in r.json()["detail"]])
            print(method, url, "->", r.status_code, shown)
            codes.append(r.status_code)
            return r

        dune = {"title": "Dune", "author": "Frank Herbert"}
        url = (await send("POST", "/books", dune)).headers["location"]
        print("  Location:", url)  # every later request follows it
        await send("POST", "/books", {"title": "", "author": "Nobody"})
        await send("GET", "/books")
        await send("PUT", url, {**dune, "title": "Dune Messiah"})
        await send("PUT", url, {"title": "No author"})
        for method in ("GET", "DELETE", "GET", "DELETE"):
            await send(method, url)
    assert codes == [201, 422, 200, 200, 422, 200, 204, 404, 404]
    assert books == {}  # created, replaced, deleted: nothing left


if __name__ == "__main__":
    asyncio.run(main())
