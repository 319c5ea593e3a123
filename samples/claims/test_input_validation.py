"""Claims made on content/questions/input-validation/; each fails if a release changes them."""

import importlib.util
import re
from typing import Annotated, Any

import httpx
import pytest
from asgi import call
from asgi import call_unraised as call_500
from fastapi import FastAPI, Request, status
from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    field_validator,
)
from pydantic_core import SchemaError
from versions import release

PAGE = "input-validation"


def post_json(app: FastAPI, url: str, body: str) -> httpx.Response:
    return call_500(app, "POST", url, content=body, headers={"Content-Type": "application/json"})


class SignUp(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: Annotated[str, StringConstraints(max_length=20, pattern=r"^[a-z0-9_]+$")]
    age: Annotated[int, Field(ge=18, le=120)]


class Amount(BaseModel):
    value: float


def echo_app(model: type[BaseModel]) -> FastAPI:
    app = FastAPI()

    @app.post("/items")
    async def create(item: model) -> dict[str, str]:  # type: ignore[valid-type]
        return {"received": repr(item)}

    return app


def test_invalid_body_is_a_422_listing_every_error_before_the_handler_runs() -> None:
    """Declared constraints fail before your code runs; one 422 lists every problem."""
    calls: list[SignUp] = []
    app = FastAPI()

    @app.post("/signup")
    async def signup(user: SignUp) -> None:
        calls.append(user)

    bad = {"username": "x' OR 1=1", "age": 12, "is_admin": True}
    response = call(app, "POST", "/signup", json=bad)
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    types = [error["type"] for error in response.json()["detail"]]
    assert types == ["string_pattern_mismatch", "greater_than_equal", "extra_forbidden"]
    assert all("input" in error for error in response.json()["detail"])  # the input is echoed
    assert calls == []


def test_value_error_in_a_handler_is_a_bare_500_but_in_a_validator_a_422() -> None:
    """A ValueError raised in the handler is a plain 500; in a validator it is a 422 entry."""

    class Age(BaseModel):
        age: int

        @field_validator("age")
        @classmethod
        def adult(cls, age: int) -> int:
            if age < 18:
                raise ValueError("must be at least 18")
            return age

    app = FastAPI()

    @app.post("/validated")
    async def validated(body: Age) -> Age:
        return body

    @app.post("/handler")
    async def handler(body: dict[str, int]) -> dict[str, int]:
        if body["age"] < 18:
            raise ValueError("must be at least 18")
        return body

    in_handler = call_500(app, "POST", "/handler", json={"age": 12})
    assert in_handler.status_code == status.HTTP_500_INTERNAL_SERVER_ERROR
    assert in_handler.text == "Internal Server Error"
    in_validator = call(app, "POST", "/validated", json={"age": 12})
    assert in_validator.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert in_validator.json()["detail"][0]["type"] == "value_error"


def test_extra_keys_are_dropped_unless_forbidden() -> None:
    """Pydantic drops unknown keys by default; extra="forbid" refuses them."""

    class Loose(BaseModel):
        name: str

    assert Loose.model_validate({"name": "a", "is_admin": True}).model_dump() == {"name": "a"}
    with pytest.raises(ValidationError) as caught:
        SignUp.model_validate({"username": "ada", "age": 30, "is_admin": True})
    assert caught.value.errors()[0]["type"] == "extra_forbidden"


def test_lax_mode_coerces_numeric_strings_and_strict_mode_refuses_them() -> None:
    """Lax mode turns the JSON string "36" into 36; strict=True refuses it."""

    class Strict(BaseModel):
        model_config = ConfigDict(strict=True)
        age: int

    class Lax(BaseModel):
        age: int

    assert Lax.model_validate_json('{"age": "36"}').age == 36
    with pytest.raises(ValidationError):
        Strict.model_validate_json('{"age": "36"}')


def test_default_regex_engine_has_no_lookaround_and_fails_at_class_definition() -> None:
    """The Rust engine has no lookarounds; such a pattern fails when the model is defined."""
    with pytest.raises(SchemaError):

        class Handle(BaseModel):
            name: Annotated[str, StringConstraints(pattern=r"^(?!admin)[a-z]+$")]

    class PythonHandle(BaseModel):
        model_config = ConfigDict(regex_engine="python-re")
        name: Annotated[str, StringConstraints(pattern=r"^(?!admin)[a-z]+$")]

    assert PythonHandle(name="ada").name == "ada"


def test_rust_dollar_refuses_a_trailing_newline_that_python_re_accepts() -> None:
    """Rust's $ matches only at the end; Python's re lets $ match before a final newline."""
    rust = TypeAdapter(Annotated[str, StringConstraints(pattern=r"^[a-z]+$")])
    with pytest.raises(ValidationError):
        rust.validate_python("ada\n")
    assert re.match(r"^[a-z]+$", "ada\n")

    class PythonRe(BaseModel):
        model_config = ConfigDict(regex_engine="python-re")
        name: Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]

    assert PythonRe(name="ada\n").name == "ada\n"


