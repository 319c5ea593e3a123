"""Claims made on content/questions/resource-urls/; each fails if a release changes them."""

from asgi import call
from fastapi import FastAPI, status

PAGE = "resource-urls"


def orders_app(**settings: bool) -> FastAPI:
    app = FastAPI(**settings)

    @app.get("/orders")
    async def list_orders() -> list[int]:
        return [101]

    @app.get("/files/{name}")
    async def read_file(name: str) -> dict[str, str]:
        return {"name": name}

    return app


def test_trailing_slash_answers_307_to_the_other_form() -> None:
    """With redirect_slashes on (the default), /orders/ gets a 307 whose Location is /orders."""
    response = call(orders_app(), "GET", "/orders/")
    assert response.status_code == status.HTTP_307_TEMPORARY_REDIRECT
    assert response.headers["location"] == "http://test/orders"


def test_redirect_location_uses_the_scheme_and_host_the_app_sees() -> None:
    """The Location is absolute, built from the scheme and Host of the request the app sees."""
    app = orders_app()
    for scheme in ("http", "https"):
        response = call(app, "GET", f"{scheme}://api.example/orders/")
        assert response.headers["location"] == f"{scheme}://api.example/orders"


def test_redirect_slashes_false_gives_404() -> None:
    """FastAPI(redirect_slashes=False) answers the other form with 404 instead of redirecting."""
    assert call(orders_app(redirect_slashes=False), "GET", "/orders/").status_code == 404


def test_paths_are_matched_case_sensitively() -> None:
    """/Orders does not match a route declared as /orders."""
    assert call(orders_app(), "GET", "/Orders").status_code == status.HTTP_404_NOT_FOUND


def test_percent_encoded_slash_is_decoded_before_routing() -> None:
    """An id containing %2F is decoded to '/' before matching, so {name} no longer matches: 404."""
    app = orders_app()
    assert call(app, "GET", "/files/a%2Fb").status_code == status.HTTP_404_NOT_FOUND
    assert call(app, "GET", "/files/a%20b").json() == {"name": "a b"}


def test_httpx_does_not_follow_redirects_by_default() -> None:
    """httpx returns the 307 itself unless follow_redirects=True."""
    response = call(orders_app(), "GET", "/orders/")
    assert response.status_code == status.HTTP_307_TEMPORARY_REDIRECT
    followed = call(orders_app(), "GET", "/orders/", follow_redirects=True)
    assert followed.status_code == status.HTTP_200_OK
    assert followed.json() == [101]
