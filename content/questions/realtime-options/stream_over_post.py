# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi>=0.135", "httpx"]
# ///
"""SSE without a browser: a POST answered with an event stream, read line by line by httpx."""

import asyncio
import json
from collections.abc import AsyncIterable

import httpx
from fastapi import FastAPI
from fastapi.sse import EventSourceResponse, ServerSentEvent
from pydantic import BaseModel


class Prompt(BaseModel):
    text: str


app = FastAPI()


@app.post("/completions", response_class=EventSourceResponse)  # POST with a JSON body
async def complete(prompt: Prompt) -> AsyncIterable[ServerSentEvent]:
    for token in f"echo: {prompt.text}".split():  # stands in for tokens from a model
        yield ServerSentEvent(event="token", data={"token": token})
    yield ServerSentEvent(event="done", raw_data="[DONE]")


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        request = client.stream("POST", "/completions", json={"text": "hello there"})
        async with request as response:
            print("POST /completions ->", response.status_code, response.headers["content-type"])
            tokens, event = [], None
            async for line in response.aiter_lines():  # a minimal SSE parser
                if line.startswith("event: "):
                    event = line.removeprefix("event: ")
                elif line.startswith("data: "):
                    data = line.removeprefix("data: ")
                    print(f"  event={event} data={data}")
                    if event == "token":
                        tokens.append(json.loads(data)["token"])
    print("assembled:", " ".join(tokens))
    assert tokens == ["echo:", "hello", "there"]


if __name__ == "__main__":
    asyncio.run(main())
