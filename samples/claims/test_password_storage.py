"""Claims made on content/questions/password-storage/; each fails if a release changes them."""

import hashlib
import threading
from importlib.metadata import version

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


def test_standard_library_has_scrypt_and_pbkdf2_but_no_argon2() -> None:
    """hashlib offers scrypt and pbkdf2_hmac (through OpenSSL) but no Argon2."""
    assert callable(hashlib.scrypt) and callable(hashlib.pbkdf2_hmac)
    assert not any("argon" in name.lower() for name in hashlib.algorithms_available)


def test_bcrypt_5_refuses_passwords_longer_than_72_bytes() -> None:
    """Since bcrypt 5.0 the Python package raises ValueError past 72 bytes instead of truncating."""
    bcrypt = pytest.importorskip("bcrypt")
    assert int(version("bcrypt").split(".")[0]) >= 5
    salt = bcrypt.gensalt(rounds=4)
    assert bcrypt.checkpw(b"x" * 72, bcrypt.hashpw(b"x" * 72, salt))
    with pytest.raises(ValueError, match="72 bytes"):
        bcrypt.hashpw(b"x" * 73, salt)


def test_pwdlib_recommended_hashes_with_argon2_cffi_defaults() -> None:
    """PasswordHash.recommended() makes Argon2id strings with m=65536 (64 MiB), t=3, p=4."""
    pwdlib = pytest.importorskip("pwdlib")
    stored = pwdlib.PasswordHash.recommended().hash("correct horse battery staple")
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")


def test_argon2_cffi_defaults_are_rfc_9106_low_memory_profile_above_owasp_minimum() -> None:
    """argon2-cffi's defaults (which pwdlib uses) are RFC 9106's low-memory profile: Argon2id,
    64 MiB, t=3, p=4, above OWASP's minimum of 19 MiB with t=2."""
    argon2 = pytest.importorskip("argon2")
    hasher, profile = argon2.PasswordHasher(), argon2.profiles.RFC_9106_LOW_MEMORY
    assert (hasher.memory_cost, hasher.time_cost, hasher.parallelism) == (65536, 3, 4)
    assert (profile.type, profile.memory_cost, profile.time_cost) == (argon2.Type.ID, 65536, 3)
    assert hasher.memory_cost >= 19 * 1024 and hasher.time_cost >= 2


def test_pwdlib_verify_and_update_rehashes_older_settings() -> None:
    """verify_and_update returns a new hash when the stored one used other settings, else None."""
    pwdlib = pytest.importorskip("pwdlib")
    from pwdlib.hashers.argon2 import Argon2Hasher

    older = Argon2Hasher(memory_cost=19456, time_cost=2, parallelism=1)
    stored = pwdlib.PasswordHash((older,)).hash("tr0ub4dor&3")
    current = pwdlib.PasswordHash.recommended()
    valid, updated = current.verify_and_update("tr0ub4dor&3", stored)
    assert valid and updated is not None and updated.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert current.verify_and_update("tr0ub4dor&3", updated) == (True, None)


def test_passlib_1_7_4_cannot_hash_bcrypt_with_bcrypt_5() -> None:
    """passlib's last release, 1.7.4, fails even on a short password once bcrypt 5 is installed."""
    pytest.importorskip("bcrypt")
    passlib_context = pytest.importorskip("passlib.context")
    assert version("passlib") == "1.7.4"
    with pytest.raises(ValueError, match="72 bytes"):
        passlib_context.CryptContext(schemes=["bcrypt"]).hash("short password")
