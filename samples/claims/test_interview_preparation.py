"""Claims on content/questions/interview-preparation/; each fails if a release changes it."""

import warnings
from importlib.metadata import metadata, version
from typing import Annotated

import pytest
from asgi import call
from fastapi import Depends, FastAPI, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from pydantic.warnings import PydanticDeprecatedSince20

PAGE = "interview-preparation"


def test_fastapi_needs_python_3_11() -> None:
    """FastAPI needs Python 3.11 or newer since 0.162.6 (0.162.5 still allowed 3.10, per the
    Requires-Python PyPI lists for each release)."""
    assert tuple(int(part) for part in version("fastapi").split(".")[:3]) >= (0, 162, 6)
    assert metadata("fastapi")["Requires-Python"] == ">=3.11"


def test_missing_token_is_401_with_www_authenticate() -> None:
    """Since FastAPI 0.122.0 the security classes answer a missing credential with 401 and
    WWW-Authenticate (403 before)."""
    assert tuple(int(part) for part in version("fastapi").split(".")[:2]) >= (0, 122)
    app = FastAPI()
    bearer = HTTPBearer()

    @app.get("/me")
    async def me(creds: Annotated[HTTPAuthorizationCredentials, Depends(bearer)]) -> str:
        return creds.credentials

    response = call(app, "GET", "/me")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED
    assert response.headers["www-authenticate"] == "Bearer"


def test_on_event_is_deprecated_in_favor_of_lifespan() -> None:
    """`@app.on_event` is deprecated; lifespan replaces it."""
    app = FastAPI()
    with pytest.warns(DeprecationWarning, match="lifespan"):

        @app.on_event("startup")
        async def startup() -> None:
            pass


def test_pydantic_dict_is_deprecated_for_model_dump() -> None:
    """Pydantic v2 deprecates v1's `.dict()`; `model_dump()` replaces it."""

    class Book(BaseModel):
        title: str

    book = Book(title="Dune")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert book.model_dump() == {"title": "Dune"}
    with pytest.warns(PydanticDeprecatedSince20):
        book.dict()
