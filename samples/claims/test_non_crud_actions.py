"""Claims made on content/questions/non-crud-actions/; each fails if a release changes them."""

from asgi import call
from fastapi import FastAPI, status

PAGE = "non-crud-actions"


def test_custom_method_suffix_routes_with_the_id_alone() -> None:
    """A route written /orders/{order_id}:cancel matches /orders/4:cancel with order_id 4."""
    app = FastAPI()

    @app.post("/orders/{order_id}:cancel")
    async def cancel(order_id: int) -> dict[str, int]:
        return {"cancelled": order_id}

    assert call(app, "POST", "/orders/4:cancel").json() == {"cancelled": 4}


def test_an_earlier_plain_route_captures_the_custom_method() -> None:
    """Declared first, POST /orders/{order_id} swallows /orders/4:cancel and answers 422."""
    app = FastAPI()

    @app.post("/orders/{order_id}")
    async def update(order_id: int) -> dict[str, int]:
        return {"updated": order_id}

    @app.post("/orders/{order_id}:cancel")
    async def cancel(order_id: int) -> dict[str, int]:
        return {"cancelled": order_id}

    response = call(app, "POST", "/orders/4:cancel")
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert response.json()["detail"][0]["input"] == "4:cancel"


def test_int_convertor_keeps_the_plain_route_from_matching() -> None:
    """With {order_id:int} the plain route matches only digits, so order stops mattering."""
    app = FastAPI()

    @app.post("/orders/{order_id:int}")
    async def update(order_id: int) -> dict[str, int]:
        return {"updated": order_id}

    @app.post("/orders/{order_id}:cancel")
    async def cancel(order_id: int) -> dict[str, int]:
        return {"cancelled": order_id}

    assert call(app, "POST", "/orders/4:cancel").json() == {"cancelled": 4}
    assert call(app, "POST", "/orders/4").json() == {"updated": 4}


def test_stacked_decorators_register_one_function_on_two_paths() -> None:
    """Two @app.post decorators on one function serve both URLs with the same code."""
    app = FastAPI()

    @app.post("/orders/{order_id}/cancellation")
    @app.post("/orders/{order_id}:cancel")
    async def cancel(order_id: int) -> dict[str, int]:
        return {"cancelled": order_id}

    assert call(app, "POST", "/orders/4/cancellation").json() == {"cancelled": 4}
    assert call(app, "POST", "/orders/5:cancel").json() == {"cancelled": 5}
