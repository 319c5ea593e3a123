# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""A chat room over WebSockets, tested with TestClient: auth, broadcast and a disconnect."""

import warnings
from typing import Annotated

from fastapi import Depends, FastAPI, Query, WebSocket, status
from fastapi.exceptions import WebSocketException
from fastapi.websockets import WebSocketDisconnect
from starlette.exceptions import StarletteDeprecationWarning

# Starlette >= 1.2 warns when TestClient runs on httpx instead of httpx2; silence only that.
warnings.filterwarnings(
    "ignore",
    message="Using `httpx` with `starlette.testclient`",
    category=StarletteDeprecationWarning,
)
from fastapi.testclient import TestClient  # noqa: E402

TOKENS = {"tok-alice": "alice", "tok-bob": "bob"}  # stand-in for real token checks
app = FastAPI()
members: dict[str, WebSocket] = {}  # one process only: use a broker across workers


async def broadcast(event: dict[str, str]) -> None:
    for ws in list(members.values()):
        await ws.send_json(event)


async def current_user(token: Annotated[str, Query()]) -> str:
    if token not in TOKENS:  # runs during the handshake, before accept()
        raise WebSocketException(status.WS_1008_POLICY_VIOLATION, "bad token")
    return TOKENS[token]


@app.websocket("/ws/chat")
async def chat(websocket: WebSocket, user: Annotated[str, Depends(current_user)]) -> None:
    await websocket.accept()
    members[user] = websocket
    await broadcast({"event": "joined", "user": user})
    try:
        while True:
            text = await websocket.receive_text()
            await broadcast({"event": "message", "user": user, "text": text})
    except WebSocketDisconnect:  # the client went away: clean up, tell the others
        del members[user]
        await broadcast({"event": "left", "user": user})


def main() -> None:
    with TestClient(app) as client:  # runs the lifespan; all sessions share one event loop
        try:
            with client.websocket_connect("/ws/chat?token=guess"):
                pass
        except WebSocketDisconnect as exc:
            print("connect token=guess -> closed", exc.code, exc.reason)
            assert exc.code == status.WS_1008_POLICY_VIOLATION

        with client.websocket_connect("/ws/chat?token=tok-alice") as alice:
            print("alice <-", alice.receive_json())
            with client.websocket_connect("/ws/chat?token=tok-bob") as bob:
                print("alice <-", alice.receive_json())
                print("bob   <-", bob.receive_json())
                alice.send_text("hi bob")
                print("alice <-", alice.receive_json())
                message = bob.receive_json()
                print("bob   <-", message)
                assert message == {"event": "message", "user": "alice", "text": "hi bob"}
                bob.close()  # the server sees WebSocketDisconnect
                left = alice.receive_json()
                print("alice <-", left)
                assert left == {"event": "left", "user": "bob"}


if __name__ == "__main__":
    main()
