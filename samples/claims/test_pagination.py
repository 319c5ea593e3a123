"""Claims made on content/questions/pagination/; each fails if a release changes them."""

from typing import Annotated

import httpx
from asgi import call
from fastapi import FastAPI, Query, status
from pydantic import BaseModel, Field
from starlette.datastructures import URL

PAGE = "pagination"


def paged_app() -> FastAPI:
    app = FastAPI()

    @app.get("/posts")
    async def posts(
        limit: Annotated[int, Query(ge=1, le=100)] = 20,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, int]:
        return {"limit": limit, "offset": offset}

    return app


def test_query_bounds_reject_an_oversized_limit_with_422_before_the_handler() -> None:
    """`Query(le=100)` answers `limit=1000` with 422, error type `less_than_equal`."""
    response = call(paged_app(), "GET", "/posts?limit=1000")
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    error = response.json()["detail"][0]
    assert error["type"] == "less_than_equal" and error["loc"] == ["query", "limit"]


def test_query_bounds_reject_a_negative_offset() -> None:
    """`Query(ge=0)` turns `offset=-5` into a 422 instead of a database error."""
    response = call(paged_app(), "GET", "/posts?offset=-5")
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert response.json()["detail"][0]["type"] == "greater_than_equal"


class Paging(BaseModel):
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0)


def test_paging_parameters_can_be_one_query_model() -> None:
    """Since FastAPI 0.115.0 a Pydantic model declared with `Query()` groups query parameters."""
    app = FastAPI()

    @app.get("/posts")
    async def posts(paging: Annotated[Paging, Query()]) -> Paging:
        return paging

    assert call(app, "GET", "/posts?limit=3&offset=6").json() == {"limit": 3, "offset": 6}
    assert call(app, "GET", "/posts?limit=0").status_code == status.HTTP_422_UNPROCESSABLE_CONTENT


def test_httpx_parses_the_link_header_into_links_keyed_by_rel() -> None:
    """httpx parses `Link` into `response.links`, keyed by `rel`; no `next` means the last page."""
    link = '<https://api.example/posts?offset=6>; rel="next", '
    link += '<https://api.example/posts?offset=0>; rel="prev"'
    response = httpx.Response(200, headers={"Link": link})
    assert response.links["next"]["url"] == "https://api.example/posts?offset=6"
    assert response.links["prev"]["url"] == "https://api.example/posts?offset=0"
    assert "next" not in httpx.Response(200, headers={"Link": '</posts>; rel="prev"'}).links


def test_include_query_params_replaces_one_parameter_and_keeps_the_rest() -> None:
    """Starlette's `URL.include_query_params` changes `offset` and keeps the client's filters."""
    url = URL("https://api.example/posts?status=open&limit=3&offset=3")
    assert str(url.include_query_params(offset=6)) == (
        "https://api.example/posts?status=open&limit=3&offset=6"
    )
