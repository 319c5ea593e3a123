# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Cancelling an accepted job: allowed while pending, repeatable, a 409 Conflict once finished."""

import asyncio

import httpx
from fastapi import FastAPI, HTTPException, status

jobs: dict[int, str] = {1: "pending", 2: "done"}  # job id -> state; production: a database
app = FastAPI()


def find(job_id: int) -> str:
    if job_id not in jobs:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such job")
    return jobs[job_id]


@app.get("/jobs/{job_id}")
async def job_status(job_id: int) -> dict[str, str]:
    return {"state": find(job_id)}


@app.post("/jobs/{job_id}/cancel")  # an action on the job; DELETE /jobs/{id} is the other style
async def cancel_job(job_id: int) -> dict[str, str]:
    if find(job_id) not in ("pending", "cancelled"):  # a repeat answers like the first cancel
        raise HTTPException(status.HTTP_409_CONFLICT, f"Job is already {jobs[job_id]}")
    jobs[job_id] = "cancelled"  # the worker checks the state between steps and stops
    return {"state": "cancelled"}


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for job_id in (1, 2):
            r = await client.post(f"/jobs/{job_id}/cancel")
            print(f"POST /jobs/{job_id}/cancel -> {r.status_code} {r.json()}")
        r = await client.get("/jobs/1")
        print("GET /jobs/1 ->", r.status_code, r.json())
        assert r.json() == {"state": "cancelled"}  # the monitor reports the final state
        retry = await client.post("/jobs/1/cancel")  # the client lost the first answer
        print("POST /jobs/1/cancel again ->", retry.status_code, retry.json())
        assert retry.status_code == status.HTTP_200_OK
        assert jobs == {1: "cancelled", 2: "done"}  # the finished job kept its state


if __name__ == "__main__":
    asyncio.run(main())
