"""Claims made on content/questions/background-tasks/; each fails if a release changes them."""

import asyncio
import threading
from collections.abc import Callable, Iterator
from typing import Annotated, Any

import anyio.to_thread
import httpx
import uvicorn
from fastapi import BackgroundTasks, Depends, FastAPI, Response, status
from opentelemetry.trace import StatusCode
from otel_memory import MemoryTracerProvider
from starlette.background import BackgroundTask
from starlette.types import Message, Receive, Scope, Send

PAGE = "background-tasks"


def post(app: Any, path: str, events: list[str]) -> httpx.Response:
    """POST through an ASGI wrapper that logs when the last body chunk has been sent."""

    async def logged(scope: Scope, receive: Receive, send: Send) -> None:
        async def send_and_log(message: Message) -> None:
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                events.append("response sent")

        await app(scope, receive, send_and_log)

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=logged, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.post(path)

    return asyncio.run(go())


def test_tasks_run_after_the_response_in_order_def_tasks_in_a_thread() -> None:
    """Tasks start after the last byte is sent, one at a time in the order added; an async task
    runs on the event loop's thread, a def task on a worker thread."""
    events: list[str] = []
    app = FastAPI()

    async def first() -> None:
        loop_thread = threading.get_ident()
        events.append("async task")
        threads.append(loop_thread)

    def second() -> None:
        events.append("def task")
        threads.append(threading.get_ident())

    threads: list[int] = []

    @app.post("/signups", status_code=status.HTTP_201_CREATED)
    async def sign_up(tasks: BackgroundTasks) -> dict[str, bool]:
        threads.append(threading.get_ident())
        tasks.add_task(first)
        tasks.add_task(second)
        return {"ok": True}

    response = post(app, "/signups", events)
    assert response.status_code == status.HTTP_201_CREATED
    assert events == ["response sent", "async task", "def task"]
    handler, async_task, def_task = threads
    assert async_task == handler and def_task != handler


def test_a_failing_task_skips_the_rest_and_the_client_still_gets_success() -> None:
    """If a task raises, later tasks never run; the client already has its 201."""
    events: list[str] = []
    app = FastAPI()

    def boom() -> None:
        raise ConnectionError("mail server refused the message")

    @app.post("/signups", status_code=status.HTTP_201_CREATED)
    async def sign_up(tasks: BackgroundTasks) -> dict[str, bool]:
        tasks.add_task(boom)
        tasks.add_task(lambda: events.append("audit row"))
        return {"ok": True}

    assert post(app, "/signups", events).status_code == status.HTTP_201_CREATED
    assert events == ["response sent"]


def test_a_returned_response_with_its_own_background_drops_the_parameter_tasks() -> None:
    """A Response(background=...) returned by the endpoint replaces tasks added via the
    parameter."""
    events: list[str] = []
    app = FastAPI()

    @app.post("/report")
    async def report(tasks: BackgroundTasks) -> Response:
        tasks.add_task(lambda: events.append("parameter task"))
        return Response("ok", background=BackgroundTask(lambda: events.append("response task")))

    post(app, "/report", events)
    assert events == ["response sent", "response task"]


def dependency_app(events: list[str], scope: str | None) -> FastAPI:
    def get_db() -> Iterator[str]:
        events.append("session open")
        yield "session"
        events.append("session closed")

    dependency: Any = Depends(get_db) if scope is None else Depends(get_db, scope=scope)
    app = FastAPI()

    @app.post("/orders")
    async def create(tasks: BackgroundTasks, db: Annotated[str, dependency]) -> dict[str, bool]:
        tasks.add_task(lambda: events.append("task"))
        return {"ok": True}

    return app


def test_yield_dependency_cleanup_order_depends_on_its_scope() -> None:
    """FastAPI 0.165: default-scope cleanup runs after the background tasks; scope="function"
    (since 0.121.0) closes before the response is sent."""
    events: list[str] = []
    post(dependency_app(events, scope=None), "/orders", events)
    assert events == ["session open", "response sent", "task", "session closed"]
    events.clear()
    post(dependency_app(events, scope="function"), "/orders", events)
    assert events == ["session open", "session closed", "response sent", "task"]


