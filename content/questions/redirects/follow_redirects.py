# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""What reaches the new URL after 301, 302, 303, 307 and 308, as httpx follows them."""

import asyncio

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()
METHODS = ["GET", "POST", "PUT"]


@app.api_route("/old/{code}", methods=METHODS)
async def moved(code: int) -> RedirectResponse:
    return RedirectResponse("/new", status_code=code)  # a relative Location is fine


@app.get("/partner")  # a fixed target: never redirect to a URL taken from the request
async def partner() -> RedirectResponse:
    return RedirectResponse("http://partner.test/new", status_code=307)


@app.api_route("/new", methods=METHODS)
async def new(request: Request) -> dict[str, str | None]:
    body = (await request.body()).decode()
    return {
        "method": request.method,
        "body": body or None,
        "content-type": request.headers.get("content-type"),
        "authorization": request.headers.get("authorization"),
    }


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://api.test") as client:
        r = await client.post("/old/308", json={"n": 1})  # the default: do not follow
        print(f"POST /old/308 -> {r.status_code} Location: {r.headers['location']}")
        print(f"   next_request: {r.next_request.method} {r.next_request.url}")
        assert r.status_code == 308

        print("with follow_redirects=True:")
        cases = [("POST", code) for code in (301, 302, 303, 307, 308)] + [
            ("PUT", 301),
            ("PUT", 302),
        ]
        for method, code in cases:
            r = await client.request(method, f"/old/{code}", json={"n": 1}, follow_redirects=True)
            got = r.json()
            print(f"   {method} via {code} -> {got['method']} body={got['body']} ", end="")
            print(
                f"content-type={got['content-type']} history={[h.status_code for h in r.history]}"
            )

        headers = {"Authorization": "Bearer secret"}
        for url in ["/old/307", "/partner"]:
            r = await client.get(url, headers=headers, follow_redirects=True)
            print(f"GET {url} -> {r.url}: Authorization {r.json()['authorization']}")
        assert r.json()["authorization"] is None  # dropped when the origin changes


if __name__ == "__main__":
    asyncio.run(main())
