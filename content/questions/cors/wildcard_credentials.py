# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""allow_origins=["*"] plus allow_credentials=True echoes any Origin; an allow-list does not."""

import asyncio

import httpx
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

APP_ORIGIN = "https://app.example.com"


def build(allow_origins: list[str]) -> FastAPI:
    app = FastAPI()
    app.add_middleware(CORSMiddleware, allow_origins=allow_origins, allow_credentials=True)

    @app.get("/me")
    async def me() -> dict[str, str]:
        return {"email": "alice@example.com"}

    return app


async def main() -> None:
    for label, allowed in [("wildcard", ["*"]), ("allow-list", [APP_ORIGIN])]:
        transport = httpx.ASGITransport(app=build(allowed))
        async with httpx.AsyncClient(transport=transport, base_url="https://api.example.com") as c:
            print(f"{label}: allow_origins={allowed}, allow_credentials=True")
            for origin in (APP_ORIGIN, "https://evil.example"):
                r = await c.get("/me", headers={"Origin": origin, "Cookie": "session=alice"})
                acao = r.headers.get("access-control-allow-origin", "-")
                acac = r.headers.get("access-control-allow-credentials", "-")
                print(f"   GET /me from {origin} -> {r.status_code} Allow-Origin={acao}", end="")
                print(f" Allow-Credentials={acac}")
                if label == "wildcard" or origin == APP_ORIGIN:
                    assert acao == origin and acac == "true"  # echoed, never a literal "*"
                else:
                    assert acao == "-"  # the browser keeps evil.example from reading the reply
    print("With the wildcard, any site a signed-in user visits can read /me.")


if __name__ == "__main__":
    asyncio.run(main())
