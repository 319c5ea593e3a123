"""Claims made on content/questions/fastapi-routing/; each fails if a release changes them."""

from asgi import call
from fastapi import FastAPI, status

PAGE = "fastapi-routing"


def test_405_allow_header_comes_from_the_first_route_whose_path_matches() -> None:
    """With one handler per method on a path, a 405's Allow lists only the first route's methods."""
    app = FastAPI()

    @app.get("/items/{item_id}")
    async def read(item_id: int) -> dict[str, int]:
        return {"id": item_id}

    @app.put("/items/{item_id}")
    async def replace(item_id: int) -> dict[str, int]:
        return {"id": item_id}

    response = call(app, "DELETE", "/items/1")
    assert response.status_code == status.HTTP_405_METHOD_NOT_ALLOWED
    assert response.headers["allow"] == "GET"


def test_path_parameters_are_converted_by_the_annotation() -> None:
    """An `int` path parameter that is not a number is a 422, not a 404."""
    app = FastAPI()

    @app.get("/items/{item_id}")
    async def read(item_id: int) -> dict[str, int]:
        return {"id": item_id}

    assert call(app, "GET", "/items/7").json() == {"id": 7}
    assert call(app, "GET", "/items/seven").status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
