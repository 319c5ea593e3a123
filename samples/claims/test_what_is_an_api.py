"""Claims made on content/questions/what-is-an-api/; each fails if a release changes them."""

from asgi import call
from fastapi import FastAPI, HTTPException, status

PAGE = "what-is-an-api"


def make_app(calls: list[object]) -> FastAPI:
    app = FastAPI()

    @app.get("/books/{book_id}")
    async def read_book(book_id: int) -> dict[str, int | str]:
        calls.append(book_id)
        if book_id != 1:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Book not found")
        return {"id": 1, "title": "Dune"}

    return app


def test_the_handler_receives_the_path_parameter_already_converted() -> None:
    """Routing and conversion happen first: the handler gets `book_id` as an `int`."""
    calls: list[object] = []
    assert call(make_app(calls), "GET", "/books/1").status_code == status.HTTP_200_OK
    assert calls == [1]


def test_input_that_breaks_the_contract_is_a_422_before_the_handler_runs() -> None:
    """`/books/abc` never reaches the handler: FastAPI answers 422 naming the failing field."""
    calls: list[object] = []
    response = call(make_app(calls), "GET", "/books/abc")
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    [error] = response.json()["detail"]
    assert (error["type"], error["loc"]) == ("int_parsing", ["path", "book_id"])
    assert calls == []


def test_an_http_exception_becomes_a_normal_json_response() -> None:
    """An `HTTPException` for a missing record becomes a 404 with a JSON body, not a crash."""
    response = call(make_app([]), "GET", "/books/2")
    assert response.status_code == status.HTTP_404_NOT_FOUND
    assert response.json() == {"detail": "Book not found"}


def test_the_framework_sets_content_type_and_content_length() -> None:
    """The return value becomes JSON, and FastAPI sets `Content-Type` and `Content-Length`."""
    response = call(make_app([]), "GET", "/books/1")
    assert response.headers["content-type"] == "application/json"
    assert int(response.headers["content-length"]) == len(response.content)
    assert response.content == b'{"id":1,"title":"Dune"}'
