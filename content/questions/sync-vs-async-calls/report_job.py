# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""A blocking report call versus 202 Accepted plus a status resource, on a fake clock."""

import asyncio
from typing import Any

import httpx
from fastapi import FastAPI, HTTPException, Response, status

WORK_SECONDS = 30  # how long building one report takes
clock = {"now": 0}  # fake clock: the sample advances it instead of sleeping
jobs: dict[int, int] = {}  # in-memory job store: job id -> time its report is ready
app = FastAPI()


@app.post("/reports/blocking")
async def build_report_now() -> dict[str, int]:
    clock["now"] += WORK_SECONDS  # the request stays open for all of the work
    return {"rows": 1234}


@app.post("/reports", status_code=status.HTTP_202_ACCEPTED)
async def start_report(response: Response) -> dict[str, str]:
    job_id = len(jobs) + 1
    jobs[job_id] = clock["now"] + WORK_SECONDS  # a worker process would do the work
    response.headers["Location"] = f"/jobs/{job_id}"
    return {"state": "pending", "monitor": f"/jobs/{job_id}"}


@app.get("/jobs/{job_id}")
async def job_status(job_id: int, response: Response) -> dict[str, Any]:
    if job_id not in jobs:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such job")
    if clock["now"] < jobs[job_id]:
        response.headers["Retry-After"] = "10"
        return {"state": "pending"}
    return {"state": "done", "result": {"rows": 1234}}


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        start = clock["now"]
        r = await client.post("/reports/blocking")
        print(
            f"POST /reports/blocking -> {r.status_code} {r.json()} after {clock['now'] - start} s"
        )
        assert clock["now"] - start == WORK_SECONDS  # the caller waited for the whole job

        start = clock["now"]
        r = await client.post("/reports")
        print(f"POST /reports -> {r.status_code} Location: {r.headers['location']} {r.json()}")
        assert r.status_code == status.HTTP_202_ACCEPTED and clock["now"] == start

        monitor = r.headers["location"]
        for _ in range(10):  # poll, but never forever
            r = await client.get(monitor)
            print(f"  t+{clock['now'] - start:>2} s GET {monitor} -> {r.status_code} {r.json()}")
            if r.json()["state"] == "done":
                break
            clock["now"] += int(r.headers["retry-after"])  # real code: await asyncio.sleep()
        assert r.json() == {"state": "done", "result": {"rows": 1234}}


if __name__ == "__main__":
    asyncio.run(main())
