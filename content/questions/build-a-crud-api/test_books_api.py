# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""pytest tests for books_api.py: `pytest` collects them; `python test_books_api.py` runs them."""

import warnings

from starlette.exceptions import StarletteDeprecationWarning

# Starlette >= 1.2 warns when TestClient finds httpx but not httpx2; silence only that message.
warnings.filterwarnings(
    "ignore", "Using `httpx` with `starlette.testclient`", StarletteDeprecationWarning
)
from books_api import app, books  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

DUNE = {"title": "Dune", "author": "Frank Herbert"}


def fresh_client() -> TestClient:
    books.clear()  # every test starts from an empty store
    return TestClient(app)


def test_create_answers_201_with_location_of_the_new_book() -> None:
    client = fresh_client()
    created = client.post("/books", json=DUNE)
    assert created.status_code == 201
    assert client.get(created.headers["location"]).json() == created.json()


def test_list_returns_every_book() -> None:
    client = fresh_client()
    client.post("/books", json=DUNE)
    client.post("/books", json={"title": "Emma", "author": "Jane Austen"})
    assert [b["title"] for b in client.get("/books").json()] == ["Dune", "Emma"]


def test_put_replaces_the_whole_book_and_needs_every_field() -> None:
    client = fresh_client()
    book_id = client.post("/books", json=DUNE).json()["id"]
    messiah = {**DUNE, "title": "Dune Messiah"}
    assert client.put(f"/books/{book_id}", json=messiah).status_code == 200
    assert client.put(f"/books/{book_id}", json={"title": "Only a title"}).status_code == 422
    assert client.get(f"/books/{book_id}").json()["title"] == "Dune Messiah"


def test_delete_answers_204_with_no_body_then_404() -> None:
    client = fresh_client()
    book_id = client.post("/books", json=DUNE).json()["id"]
    deleted = client.delete(f"/books/{book_id}")
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert client.get(f"/books/{book_id}").status_code == 404
    assert client.delete(f"/books/{book_id}").status_code == 404


def test_bad_input_is_rejected_before_anything_is_stored() -> None:
    client = fresh_client()
    assert client.post("/books", json={"title": "", "author": "X"}).status_code == 422
    assert client.get("/books/0").status_code == 422  # ids start at 1
    assert client.put("/books/99", json=DUNE).status_code == 404
    assert books == {}


if __name__ == "__main__":
    tests = [value for name, value in dict(globals()).items() if name.startswith("test_")]
    for test in tests:
        test()
        print("passed", test.__name__)
    print(f"{len(tests)} passed")
