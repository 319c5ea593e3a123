"""Claims made on content/questions/sync-vs-async-calls/; each fails if a release changes them."""

import asyncio

import httpx
from fastapi import BackgroundTasks, FastAPI, status
from fastapi.responses import RedirectResponse

PAGE = "sync-vs-async-calls"


def monitor_app() -> FastAPI:
    app = FastAPI()

    @app.get("/jobs/1")
    async def finished_job() -> RedirectResponse:
        return RedirectResponse("/reports/1", status.HTTP_303_SEE_OTHER)

    @app.get("/reports/1")
    async def report() -> dict[str, int]:
        return {"rows": 1234}

    return app


def get(app: FastAPI, path: str, **client_options: bool) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://test", **client_options
        ) as client:
            return await client.get(path)

    return asyncio.run(go())


def test_httpx_does_not_follow_redirects_by_default() -> None:
    """httpx hands the 303 and its Location to the polling loop unless told to follow."""
    assert httpx.AsyncClient().follow_redirects is False
    response = get(monitor_app(), "/jobs/1")
    assert response.status_code == status.HTTP_303_SEE_OTHER
    assert response.headers["location"] == "/reports/1"


def test_a_followed_303_hides_the_monitor() -> None:
    """With follow_redirects=True the client gets the result's 200; the 303 is only in history."""
    response = get(monitor_app(), "/jobs/1", follow_redirects=True)
    assert response.status_code == status.HTTP_200_OK and response.json() == {"rows": 1234}
    assert [r.status_code for r in response.history] == [status.HTTP_303_SEE_OTHER]
    assert response.url.path == "/reports/1"


def test_background_tasks_only_defer_work_within_the_same_request() -> None:
    """FastAPI's background tasks run in the same process, after the endpoint returned its 202."""
    events: list[str] = []
    app = FastAPI()

    @app.post("/reports", status_code=status.HTTP_202_ACCEPTED)
    async def start(tasks: BackgroundTasks) -> dict[str, str]:
        tasks.add_task(events.append, "report built")
        events.append("202 returned")
        return {"state": "pending"}

    async def go() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            await client.post("/reports")

    asyncio.run(go())
    assert events == ["202 returned", "report built"]
