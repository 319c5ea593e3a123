"""Claims on content/questions/clean-api-code/; each fails if a release changes it."""

import threading
from importlib.util import find_spec
from typing import Annotated

import pytest
from asgi import call
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError, validate_call

PAGE = "clean-api-code"


def test_plain_python_ignores_hints() -> None:
    """Python does not check hints at run time: an `int` function runs with strings."""

    def add_days(start: int, days: int) -> int:
        return start + days

    assert add_days("20", "26") == "2026"  # type: ignore[arg-type]


def test_validate_call_enforces_and_converts() -> None:
    """Pydantic's `validate_call` reads the hints: "3" becomes 3, "three" is rejected."""

    @validate_call
    def add_days(start: int, days: int) -> int:
        return start + days

    assert add_days("3", 4) == 7  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        add_days("three", 4)  # type: ignore[arg-type]


def test_summary_from_name_description_from_docstring_cut_at_form_feed() -> None:
    """The function name becomes the summary, the docstring up to a form feed the description."""
    app = FastAPI()

    @app.get("/invoices/{invoice_id}")
    async def read_invoice(invoice_id: int) -> dict[str, int]:
        """Fetch one invoice.
        \f
        Hidden from the docs.
        """
        return {"id": invoice_id}

    operation = app.openapi()["paths"]["/invoices/{invoice_id}"]["get"]
    assert operation["summary"] == "Read Invoice"
    assert operation["description"] == "Fetch one invoice."


def test_raised_errors_are_not_documented_unless_declared() -> None:
    """A raised 409 is not inferred into OpenAPI; `responses=` declares it. Router tags apply."""
    app = FastAPI()
    router = APIRouter(prefix="/users", tags=["users"])

    @router.post("/a")
    async def undeclared(email: str) -> None:
        raise HTTPException(status.HTTP_409_CONFLICT)

    @router.post("/b", responses={409: {"description": "Email already registered"}})
    async def declared(email: str) -> None:
        raise HTTPException(status.HTTP_409_CONFLICT)

    app.include_router(router)
    paths = app.openapi()["paths"]
    assert sorted(paths["/users/a"]["post"]["responses"]) == ["200", "422"]
    assert "409" in paths["/users/b"]["post"]["responses"]
    assert paths["/users/a"]["post"]["tags"] == ["users"]


def test_fastapi_exception_handler_maps_a_domain_error() -> None:
    """`@app.exception_handler(EmailTaken)` turns a plain domain exception into a 409."""

    class EmailTaken(Exception):
        pass

    app = FastAPI()

    @app.exception_handler(EmailTaken)
    async def email_taken(request: Request, exc: EmailTaken) -> JSONResponse:
        return JSONResponse({"detail": "Email already registered"}, status.HTTP_409_CONFLICT)

    @app.post("/users")
    async def register() -> None:
        raise EmailTaken()

    assert call(app, "POST", "/users").status_code == status.HTTP_409_CONFLICT


def test_dependency_overrides_swap_the_service() -> None:
    """`app.dependency_overrides` replaces a dependency such as `get_service` in tests."""
    app = FastAPI()

    def get_service() -> str:
        return "real"

    @app.get("/which")
    async def which(service: Annotated[str, Depends(get_service)]) -> str:
        return service

    app.dependency_overrides[get_service] = lambda: "fake"
    assert call(app, "GET", "/which").json() == "fake"


@pytest.mark.skipif(find_spec("email_validator") is not None, reason="email-validator installed")
def test_email_str_needs_email_validator() -> None:
    """Pydantic's `EmailStr` needs the email-validator package."""
    from pydantic import EmailStr

    with pytest.raises(ImportError):

        class Registration(BaseModel):
            email: EmailStr


def test_def_handlers_run_in_a_worker_thread() -> None:
    """FastAPI runs a plain `def` handler in a worker thread, so blocking calls spare the loop."""
    app = FastAPI()

    @app.get("/thread")
    def which_thread() -> bool:
        return threading.current_thread() is threading.main_thread()

    assert call(app, "GET", "/thread").json() is False