def test_each_task_is_a_span_under_the_request_and_a_failure_marks_it() -> None:
    """Since 0.142, each task is a fastapi.background_task span (child of the server span, with
    code.function.name); one that raises gets status ERROR and error.type; a skipped task gets
    no span, and the request's span is not marked as failed."""
    tracer = MemoryTracerProvider()
    app = FastAPI(telemetry={"tracer_provider": tracer})

    def send_email() -> None:
        raise ConnectionError("mail server refused the message")

    def write_audit_row() -> None: ...

    @app.post("/signups")
    async def sign_up(tasks: BackgroundTasks) -> dict[str, bool]:
        tasks.add_task(send_email)
        tasks.add_task(write_audit_row)
        return {"ok": True}

    post(app, "/signups", [])
    server = tracer.spans[0]
    tasks = [s for s in tracer.spans if s.name == "fastapi.background_task"]
    assert [s.attributes["code.function.name"].rsplit(".", 1)[-1] for s in tasks] == ["send_email"]
    (task,) = tasks
    assert task.parent.span_id == server.get_span_context().span_id
    assert task.status == StatusCode.ERROR and task.attributes["error.type"] == "ConnectionError"
    assert server.status != StatusCode.ERROR
    assert server.attributes["http.response.status_code"] == 200


async def serve_one_request(app: FastAPI, timeout_graceful_shutdown: int | None) -> None:
    """Real Uvicorn on a loopback port: one request, then what SIGTERM sets (should_exit)."""
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=0,
        lifespan="off",
        log_level="critical",
        timeout_graceful_shutdown=timeout_graceful_shutdown,
    )
    server = uvicorn.Server(config)
    async with asyncio.timeout(15):
        serving = asyncio.create_task(server.serve())
        while not server.started:
            await asyncio.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        async with httpx.AsyncClient() as client:
            await client.post(f"http://127.0.0.1:{port}/jobs")
        app.state.events.append("client has its response")
        await app.state.task_started.wait()
        server.should_exit = True
        await serving
        app.state.events.append("server stopped")


def slow_task_app(seconds: float) -> tuple[FastAPI, Callable[[], None]]:
    app = FastAPI()
    app.state.events = []

    async def slow() -> None:
        app.state.task_started.set()
        try:
            await asyncio.sleep(seconds)
            app.state.events.append("task finished")
        except asyncio.CancelledError:
            app.state.events.append("task cancelled")
            raise

    @app.post("/jobs")
    async def job(tasks: BackgroundTasks) -> dict[str, bool]:
        tasks.add_task(slow)
        return {"ok": True}

    def reset() -> None:
        app.state.task_started = asyncio.Event()

    return app, reset


def test_uvicorn_shutdown_waits_for_background_tasks() -> None:
    """On shutdown Uvicorn waits for tasks still running after their response (no limit by
    default) before it stops."""
    app, reset = slow_task_app(0.3)

    async def main() -> None:
        reset()
        await serve_one_request(app, timeout_graceful_shutdown=None)

    asyncio.run(main())
    assert app.state.events == ["client has its response", "task finished", "server stopped"]


def test_timeout_graceful_shutdown_cancels_what_is_left() -> None:
    """With --timeout-graceful-shutdown N, tasks still running after N seconds are cancelled."""
    app, reset = slow_task_app(30)

    async def main() -> None:
        reset()
        await serve_one_request(app, timeout_graceful_shutdown=1)

    asyncio.run(main())
    assert app.state.events == ["client has its response", "task cancelled", "server stopped"]


def test_def_tasks_share_anyio_default_pool_of_40_threads() -> None:
    """A `def` task runs through anyio.to_thread.run_sync on the default limiter: 40 threads,
    the same pool `def` endpoints and dependencies use."""

    async def tokens() -> float:
        return anyio.to_thread.current_default_thread_limiter().total_tokens

    assert asyncio.run(tokens()) == 40
