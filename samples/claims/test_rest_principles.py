"""Claims made on content/questions/rest-principles/; each fails if a release changes them."""

from typing import Annotated

from asgi import call
from fastapi import Depends, FastAPI, Response, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

PAGE = "rest-principles"

Credentials = Annotated[HTTPAuthorizationCredentials, Depends(HTTPBearer())]


def notes_app() -> FastAPI:
    app = FastAPI()

    @app.post("/notes", status_code=status.HTTP_201_CREATED)
    async def create(credentials: Credentials, response: Response) -> dict[str, int]:
        response.headers["Location"] = "/notes/1"
        return {"id": 1}

    @app.get("/notes/{note_id}")
    async def read(note_id: int, credentials: Credentials, response: Response) -> dict[str, str]:
        response.headers["Cache-Control"] = "private, max-age=60"
        return {"owner": credentials.credentials}

    return app


def test_http_bearer_answers_missing_credentials_with_401_and_a_bearer_challenge() -> None:
    """Since FastAPI 0.122.0, `HTTPBearer` answers missing credentials with 401 and a Bearer
    challenge (older releases sent 403)."""
    response = call(notes_app(), "GET", "/notes/1")
    assert response.status_code == status.HTTP_401_UNAUTHORIZED
    assert response.headers["www-authenticate"] == "Bearer"


def test_each_request_carries_its_own_credentials() -> None:
    """The token in the request identifies the caller; nothing from an earlier request is kept."""
    app = notes_app()
    auth = {"Authorization": "Bearer tok-alice"}
    assert call(app, "GET", "/notes/1", headers=auth).json() == {"owner": "tok-alice"}
    assert call(app, "GET", "/notes/1").status_code == status.HTTP_401_UNAUTHORIZED


def test_headers_set_on_the_injected_response_reach_the_client() -> None:
    """`Location` on the 201 and `Cache-Control: private` on the read come through as set."""
    auth = {"Authorization": "Bearer tok-alice"}
    created = call(notes_app(), "POST", "/notes", headers=auth)
    assert created.status_code == status.HTTP_201_CREATED
    assert created.headers["location"] == "/notes/1"
    read = call(notes_app(), "GET", "/notes/1", headers=auth)
    assert read.headers["cache-control"] == "private, max-age=60"
