# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Limit/offset paging with bounded parameters, Link headers and an opt-in total."""

import asyncio
import json
from typing import Annotated, Any

import httpx
from fastapi import FastAPI, Query, Request, Response, status

app = FastAPI()
POSTS = [{"id": n, "title": f"Post {n}"} for n in range(1, 8)]  # already sorted by a unique key


@app.get("/posts")
async def list_posts(
    request: Request,
    response: Response,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
    include_total: bool = False,
) -> dict[str, Any]:
    rows = POSTS[offset : offset + limit + 1]  # ORDER BY id LIMIT limit + 1 OFFSET offset
    items, has_more = rows[:limit], len(rows) > limit
    page = request.url.include_query_params  # same URL, other offset
    links = []
    if has_more:
        links.append(f'<{page(offset=offset + limit)}>; rel="next"')
    if offset > 0:
        links.append(f'<{page(offset=max(offset - limit, 0))}>; rel="prev"')
    if links:
        response.headers["Link"] = ", ".join(links)
    body: dict[str, Any] = {"items": items, "limit": limit, "offset": offset}
    if include_total:  # a COUNT(*) on a real table: only when the client asks
        body["total"] = len(POSTS)
    return body


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        url: str | None = "/posts?limit=3"
        seen = []
        while url:  # follow rel="next" instead of computing offsets by hand
            response = await client.get(url)
            ids = [post["id"] for post in response.json()["items"]]
            print(f"GET {url} -> {response.status_code} ids={ids}")
            print("    Link:", response.headers.get("link"))
            seen += ids
            url = response.links.get("next", {}).get("url")
        assert seen == [1, 2, 3, 4, 5, 6, 7]

        past_end = await client.get("/posts?offset=50&include_total=true")
        print(
            "GET /posts?offset=50&include_total=true ->",
            past_end.status_code,
            json.dumps(past_end.json()),
        )
        assert past_end.json()["items"] == [] and past_end.json()["total"] == 7

        too_big = await client.get("/posts?limit=1000")
        error = too_big.json()["detail"][0]
        print("GET /posts?limit=1000 ->", too_big.status_code, json.dumps(error))
        assert too_big.status_code == status.HTTP_422_UNPROCESSABLE_CONTENT


if __name__ == "__main__":
    asyncio.run(main())
