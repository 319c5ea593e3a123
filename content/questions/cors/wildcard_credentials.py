# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""allow_origins=["*"] plus allow_credentials=True: Starlette echoes any Origin back."""

import asyncio

import httpx
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)


@app.get("/me")
async def me() -> dict[str, str]:
    return {"email": "alice@example.com"}


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://api.example.com") as c:
        for origin in ("https://app.example.com", "https://evil.example"):
            r = await c.get("/me", headers={"Origin": origin, "Cookie": "session=alice"})
            print(f"GET /me Origin: {origin} -> {r.status_code}")
            print("   Access-Control-Allow-Origin:", r.headers["access-control-allow-origin"])
            print(
                "   Access-Control-Allow-Credentials:",
                r.headers["access-control-allow-credentials"],
            )
            assert r.headers["access-control-allow-origin"] == origin  # not "*"
            assert r.headers["access-control-allow-credentials"] == "true"
    print("Any site may now read credentialed responses from this API.")


if __name__ == "__main__":
    asyncio.run(main())
