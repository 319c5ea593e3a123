"""Claims on content/questions/api-styles/; each fails if a release changes it."""

import pytest
from asgi import call
from fastapi import FastAPI, Response
from pydantic import ValidationError, validate_call

PAGE = "api-styles"


@validate_call
def add_item(cart_id: int, sku: str, quantity: int = 1) -> str:
    return f"{cart_id}:{sku}:{quantity}"


def test_validate_call_checks_params_against_hints() -> None:
    """Pydantic's `validate_call` accepts named or positional params and checks them by hint."""
    assert add_item(cart_id=1, sku="pen") == "1:pen:1"
    assert add_item(1, "ink", 2) == "1:ink:2"


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((), {"cart_id": "one", "sku": "pen"}), ((), {"cart_id": 1}), ((1, "pen"), {"color": "red"})],
    ids=["wrong type", "missing param", "unknown param"],
)
def test_validate_call_rejects_bad_params(args: tuple, kwargs: dict) -> None:
    """Wrong types, missing params and unknown params all raise ValidationError (-32602)."""
    with pytest.raises(ValidationError):
        add_item(*args, **kwargs)


def test_an_empty_204_response() -> None:
    """`Response(status_code=204)` from a FastAPI route sends an empty body."""
    app = FastAPI()

    @app.post("/rpc")
    async def rpc() -> Response:
        return Response(status_code=204)

    response = call(app, "POST", "/rpc")
    assert (response.status_code, response.content) == (204, b"")