def test_digit_and_word_classes_are_unicode_aware() -> None:
    r"""\d matches Arabic-Indic digits and \w full-width letters; [0-9] and [a-z] stay ASCII."""
    digits = TypeAdapter(Annotated[str, StringConstraints(pattern=r"^\d+$")])
    word = TypeAdapter(Annotated[str, StringConstraints(pattern=r"^\w+$")])
    ascii_digits = TypeAdapter(Annotated[str, StringConstraints(pattern=r"^[0-9]+$")])
    assert digits.validate_python("\u0661\u0662\u0663") == "١٢٣"
    assert word.validate_python("\uff41\uff44\uff4d\uff49\uff4e") == "ａｄｍｉｎ"
    with pytest.raises(ValidationError):
        ascii_digits.validate_python("١٢٣")


def test_pydantic_does_not_normalize_unicode() -> None:
    """Pydantic keeps the code points it was sent: full-width "ａｄｍｉｎ" stays full-width."""
    name = TypeAdapter(str).validate_python("ａｄｍｉｎ")
    assert name == "ａｄｍｉｎ" and name != "admin"


def test_float_fields_accept_nan_and_infinity_by_default() -> None:
    """The JSON tokens NaN and Infinity, the strings "nan" and "inf", and 1e999 all get through."""
    app = echo_app(Amount)
    for body, expected in [
        ('{"value": NaN}', "nan"),
        ('{"value": Infinity}', "inf"),
        ('{"value": "nan"}', "nan"),
        ('{"value": "inf"}', "inf"),
        ('{"value": 1e999}', "inf"),
    ]:
        response = post_json(app, "/items", body)
        assert response.status_code == status.HTTP_200_OK, body
        assert response.json() == {"received": f"Amount(value={expected})"}, body


def test_nan_and_infinity_are_written_as_null() -> None:
    """Pydantic writes NaN and Infinity as null in JSON output."""
    assert Amount(value=float("nan")).model_dump_json() == '{"value":null}'
    assert Amount(value=float("inf")).model_dump_json() == '{"value":null}'


def test_bounds_and_allow_inf_nan_refuse_non_finite_numbers() -> None:
    """Field(ge=0, le=1000) refuses NaN and Infinity; allow_inf_nan=False refuses them anywhere."""

    class Bounded(BaseModel):
        value: Annotated[float, Field(ge=0, le=1000)]

    class Finite(BaseModel):
        model_config = ConfigDict(allow_inf_nan=False)
        value: float

    for value in (float("nan"), float("inf")):
        with pytest.raises(ValidationError):
            Bounded(value=value)
        with pytest.raises(ValidationError) as caught:
            Finite(value=value)
        assert caught.value.errors()[0]["type"] == "finite_number"


def test_default_422_handler_turns_a_rejected_nan_into_a_500() -> None:
    """FastAPI's default handler echoes the NaN input, cannot serialize it, and answers 500."""

    class Finite(BaseModel):
        model_config = ConfigDict(allow_inf_nan=False)
        value: float

    app = echo_app(Finite)
    assert post_json(app, "/items", '{"value": NaN}').status_code == 500
    assert post_json(echo_app(Amount), "/items", "[NaN]").status_code == 500
    assert post_json(app, "/items", '{"value": "x"}').status_code == 422


