"""Claims made on content/questions/dependency-injection/; each fails if a release changes them."""

import asyncio
import threading
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any

import httpx
import pytest
from asgi import call
from fastapi import Depends, FastAPI, HTTPException, Query, Security, status
from fastapi.exceptions import DependencyScopeError
from fastapi.security import SecurityScopes
from starlette.types import Message, Receive, Scope, Send
from versions import release

PAGE = "dependency-injection"


def with_sent_marker(app: FastAPI, log: list[str]) -> Any:
    """Wraps the app so the log shows when the last body message went out."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        async def marked(message: Message) -> None:
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                log.append("sent")

        await app(scope, receive, marked)

    return wrapped


def test_one_call_per_request_unless_use_cache_false() -> None:
    """Two consumers share one result per request; `use_cache=False` calls again; the next
    request starts with an empty cache."""
    calls: list[int] = []

    async def provider() -> int:
        calls.append(1)
        return len(calls)

    async def consumer(value: Annotated[int, Depends(provider)]) -> int:
        return value

    app = FastAPI()

    @app.get("/")
    async def handler(
        a: Annotated[int, Depends(provider)],
        b: Annotated[int, Depends(consumer)],
        fresh: Annotated[int, Depends(provider, use_cache=False)],
    ) -> list[int]:
        return [a, b, fresh]

    assert call(app, "GET", "/").json() == [1, 1, 2]
    assert call(app, "GET", "/").json() == [3, 3, 4]


def test_cache_key_includes_scope_and_security_scopes() -> None:
    """The same provider declared with another `scope`, or other `Security` scopes, runs once
    per combination."""
    opened: list[str] = []

    async def session() -> AsyncIterator[int]:
        opened.append("open")
        yield 1

    seen: list[list[str]] = []

    async def user(security_scopes: SecurityScopes) -> int:
        seen.append(security_scopes.scopes)
        return 1

    app = FastAPI()

    @app.get("/scope")
    async def by_scope(
        a: Annotated[int, Depends(session)],
        b: Annotated[int, Depends(session, scope="function")],
    ) -> None: ...

    @app.get("/security")
    async def by_security(
        a: Annotated[int, Security(user, scopes=["read"])],
        b: Annotated[int, Security(user, scopes=["write"])],
        c: Annotated[int, Security(user, scopes=["read"])],
    ) -> None: ...

    call(app, "GET", "/scope")
    call(app, "GET", "/security")
    assert opened == ["open", "open"] and seen == [["read"], ["write"]]


def test_provider_parameters_are_validated_request_inputs() -> None:
    """A provider's own parameters come from the request, are validated (422) and documented."""

    async def pagination(limit: Annotated[int, Query(le=100)] = 10, offset: int = 0) -> tuple:
        return limit, offset

    app = FastAPI()

    @app.get("/items")
    async def items(page: Annotated[tuple, Depends(pagination)]) -> list[int]:
        return list(page)

    assert call(app, "GET", "/items?limit=5").json() == [5, 0]
    assert call(app, "GET", "/items?limit=500").status_code == 422
    names = [p["name"] for p in app.openapi()["paths"]["/items"]["get"]["parameters"]]
    assert names == ["limit", "offset"]


def test_def_providers_run_in_a_thread_async_ones_on_the_loop() -> None:
    """A `def` provider runs in the threadpool; an `async def` one on the event loop's thread."""
    threads: dict[str, str] = {}

    def sync_provider() -> None:
        threads["def"] = threading.current_thread().name

    async def async_provider() -> None:
        threads["async"] = threading.current_thread().name

    app = FastAPI(dependencies=[Depends(sync_provider), Depends(async_provider)])

    @app.get("/")
    async def handler() -> None:
        threads["handler"] = threading.current_thread().name

    call(app, "GET", "/")
    assert threads["async"] == threads["handler"] != threads["def"]


def test_yield_cleanup_timing_since_0_118_and_0_121() -> None:
    """By default (0.118+) the code after `yield` runs after the response is sent;
    `scope="function"` (0.121+) runs it before; an exception unwinds it before the error is sent."""
    assert release("fastapi") >= (0, 121)
    log: list[str] = []

    async def session() -> AsyncIterator[str]:
        log.append("open")
        try:
            yield "s"
        finally:
            log.append("closed")

    app = FastAPI()

    @app.get("/default")
    async def default(s: Annotated[str, Depends(session)]) -> str:
        return s

    @app.get("/function")
    async def function(s: Annotated[str, Depends(session, scope="function")]) -> str:
        return s

    @app.get("/fails")
    async def fails(s: Annotated[str, Depends(session)]) -> None:
        raise HTTPException(status.HTTP_404_NOT_FOUND)

    wrapped = with_sent_marker(app, log)
    for path, expected in [
        ("/default", ["open", "sent", "closed"]),
        ("/function", ["open", "closed", "sent"]),
        ("/fails", ["open", "closed", "sent"]),
    ]:
        log.clear()
        call(wrapped, "GET", path)
        assert log == expected, path


