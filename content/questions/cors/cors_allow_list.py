# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""CORSMiddleware with an explicit allow-list: what the server sends, and what it cannot stop."""

import asyncio

import httpx
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware

GOOD = "https://app.example.com"
EVIL = "https://evil.example"
notes: list[str] = []

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=[GOOD],
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)


@app.get("/notes")
async def list_notes() -> list[str]:
    return notes


@app.post("/notes")
async def add_note(request: Request) -> dict[str, int]:
    notes.append((await request.body()).decode())  # the side effect
    return {"count": len(notes)}


def show(label: str, r: httpx.Response) -> None:
    acao = r.headers.get("access-control-allow-origin", "-")
    print(f"{label} -> {r.status_code} ACAO={acao} body={r.text}")


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://api.example.com") as c:
        r = await c.get("/notes", headers={"Origin": GOOD})
        show("GET /notes from allowed origin", r)
        assert r.headers["access-control-allow-origin"] == GOOD

        r = await c.get("/notes", headers={"Origin": EVIL})
        show("GET /notes from other origin", r)
        assert "access-control-allow-origin" not in r.headers  # browser hides the body

        preflight = {"Access-Control-Request-Method": "DELETE"}
        r = await c.options("/notes", headers={"Origin": GOOD, **preflight})
        show("OPTIONS preflight, allowed origin", r)
        print("   Allow-Methods:", r.headers["access-control-allow-methods"])
        assert r.status_code == 200

        r = await c.options("/notes", headers={"Origin": EVIL, **preflight})
        show("OPTIONS preflight, other origin", r)
        assert r.status_code == 400 and "access-control-allow-origin" not in r.headers

        simple = {"Origin": EVIL, "Content-Type": "text/plain"}
        r = await c.post("/notes", content="written by evil.example", headers=simple)
        show("POST text/plain from other origin (no preflight)", r)
        print("   notes on the server:", notes)
        assert notes == ["written by evil.example"]  # handler ran anyway

        r = await c.get("/notes")
        show("GET /notes with no Origin (curl, a script)", r)
        assert "access-control-allow-origin" not in r.headers


if __name__ == "__main__":
    asyncio.run(main())
