"""Claims made on content/questions/api-documentation/; each fails if a release changes them."""

from typing import Annotated

from fastapi import Body, FastAPI, HTTPException
from pydantic import BaseModel, Field

PAGE = "api-documentation"


class Book(BaseModel):
    title: str = Field(description="Title as printed", examples=["Dune"])
    price_cents: int


def book_app() -> FastAPI:
    app = FastAPI(
        title="Bookshop API",
        version="1.0.0",
        description="About the API",
        openapi_tags=[{"name": "books", "description": "The catalogue"}],
    )
    stale = {"old": {"summary": "Out of date", "value": {"title": "Emma", "price": 8}}}

    @app.post("/books", tags=["books"], summary="Add a book")
    async def add_book(book: Annotated[Book, Body(openapi_examples=stale)]) -> Book:
        """Adds a book to the catalogue."""
        if not book.title:
            raise HTTPException(409, "Duplicate")
        return book

    return app


def test_code_metadata_reaches_the_document() -> None:
    """Description, tag descriptions, summary and the docstring all appear in the document."""
    spec = book_app().openapi()
    assert spec["openapi"] == "3.1.0"
    assert spec["info"]["description"] == "About the API"
    assert spec["tags"] == [{"name": "books", "description": "The catalogue"}]
    operation = spec["paths"]["/books"]["post"]
    assert operation["summary"] == "Add a book"
    assert operation["description"] == "Adds a book to the catalogue."


def test_field_descriptions_and_examples_go_into_the_model_schema() -> None:
    """Field(description=..., examples=...) ends up in the model's JSON Schema."""
    title = book_app().openapi()["components"]["schemas"]["Book"]["properties"]["title"]
    assert title["description"] == "Title as printed"
    assert title["examples"] == ["Dune"]


def test_openapi_examples_are_published_without_validation() -> None:
    """FastAPI publishes openapi_examples as written, even one its own model would reject."""
    spec = book_app().openapi()
    examples = spec["paths"]["/books"]["post"]["requestBody"]["content"]["application/json"]
    assert examples["examples"]["old"]["value"] == {"title": "Emma", "price": 8}


def test_generated_responses_include_422_but_not_raised_errors() -> None:
    """FastAPI documents the 422 it adds, not an HTTPException raised inside the handler."""
    responses = book_app().openapi()["paths"]["/books"]["post"]["responses"]
    assert "422" in responses
    assert "409" not in responses
