"""Claims made on content/questions/filtering-sorting/; each fails if a release changes them."""

import sqlite3
from typing import Annotated, Literal

from asgi import call
from fastapi import FastAPI, Query, status
from pydantic import BaseModel, ConfigDict

PAGE = "filtering-sorting"


class StrictParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sort: Literal["name", "price", "-price"] = "name"
    fields: list[Literal["id", "name", "price"]] = ["id"]


class LooseParams(BaseModel):
    sort: Literal["name", "price", "-price"] = "name"


def app_with(model: type[BaseModel]) -> FastAPI:
    app = FastAPI()

    @app.get("/products")
    async def products(params: Annotated[model, Query()]) -> dict[str, object]:  # type: ignore[valid-type]
        return params.model_dump()

    return app


def products_db() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE products (id INTEGER PRIMARY KEY, category TEXT, price REAL)")
    db.executemany(
        "INSERT INTO products VALUES (?, ?, ?)",
        [(1, "office", 180.0), (2, "office", 2.5), (3, "kitchen", 9.0)],
    )
    return db


def test_a_literal_sort_rejects_anything_outside_the_allow_list() -> None:
    """A `Literal` sort key answers `sort=supplier_cost` with 422 `literal_error`."""
    response = call(app_with(StrictParams), "GET", "/products?sort=supplier_cost")
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert response.json()["detail"][0]["type"] == "literal_error"


def test_query_model_with_extra_forbid_rejects_unknown_parameters() -> None:
    """A query model with `extra="forbid"` (FastAPI 0.115.0+) turns `order_by=` into 422."""
    response = call(app_with(StrictParams), "GET", "/products?order_by=supplier_cost")
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert response.json()["detail"][0]["type"] == "extra_forbidden"


def test_unknown_query_parameters_are_ignored_by_default() -> None:
    """Without `extra="forbid"`, a misspelled `sortt=price` is silently ignored."""
    response = call(app_with(LooseParams), "GET", "/products?sortt=price")
    assert response.status_code == status.HTTP_200_OK
    assert response.json() == {"sort": "name"}


def test_a_list_field_reads_repeated_keys() -> None:
    """`fields=name&fields=price` arrives as a list; each item is checked against the set."""
    ok = call(app_with(StrictParams), "GET", "/products?fields=name&fields=price")
    assert ok.json()["fields"] == ["name", "price"]
    bad = call(app_with(StrictParams), "GET", "/products?fields=name&fields=supplier_cost")
    assert bad.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT


def test_a_bound_value_is_data_not_sql() -> None:
    """With a `?` placeholder, `office' OR '1'='1` is just a category that matches nothing."""
    sql = "SELECT id FROM products WHERE category = ?"
    assert products_db().execute(sql, ("office' OR '1'='1",)).fetchall() == []


def test_a_bound_like_value_is_still_a_pattern_until_escaped() -> None:
    """In `LIKE ?` a bound `%` matches every row; escaping it with an ESCAPE clause matches it
    literally."""
    db = products_db()
    db.execute("INSERT INTO products VALUES (4, '100% cotton', 5.0)")
    term = "%"
    assert len(db.execute("SELECT id FROM products WHERE category LIKE ?", (term,)).fetchall()) == 4
    literal = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    sql = "SELECT id FROM products WHERE category LIKE ? ESCAPE '\\'"
    assert db.execute(sql, (f"%{literal}%",)).fetchall() == [(4,)]


def test_order_by_placeholder_sorts_by_a_constant() -> None:
    """`ORDER BY ?` binds a value, not a column: the rows do not come back sorted by price."""
    db = products_db()
    by_price = db.execute("SELECT id FROM products ORDER BY price").fetchall()
    by_param = db.execute("SELECT id FROM products ORDER BY ?", ("price",)).fetchall()
    assert by_price == [(2,), (3,), (1,)]
    assert by_param != by_price


def test_fastapi_routes_query_method_but_openapi_omits_its_body() -> None:
    """`api_route(methods=["QUERY"])` validates the body; the OpenAPI document (3.1) puts the
    operation under a `query` key and leaves out its request body."""

    class Filter(BaseModel):
        category: str

    app = FastAPI()

    @app.api_route("/products", methods=["QUERY"])
    async def search(body: Filter) -> dict[str, str]:
        return {"category": body.category}

    response = call(app, "QUERY", "/products", json={"category": "office"})
    assert response.json() == {"category": "office"}
    schema = app.openapi()
    assert schema["openapi"].startswith("3.1")
    assert "requestBody" not in schema["paths"]["/products"]["query"]
