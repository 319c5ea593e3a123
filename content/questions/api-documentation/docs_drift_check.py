# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Documentation as data: check the generated OpenAPI document the way a CI test would."""

import asyncio
from typing import Annotated, Any

import httpx
from fastapi import Body, FastAPI, status
from pydantic import BaseModel, Field, ValidationError


class BookIn(BaseModel):
    title: str = Field(description="Title as printed on the cover", examples=["Dune"])
    price_cents: int = Field(ge=0, description="Price in euro cents")  # was `price` in v1


app = FastAPI(
    title="Bookshop API",
    version="2.3.0",
    description="Manage a bookshop's catalogue. Authenticate with a bearer token.",
    openapi_tags=[{"name": "books", "description": "The catalogue"}],
)
EXAMPLES = {
    "paperback": {"summary": "A paperback", "value": {"title": "Dune", "price_cents": 1299}},
    "old-client": {"summary": "Copied from the v1 guide", "value": {"title": "Emma", "price": 8}},
}


@app.post("/books", tags=["books"], summary="Add a book", status_code=status.HTTP_201_CREATED)
async def add_book(book: Annotated[BookIn, Body(openapi_examples=EXAMPLES)]) -> BookIn:
    """Add a book to the catalogue. Prices are integers in cents, never floats."""
    return book


@app.delete("/books/{book_id}", tags=["stock"], status_code=status.HTTP_204_NO_CONTENT)
async def remove_book(book_id: int) -> None:
    return None


def doc_problems(spec: dict[str, Any], models: dict[str, type[BaseModel]]) -> list[str]:
    """What a reader of the rendered docs would miss or be misled by."""
    problems, described = [], {tag["name"] for tag in spec.get("tags", [])}
    for path, operations in spec["paths"].items():
        for method, op in operations.items():
            where = f"{method.upper()} {path}:"
            if "description" not in op:
                problems.append(f"{where} no description")
            problems += [f"{where} tag {t!r} is not described" for t in set(op["tags"]) - described]
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            for name, example in body.get("examples", {}).items():
                model = models[body["schema"]["$ref"].rsplit("/", 1)[1]]
                try:
                    model.model_validate(example["value"])
                except ValidationError as error:
                    first = error.errors()[0]
                    problems.append(f"{where} example {name!r}: {first['loc']} {first['msg']}")
    return problems


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        spec = (await client.get("/openapi.json")).json()
    post = spec["paths"]["/books"]["post"]
    print("POST /books documents:", post["summary"], "|", post["description"])
    print("request examples:", list(post["requestBody"]["content"]["application/json"]["examples"]))
    problems = doc_problems(spec, {"BookIn": BookIn})
    print(*problems, sep="\n")
    assert len(problems) == 3  # a CI test would assert `problems == []` and fail the build


if __name__ == "__main__":
    asyncio.run(main())
