# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""Salted scrypt hashes in a self-describing string, checked in constant time, upgraded at login."""

import base64
import hashlib
import hmac
import secrets

# One of OWASP's equivalent scrypt settings: N=2**14 (16 MiB), r=8, p=5. The N=2**17 row needs
# maxmem= raised above OpenSSL's 32 MiB default. Production: Argon2id through pwdlib.
COST = {"ln": 14, "r": 8, "p": 5}


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode().rstrip("=")


def unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def scrypt(password: str, salt: bytes, ln: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=2**ln, r=r, p=p, dklen=32)


def hash_password(password: str, cost: dict[str, int] = COST) -> str:
    salt = secrets.token_bytes(16)  # a fresh random salt for every hash
    params = ",".join(f"{k}={v}" for k, v in cost.items())
    return f"$scrypt${params}${b64(salt)}${b64(scrypt(password, salt, **cost))}"


def parse(stored: str) -> tuple[dict[str, int], bytes, bytes]:
    _, scheme, params, salt, digest = stored.split("$")
    if scheme != "scrypt":
        raise ValueError(f"unknown password hash scheme {scheme!r}")
    cost = {k: int(v) for k, v in (item.split("=") for item in params.split(","))}
    return cost, unb64(salt), unb64(digest)


def verify_password(password: str, stored: str) -> bool:
    cost, salt, expected = parse(stored)  # the stored string, not COST, says how it was made
    return hmac.compare_digest(scrypt(password, salt, **cost), expected)


def needs_rehash(stored: str) -> bool:
    return parse(stored)[0] != COST


def shown(stored: str) -> str:  # the salt and hash are random: print only their shape
    return stored.rsplit("$", 2)[0] + "$<salt>$<hash>"


alice = hash_password("correct horse battery staple")
bob = hash_password("correct horse battery staple")  # same password, different salt
print("alice:", shown(alice), f"({len(alice)} characters)")
print("alice and bob stored the same string ->", alice == bob)
print("wrong password ->", verify_password("correct horse battery stapler", alice))
print("right password ->", verify_password("correct horse battery staple", alice))
assert alice != bob and verify_password("correct horse battery staple", alice)

old = hash_password("tr0ub4dor&3", cost={"ln": 12, "r": 8, "p": 1})  # stored years ago
print("old:", shown(old), "needs rehash ->", needs_rehash(old))
if verify_password("tr0ub4dor&3", old) and needs_rehash(old):  # at login: only then is the
    old = hash_password("tr0ub4dor&3")  # plain password in hand to hash again
print("after login:", shown(old), "needs rehash ->", needs_rehash(old))
assert not needs_rehash(old) and verify_password("tr0ub4dor&3", old)