def test_a_handler_without_input_keeps_the_nan_case_a_422() -> None:
    """A RequestValidationError handler that drops "input" answers 422 for the same body."""
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse

    class Finite(BaseModel):
        model_config = ConfigDict(allow_inf_nan=False)
        value: float

    app = echo_app(Finite)

    @app.exception_handler(RequestValidationError)
    async def failed(request: Request, exc: RequestValidationError) -> JSONResponse:
        detail = [{key: error[key] for key in ("type", "loc", "msg")} for error in exc.errors()]
        return JSONResponse({"detail": detail}, status.HTTP_422_UNPROCESSABLE_CONTENT)

    response = post_json(app, "/items", '{"value": NaN}')
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert response.json()["detail"][0]["type"] == "finite_number"


def test_max_body_size_answers_413_since_fastapi_0_164() -> None:
    """Since FastAPI 0.164 max_body_size caps a body (413); without it there is no limit."""
    assert release("fastapi") >= (0, 164)
    limited = FastAPI(max_body_size=1024)
    unlimited = FastAPI()
    for app in (limited, unlimited):

        @app.post("/notes")
        async def note(request: Request) -> dict[str, int]:
            return {"bytes": len(await request.body())}

    big = b"x" * 100_000
    assert call(limited, "POST", "/notes", content=big).status_code == 413
    assert call(unlimited, "POST", "/notes", content=big).json() == {"bytes": 100_000}


def form_app(**settings: Any) -> FastAPI:
    app = FastAPI(**settings)

    @app.post("/form")
    async def form(request: Request) -> dict[str, int]:
        return {"fields": len(await request.form())}

    return app


def test_starlette_form_parser_has_default_limits() -> None:
    """Over 1,000 fields, over 1,000 files or a non-file part over 1 MiB (1,048,576 bytes) is a
    400; exactly 1 MiB passes."""
    app = form_app()
    fields = call(app, "POST", "/form", data={f"k{i}": "v" for i in range(1001)})
    files = call(app, "POST", "/form", files=[("f", (f"{i}.txt", b"x")) for i in range(1001)])
    part = call(app, "POST", "/form", files={"note": (None, "v" * (1024 * 1024 + 1))})
    for response in (fields, files, part):
        assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert call(app, "POST", "/form", data={f"k{i}": "v" for i in range(1000)}).status_code == 200
    exact = call(app, "POST", "/form", files={"note": (None, "v" * 1024 * 1024)})
    assert exact.status_code == 200


def test_form_limits_changes_them_since_fastapi_0_165() -> None:
    """Since FastAPI 0.165, form_limits sets the numbers for automatic form parsing."""
    assert release("fastapi") >= (0, 165)
    from fastapi import Form

    app = FastAPI(form_limits={"max_fields": 2})

    @app.post("/login")
    async def login(user: Annotated[str, Form()], password: Annotated[str, Form()]) -> None:
        return None

    ok = call(app, "POST", "/login", data={"user": "a", "password": "b"})
    too_many = call(app, "POST", "/login", data={"user": "a", "password": "b", "x": "c"})
    assert ok.status_code == 200
    assert too_many.status_code == status.HTTP_400_BAD_REQUEST


def test_form_limits_do_not_reach_a_handlers_own_request_form() -> None:
    """form_limits covers the forms FastAPI parses for Form() and File() parameters; a handler's
    own `await request.form()` keeps Starlette's defaults."""
    from fastapi import Form

    app = FastAPI(form_limits={"max_fields": 2})

    @app.post("/manual")
    async def manual(request: Request) -> int:
        return len(await request.form())

    @app.post("/auto")
    async def auto(a: Annotated[str, Form()], b: Annotated[str, Form()]) -> None:
        return None

    three = {"a": "1", "b": "2", "c": "3"}
    assert call(app, "POST", "/manual", data=three).json() == 3
    assert call(app, "POST", "/auto", data=three).status_code == status.HTTP_400_BAD_REQUEST


def test_email_str_needs_the_email_validator_package() -> None:
    """EmailStr works only when email-validator is installed."""
    if importlib.util.find_spec("email_validator") is None:
        with pytest.raises(ImportError):

            class Contact(BaseModel):
                email: EmailStr

    else:

        class Contact(BaseModel):
            email: EmailStr

        with pytest.raises(ValidationError):
            Contact(email="not-an-address")