def test_request_scope_cannot_depend_on_function_scope() -> None:
    """A request-scoped dependency that depends on a function-scoped one is refused with
    DependencyScopeError when the route is declared."""

    async def inner() -> AsyncIterator[int]:
        yield 1

    async def outer(value: Annotated[int, Depends(inner, scope="function")]) -> AsyncIterator[int]:
        yield value

    app = FastAPI()
    with pytest.raises(DependencyScopeError):

        @app.get("/")
        async def handler(value: Annotated[int, Depends(outer)]) -> int:
            return value


def test_a_yield_dependency_that_swallows_the_exception_gives_a_500() -> None:
    """Catching the exception at `yield` without re-raising leaves no response: a 500."""

    rolled_back: list[bool] = []

    async def swallowing() -> AsyncIterator[int]:
        try:
            yield 1
        except Exception:
            rolled_back.append(True)  # rolls back, then forgets to re-raise

    app = FastAPI()

    @app.get("/")
    async def handler(value: Annotated[int, Depends(swallowing)]) -> None:
        raise HTTPException(status.HTTP_404_NOT_FOUND)

    async def request() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.get("/")

    assert asyncio.run(request()).status_code == 500 and rolled_back == [True]


def test_depends_on_a_called_provider_is_refused() -> None:
    """`Depends(get_db())` passes the generator, not the callable: TypeError at declaration."""

    async def get_db() -> AsyncIterator[int]:
        yield 1

    app = FastAPI()
    with pytest.raises(TypeError, match="not a callable"):

        @app.get("/")
        async def handler(db: Annotated[int, Depends(get_db())]) -> int:  # type: ignore[arg-type]
            return db


def concurrency_probe() -> tuple[dict[str, int], Callable[[], AsyncIterator[None]]]:
    """A yield dependency that records in `peak` how many of its calls ran at once."""
    running = {"now": 0, "peak": 0}

    async def slot() -> AsyncIterator[None]:
        running["now"] += 1
        running["peak"] = max(running["peak"], running["now"])
        await asyncio.sleep(0.01)
        yield
        running["now"] -= 1

    return running, slot


def test_max_concurrency_caps_calls_through_one_depends_since_0_163() -> None:
    """`Depends(provider, max_concurrency=n)` lets at most n calls run at once (0.163.0+)."""
    assert release("fastapi") >= (0, 163)
    running, slot = concurrency_probe()

    limited = Annotated[None, Depends(slot, max_concurrency=2)]
    app = FastAPI()

    @app.get("/")
    async def handler(token: limited) -> None: ...

    async def five_at_once() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            await asyncio.gather(*(client.get("/") for _ in range(5)))

    asyncio.run(five_at_once())
    assert running["peak"] == 2


def test_overrides_are_keyed_by_the_original_callable_and_reach_sub_dependencies() -> None:
    """`app.dependency_overrides[provider]` replaces it everywhere, sub-dependencies included."""

    async def gateway() -> str:
        return "real"

    async def service(gw: Annotated[str, Depends(gateway)]) -> str:
        return gw

    app = FastAPI()

    @app.get("/")
    async def handler(svc: Annotated[str, Depends(service)]) -> str:
        return svc

    app.dependency_overrides[gateway] = lambda: "fake"
    assert call(app, "GET", "/").json() == "fake"


def test_the_max_concurrency_limit_belongs_to_one_depends_object() -> None:
    """Two `Depends(..., max_concurrency=1)` objects keep separate limits; one shared alias
    keeps one limit across routes."""
    running, slot = concurrency_probe()

    shared = Annotated[None, Depends(slot, max_concurrency=1)]
    app = FastAPI()

    @app.get("/a")
    async def a(token: Annotated[None, Depends(slot, max_concurrency=1)]) -> None: ...

    @app.get("/b")
    async def b(token: Annotated[None, Depends(slot, max_concurrency=1)]) -> None: ...

    @app.get("/c")
    async def c(token: shared) -> None: ...

    @app.get("/d")
    async def d(token: shared) -> None: ...

    async def peak(paths: list[str]) -> int:
        running.update(now=0, peak=0)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            await asyncio.gather(*(client.get(path) for path in paths))
        return running["peak"]

    assert asyncio.run(peak(["/a", "/b"])) == 2  # separate objects, separate limits
    assert asyncio.run(peak(["/c", "/d"])) == 1  # one alias, one limit
