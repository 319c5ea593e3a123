# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""A blocking report call versus 202 Accepted, a status monitor and a 303, on a fake clock."""

import asyncio
from typing import Annotated

import httpx
from fastapi import FastAPI, Header, HTTPException, Response, status
from fastapi.responses import RedirectResponse

WORK_SECONDS = 30  # how long building one report takes
clock = {"now": 0}  # fake clock: the sample advances it instead of sleeping
jobs: dict[int, int] = {}  # job id -> time its report is ready; production: a shared database
app = FastAPI()


@app.post("/reports/blocking")
async def build_report_now() -> dict[str, int]:
    clock["now"] += WORK_SECONDS  # the request stays open for all of the work
    return {"rows": 1234}


@app.post("/reports", status_code=status.HTTP_202_ACCEPTED)
async def start_report(response: Response, prefer: Annotated[str, Header()] = "") -> dict:
    job_id = len(jobs) + 1
    jobs[job_id] = clock["now"] + WORK_SECONDS  # a worker process would do the work
    response.headers["Location"] = f"/jobs/{job_id}"
    if "respond-async" in prefer:  # the preference was honoured, so say so
        response.headers["Preference-Applied"] = "respond-async"
    return {"state": "pending", "monitor": f"/jobs/{job_id}"}


@app.get("/jobs/{job_id}", response_model=None)
async def job_status(job_id: int, response: Response) -> dict | RedirectResponse:
    if job_id not in jobs:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such job")
    if clock["now"] < jobs[job_id]:
        response.headers["Retry-After"] = "10"
        return {"state": "pending"}
    return RedirectResponse(f"/reports/{job_id}", status.HTTP_303_SEE_OTHER)  # the result


@app.get("/reports/{report_id}")
async def read_report(report_id: int) -> dict[str, int]:
    return {"rows": 1234}


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        r = await client.post("/reports/blocking")
        print(f"POST /reports/blocking -> {r.status_code} {r.json()} after {clock['now']} s")
        assert clock["now"] == WORK_SECONDS  # the caller waited for the whole job

        start = clock["now"]
        r = await client.post("/reports", headers={"Prefer": "respond-async"})
        monitor = r.headers["location"]
        print(f"POST /reports (Prefer: respond-async) -> {r.status_code} Location: {monitor}")
        print(f"  Preference-Applied: {r.headers['preference-applied']} {r.json()}")
        for _ in range(10):  # poll, but never forever; httpx does not follow redirects by default
            r = await client.get(monitor)
            body = r.text or "(no body)"
            print(f"  t+{clock['now'] - start:>2} s GET {monitor} -> {r.status_code} {body}")
            if r.status_code == status.HTTP_303_SEE_OTHER:
                break
            clock["now"] += int(r.headers["retry-after"])  # real code: await asyncio.sleep()
        assert r.status_code == status.HTTP_303_SEE_OTHER and clock["now"] - start == WORK_SECONDS
        print(f"  Location: {r.headers['location']}")
        result = await client.get(r.headers["location"])
        print(f"  GET {r.headers['location']} -> {result.status_code} {result.json()}")

        followed = await client.get(monitor, follow_redirects=True)
        print(f"following redirects: GET {monitor} -> {followed.status_code} {followed.json()}")
        assert [h.status_code for h in followed.history] == [303]  # the 303 is only in history


if __name__ == "__main__":
    asyncio.run(main())
