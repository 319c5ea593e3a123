"""Claims made on content/questions/bulk-operations/; each fails if a release changes them."""

from importlib.metadata import version
from typing import Annotated, Any

from asgi import call
from fastapi import APIRouter, Body, FastAPI, status
from pydantic import BaseModel, Field

PAGE = "bulk-operations"


class Product(BaseModel):
    sku: str
    price: int = Field(gt=0)


def test_one_invalid_item_fails_a_typed_list_body_as_a_whole() -> None:
    """A list[Product] body is validated as one value: one bad item makes the whole request 422."""
    app = FastAPI()
    created: list[str] = []

    @app.post("/products/batch")
    async def create(items: list[Product]) -> int:
        created.extend(item.sku for item in items)
        return len(items)

    response = call(
        app,
        "POST",
        "/products/batch",
        json=[{"sku": "pen", "price": 2}, {"sku": "ink", "price": -1}],
    )
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert response.json()["detail"][0]["loc"] == ["body", 1, "price"]
    assert created == []


def test_body_max_length_caps_the_number_of_items_with_422() -> None:
    """Body(max_length=N) answers a longer batch with 422 too_long, echoing the whole input."""
    app = FastAPI()

    @app.post("/products/batch")
    async def create(items: Annotated[list[dict[str, Any]], Body(max_length=2)]) -> int:
        return len(items)

    batch = [{"sku": str(n)} for n in range(3)]
    response = call(app, "POST", "/products/batch", json=batch)
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    error = response.json()["detail"][0]
    assert error["type"] == "too_long"
    assert error["input"] == batch


def test_max_body_size_answers_413_at_app_router_and_route_level_since_0_164() -> None:
    """Since FastAPI 0.164.0 max_body_size on the app, a router or a route refuses with 413."""
    assert tuple(int(part) for part in version("fastapi").split(".")[:2]) >= (0, 164)
    route_level = FastAPI()
    app_level = FastAPI(max_body_size=100)
    router = APIRouter(max_body_size=100)
    router_level = FastAPI()

    async def create(items: list[Product]) -> int:
        return len(items)

    route_level.post("/products/batch", max_body_size=100)(create)
    app_level.post("/products/batch")(create)
    router.post("/products/batch")(create)
    router_level.include_router(router)
    small = [{"sku": "pen", "price": 2}]
    for app in (route_level, app_level, router_level):
        assert call(app, "POST", "/products/batch", json=small).status_code == status.HTTP_200_OK
        response = call(app, "POST", "/products/batch", json=small * 10)
        assert response.status_code == status.HTTP_413_CONTENT_TOO_LARGE


def test_openapi_extra_documents_the_item_schema_of_a_raw_body() -> None:
    """With a list[dict] body, openapi_extra puts the item schema back into the OpenAPI document."""
    app = FastAPI()
    schema = {"type": "array", "items": Product.model_json_schema(), "maxItems": 100}

    @app.post(
        "/products/batch",
        openapi_extra={"requestBody": {"content": {"application/json": {"schema": schema}}}},
    )
    async def create(items: Annotated[list[dict[str, Any]], Body(max_length=100)]) -> int:
        return len(items)

    body = app.openapi()["paths"]["/products/batch"]["post"]["requestBody"]
    assert (
        body["content"]["application/json"]["schema"]["items"]["properties"]["price"][
            "exclusiveMinimum"
        ]
        == 0
    )


def test_sqlalchemy_begin_nested_rolls_back_one_item_only() -> None:
    """session.begin_nested() wraps an item in a SAVEPOINT; a failure rolls back that item alone."""
    from sqlalchemy import String, create_engine, event, select
    from sqlalchemy.exc import IntegrityError
    from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

    class Base(DeclarativeBase):
        pass

    class Row(Base):
        __tablename__ = "products"
        sku: Mapped[str] = mapped_column(String, primary_key=True)

    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    statements: list[str] = []
    event.listen(
        engine, "before_cursor_execute", lambda *args: statements.append(args[2].split()[0])
    )
    with Session(engine) as session:
        for sku in ["pen", "pen", "pad"]:
            try:
                with session.begin_nested():
                    session.add(Row(sku=sku))
            except IntegrityError:
                pass
        session.commit()
        assert session.scalars(select(Row.sku).order_by(Row.sku)).all() == ["pad", "pen"]
    assert statements.count("SAVEPOINT") == 3
    assert statements.count("ROLLBACK") == 1
