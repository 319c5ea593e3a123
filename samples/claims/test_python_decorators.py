"""Claims on content/questions/python-decorators/; each fails if a release breaks it."""

import functools
import inspect
import sys
import threading
from typing import Any

import pytest
from asgi import call
from fastapi import FastAPI, Request, status
from fastapi.exceptions import ResponseValidationError

PAGE = "python-decorators"


def passthrough(func: Any) -> Any:
    @functools.wraps(func)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    return wrapper


def test_wraps_sets_wrapped_and_signature_follows_it() -> None:
    """`functools.wraps` sets `__wrapped__`, and `inspect.signature` reports the original's."""

    def original(item_id: int, q: str = "x") -> None: ...

    wrapped = passthrough(original)
    assert wrapped.__wrapped__ is original
    assert wrapped.__name__ == "original"
    assert str(inspect.signature(wrapped)) == "(item_id: int, q: str = 'x') -> None"


def test_without_wraps_args_and_kwargs_become_required_query_parameters() -> None:
    """A bare `(*args, **kwargs)` wrapper makes FastAPI ask for query parameters args and kwargs."""

    def bare(func: Any) -> Any:
        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            return await func(*args, **kwargs)

        return wrapper

    app = FastAPI()

    @app.get("/items/{item_id}")
    @bare
    async def read(item_id: int) -> dict[str, int]:
        return {"id": item_id}

    response = call(app, "GET", "/items/7")
    assert response.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT
    assert [e["loc"] for e in response.json()["detail"]] == [["query", "args"], ["query", "kwargs"]]


def test_route_decorator_registers_and_returns_the_function_unchanged() -> None:
    """`@app.get(...)` registers what it receives and returns it as is, so it must be outermost."""
    app = FastAPI()

    async def read() -> dict[str, bool]:
        return {"ok": True}

    assert app.get("/x")(read) is read


def test_sync_wrapper_around_async_endpoint_is_awaited() -> None:
    """Since FastAPI 0.123.5 it looks through `__wrapped__`, sees `async def` and awaits the
    result, so the sync wrapper has returned before the body runs."""
    events: list[str] = []

    def logged(func: Any) -> Any:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            result = func(*args, **kwargs)
            events.append("wrapper returned")
            return result

        return wrapper

    app = FastAPI()

    @app.get("/x")
    @logged
    async def read() -> dict[str, bool]:
        events.append("body ran")
        return {"ok": True}

    assert call(app, "GET", "/x").json() == {"ok": True}
    assert events == ["wrapper returned", "body ran"]


def test_async_wrapper_moves_a_def_endpoint_onto_the_event_loop() -> None:
    """An `async def` wrapper on a `def` endpoint makes FastAPI run it on the loop, off the pool."""
    app = FastAPI()

    @app.get("/plain")
    def plain() -> dict[str, bool]:
        return {"main_thread": threading.current_thread() is threading.main_thread()}

    @app.get("/wrapped")
    @passthrough
    def wrapped() -> dict[str, bool]:
        return {"main_thread": threading.current_thread() is threading.main_thread()}

    assert call(app, "GET", "/plain").json() == {"main_thread": False}
    assert call(app, "GET", "/wrapped").json() == {"main_thread": True}


def test_stacked_decorators_apply_bottom_up() -> None:
    """The decorator nearest the `def` is applied first; the top one wraps the result."""
    order: list[str] = []

    def tag(name: str) -> Any:
        def decorator(func: Any) -> Any:
            order.append(name)
            return func

        return decorator

    @tag("top")
    @tag("bottom")
    def f() -> None: ...

    assert order == ["bottom", "top"]


def test_a_wrapper_that_drops_the_result_returns_null_or_fails_the_response_model() -> None:
    """A wrapper that forgets `return` makes the route send `null`, or a 500 against a model."""

    def forgetful(func: Any) -> Any:
        @functools.wraps(func)
        async def wrapper(*args: Any, **kwargs: Any) -> None:
            await func(*args, **kwargs)

        return wrapper

    app = FastAPI()

    @app.get("/untyped")
    @forgetful
    async def untyped() -> Any:
        return {"ok": True}

    @app.get("/typed")
    @forgetful
    async def typed() -> dict[str, bool]:
        return {"ok": True}

    untyped_response = call(app, "GET", "/untyped")
    assert (untyped_response.status_code, untyped_response.json()) == (200, None)
    with pytest.raises(ResponseValidationError):  # a server turns this into a 500
        call(app, "GET", "/typed")


def test_what_wraps_copies_depends_on_the_python_version() -> None:
    """`wraps` copies module, name, qualname, docstring and annotations; `__type_params__` since
    3.12; on 3.14 `__annotate__` (the lazy form) instead of `__annotations__`."""
    expected = {"__module__", "__name__", "__qualname__", "__doc__"}
    expected.add("__annotate__" if sys.version_info >= (3, 14) else "__annotations__")
    if sys.version_info >= (3, 12):
        expected.add("__type_params__")
    assert set(functools.WRAPPER_ASSIGNMENTS) == expected
    assert functools.WRAPPER_UPDATES == ("__dict__",)


def test_a_wrapper_gets_the_request_only_by_rewriting_its_signature() -> None:
    """With `wraps` alone FastAPI passes only the original's parameters; setting
    `wrapper.__signature__` (preferred over `__wrapped__`) can add a `Request` parameter."""
    seen: list[str] = []

    def with_request(func: Any) -> Any:
        @functools.wraps(func)
        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            seen.append(", ".join(sorted(kwargs)))
            kwargs.pop("request", None)
            return await func(*args, **kwargs)

        return wrapper

    def adding_request(func: Any) -> Any:
        wrapper = with_request(func)
        signature = inspect.signature(func)
        extra = inspect.Parameter("request", inspect.Parameter.KEYWORD_ONLY, annotation=Request)
        parameters = [*signature.parameters.values(), extra]
        wrapper.__signature__ = signature.replace(parameters=parameters)
        return wrapper

    app = FastAPI()

    @app.get("/plain/{item_id}")
    @with_request
    async def plain(item_id: int) -> dict[str, int]:
        return {"id": item_id}

    @app.get("/rewritten/{item_id}")
    @adding_request
    async def rewritten(item_id: int) -> dict[str, int]:
        return {"id": item_id}

    assert call(app, "GET", "/plain/7").json() == {"id": 7}
    assert call(app, "GET", "/rewritten/7").json() == {"id": 7}
    assert seen == ["item_id", "item_id, request"]
