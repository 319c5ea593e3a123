"""Claims made on content/questions/task-queues/; each fails if a release changes it."""

from __future__ import annotations

import asyncio
import os
from typing import Any

from fastapi import BackgroundTasks, FastAPI, status

PAGE = "task-queues"


def test_background_tasks_run_in_the_api_process_after_the_response_is_sent() -> None:
    """FastAPI's BackgroundTasks run in the same process as the endpoint, and only after the
    last chunk of the response body has been sent."""
    events: list[str] = []
    app = FastAPI()

    def send_confirmation(order_id: int) -> None:
        events.append(f"task for order {order_id} in process {os.getpid()}")

    @app.post("/orders", status_code=status.HTTP_201_CREATED)
    async def create(tasks: BackgroundTasks) -> dict[str, int]:
        tasks.add_task(send_confirmation, 7)
        return {"id": 7}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.body" and not message.get("more_body"):
            events.append("response body sent")

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "path": "/orders",
        "raw_path": b"/orders",
        "query_string": b"",
        "root_path": "",
        "headers": [],
        "scheme": "http",
        "server": ("test", 80),
        "client": ("client", 1),
    }
    asyncio.run(app(scope, receive, send))
    assert events == ["response body sent", f"task for order 7 in process {os.getpid()}"]


def major_minor(package: str) -> tuple[int, int]:
    from importlib.metadata import version

    major, minor = version(package).split(".")[:2]
    return int(major), int(minor)


def test_celery_acknowledges_early_unless_acks_late_and_worker_lost_settings() -> None:
    """Celery 5.7: `task_acks_late` is off by default; a killed worker process's task is not
    requeued unless `task_reject_on_worker_lost`; `task_retry_on_worker_lost` is new in 5.7; a
    task that raises is acknowledged even with late acks; JSON is the default serializer."""
    import pytest

    pytest.importorskip("celery")
    from celery.app.defaults import NAMESPACES

    task = NAMESPACES["task"]
    assert major_minor("celery") >= (5, 7)
    assert task["acks_late"].default is False
    assert not task["reject_on_worker_lost"].default
    assert task["retry_on_worker_lost"].default is False
    assert task["serializer"].default == "json"
    assert task["acks_on_failure_or_timeout"].default is True  # a task that raises is acked


def test_celery_visibility_timeouts_redis_one_hour_sqs_thirty_minutes() -> None:
    """Celery's Redis transport (kombu) redelivers after one hour; its SQS transport sets 30 min."""
    import importlib.util
    import pathlib

    import pytest

    redis_transport = pytest.importorskip("kombu.transport.redis")
    assert redis_transport.Channel.visibility_timeout == 3600
    sqs = importlib.util.find_spec("kombu.transport.SQS")  # importing it needs boto3
    assert sqs is not None and sqs.origin is not None
    assert "default_visibility_timeout = 1800" in pathlib.Path(sqs.origin).read_text()


def test_celery_delay_on_commit_for_django() -> None:
    """Celery's Django task class has `delay_on_commit()` (since 5.4), built on `on_commit`."""
    import inspect

    import pytest

    django_task = pytest.importorskip("celery.contrib.django.task")
    assert "on_commit" in inspect.getsource(django_task.DjangoTask.delay_on_commit)


def test_dramatiq_retries_20_times_with_backoff_from_15_seconds() -> None:
    """Dramatiq 2.2's Retries middleware: up to 20 retries, exponential backoff from 15 s."""
    import pytest

    pytest.importorskip("dramatiq")
    from dramatiq.middleware.retries import Retries

    assert major_minor("dramatiq") >= (2, 2)
    retries = Retries()
    assert (retries.max_retries, retries.min_backoff) == (20, 15_000)


def test_arq_worker_max_tries_defaults_to_5() -> None:
    """arq 0.28 reruns an interrupted job up to `max_tries`, 5 by default."""
    import inspect

    import pytest

    arq_worker = pytest.importorskip("arq.worker")
    assert major_minor("arq") >= (0, 28)
    assert inspect.signature(arq_worker.Worker).parameters["max_tries"].default == 5


def test_rq_moves_abandoned_jobs_to_the_failed_registry_unless_retries_are_left() -> None:
    """RQ 3.0: a job abandoned by a dead worker goes to the FailedJobRegistry unless its `Retry`
    has attempts left; the default `Worker` forks a process per job (`SimpleWorker` does not)."""
    import inspect

    import pytest

    rq = pytest.importorskip("rq")
    from rq.registry import StartedJobRegistry

    assert major_minor("rq") >= (3, 0)
    cleanup = inspect.getsource(StartedJobRegistry.cleanup)
    assert "retries_left" in cleanup and "FailedJobRegistry" in cleanup
    assert "os.fork()" in inspect.getsource(rq.Worker.fork_work_horse)
    assert not hasattr(rq.SimpleWorker, "fork_work_horse")
