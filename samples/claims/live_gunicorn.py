"""One GET to an app served by a real Gunicorn with its own `asgi` worker (Gunicorn 24.0+), for
claim checks. Latest set only: callers `pytest.importorskip("gunicorn")` first. Nothing leaves
127.0.0.1.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def get_from_gunicorn(
    folder: Path, app_source: str, headers: dict[str, str] | None = None
) -> httpx.Response:
    """Writes `app_source` as gunicorn_app.py in `folder`, serves `gunicorn_app:app` with one asgi
    worker on a free port, with Gunicorn's defaults (FORWARDED_ALLOW_IPS unset), and GETs `/`."""
    (folder / "gunicorn_app.py").write_text(app_source)
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "gunicorn", "gunicorn_app:app", "--worker-class", "asgi"]
    command += ["--workers", "1", "--bind", f"127.0.0.1:{port}"]
    env = {k: v for k, v in os.environ.items() if k != "FORWARDED_ALLOW_IPS"}
    env["XDG_RUNTIME_DIR"] = str(folder)  # its control socket goes there
    server = subprocess.Popen(command, cwd=folder, env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                return httpx.get(f"http://127.0.0.1:{port}/", headers=headers, timeout=2)
            except httpx.ConnectError:
                assert server.poll() is None, server.stderr.read().decode()
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.2)
    finally:
        server.terminate()
        server.wait(10)
