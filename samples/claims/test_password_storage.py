"""Claims made on content/questions/password-storage/; each fails if a release changes them."""

import hashlib
import threading

import anyio.to_thread
import pytest
from asgi import call
from fastapi import FastAPI

PAGE = "password-storage"


def test_def_endpoints_run_in_a_worker_thread() -> None:
    """FastAPI runs a plain `def` endpoint in a worker thread, so a slow hash spares the loop."""
    app = FastAPI()
    seen: dict[str, bool] = {}

    @app.post("/login")
    def login() -> dict[str, bool]:
        seen["main"] = threading.current_thread() is threading.main_thread()
        return seen

    assert call(app, "POST", "/login").json() == {"main": False}


def test_anyio_thread_pool_defaults_to_40_threads() -> None:
    """AnyIO's default thread limiter, which FastAPI uses for `def` endpoints, has 40 tokens."""

    async def tokens() -> float:
        return anyio.to_thread.current_default_thread_limiter().total_tokens

    assert anyio.run(tokens) == 40


def test_scrypt_n_2_17_exceeds_openssls_default_memory_limit() -> None:
    """hashlib.scrypt with OWASP's N=2**17, r=8 needs maxmem= raised above the 32 MiB default."""
    with pytest.raises(ValueError, match="memory limit exceeded"):
        hashlib.scrypt(b"password", salt=b"0123456789abcdef", n=2**17, r=8, p=1)
