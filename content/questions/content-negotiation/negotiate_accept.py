# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Serve one resource as JSON or CSV by the Accept header, with q-values, Vary and 406."""

import asyncio
import csv
import io
from typing import Annotated

import httpx
from fastapi import FastAPI, Header, Response, status
from fastapi.responses import JSONResponse

ROWS = [{"region": "north", "sales": 120}, {"region": "south", "sales": 95}]
OFFERED = ["application/json", "text/csv"]  # the first one is the default
app = FastAPI()


def weights(accept: str) -> list[tuple[str, float]]:
    """Media ranges with their q-values; a malformed q drops that range."""
    ranges = []
    for part in accept.split(","):
        media_range, *params = [p.strip().lower() for p in part.split(";")]
        q = 1.0
        for name, _, value in (p.partition("=") for p in params):
            if name.strip() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((media_range, q))
    return ranges


def quality(media_type: str, ranges: list[tuple[str, float]]) -> float:
    """The q of the most specific range that matches: text/csv beats text/* beats */*."""
    kind = media_type.split("/")[0]
    matches = {media_type: 3, f"{kind}/*": 2, "*/*": 1}
    scored = [(matches[r], q) for r, q in ranges if r in matches]
    return max(scored)[1] if scored else 0.0


@app.get("/reports/sales")
async def sales(accept: Annotated[str, Header()] = "*/*") -> Response:
    ranges = weights(accept)
    best = max(OFFERED, key=lambda t: (quality(t, ranges), -OFFERED.index(t)))
    vary = {"Vary": "Accept"}  # caches must key this URL on Accept, 406 included
    if quality(best, ranges) == 0:
        return JSONResponse({"available": OFFERED}, status.HTTP_406_NOT_ACCEPTABLE, vary)
    if best == "text/csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=["region", "sales"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(ROWS)
        return Response(out.getvalue(), media_type="text/csv", headers=vary)
    return JSONResponse(ROWS, headers=vary)


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for accept in [
            "text/csv;q=0.9, application/json;q=0.5",
            "text/*",
            "application/json, text/csv;q=0",
            "*/*",  # what httpx sends when you set nothing
            "application/xml",
        ]:
            r = await client.get("/reports/sales", headers={"Accept": accept})
            print(f"Accept: {accept} -> {r.status_code} {r.headers['content-type']}")
            print(f"   Vary: {r.headers['vary']}, body: {r.text!r}")
            assert r.headers["vary"] == "Accept"
        assert r.status_code == status.HTTP_406_NOT_ACCEPTABLE


if __name__ == "__main__":
    asyncio.run(main())
