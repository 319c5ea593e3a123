# /// script
# requires-python = ">=3.11"
# dependencies = ["httpx"]
# ///
"""HTTP Message Signatures (RFC 9421, hmac-sha256) over method, authority, path and body digest."""

import base64
import hashlib
import hmac
import re
import secrets

import httpx

KEYS = {"orders-service": b"32-random-bytes-from-a-secret-store!"}  # keyid -> key; alg is fixed
COVERED = '("@method" "@authority" "@path" "content-digest")'  # what this API requires
NOW, MAX_AGE = 1_767_225_600, 60  # a fixed clock for the demo; time.time() in real code
seen_nonces: set[str] = set()  # shared storage with an expiry in production


def content_digest(body: bytes) -> str:  # the Content-Digest field of RFC 9530
    return f"sha-256=:{base64.b64encode(hashlib.sha256(body).digest()).decode()}:"


def hmac_sha256(keyid: str, base: bytes) -> str:  # RFC 9421's hmac-sha256 algorithm
    return base64.b64encode(hmac.digest(KEYS[keyid], base, "sha256")).decode()


def signature_base(request: httpx.Request, digest: str, params: str) -> bytes:
    return (
        f'"@method": {request.method}\n"@authority": {request.url.netloc.decode()}\n'
        f'"@path": {request.url.path}\n"content-digest": {digest}\n"@signature-params": {params}'
    ).encode()


def sign(request: httpx.Request, keyid: str, created: int) -> httpx.Request:
    digest = content_digest(request.content)
    params = f'{COVERED};created={created};keyid="{keyid}";nonce="{secrets.token_hex(16)}"'
    tag = hmac_sha256(keyid, signature_base(request, digest, params))
    request.headers.update({"Content-Digest": digest, "Signature-Input": f"sig1={params}"})
    request.headers["Signature"] = f"sig1=:{tag}:"
    return request


def verify(request: httpx.Request) -> str:
    """Return the caller's key id, or raise ValueError; order: cheap checks, then crypto."""
    params = request.headers.get("signature-input", "").removeprefix("sig1=")
    fields = dict(re.findall(r';(\w+)="?([^";]*)"?', params))
    if not params.startswith(COVERED) or fields.get("keyid") not in KEYS:
        raise ValueError("signature missing, too narrow, or from an unknown key")
    if abs(NOW - int(fields.get("created", 0))) > MAX_AGE or fields.get("nonce") in seen_nonces:
        raise ValueError("stale or replayed")
    digest = content_digest(request.content)  # of the bytes actually received
    if not hmac.compare_digest(digest, request.headers.get("content-digest", "")):
        raise ValueError("body does not match Content-Digest")
    tag = hmac_sha256(fields["keyid"], signature_base(request, digest, params))
    if not hmac.compare_digest(f"sig1=:{tag}:", request.headers.get("signature", "")):
        raise ValueError("bad signature")
    seen_nonces.add(fields["nonce"])  # only once the signature checks out
    return fields["keyid"]


def refund(created: int = NOW - 5, sent: bytes = b'{"order": 42}') -> httpx.Request:
    url = "https://billing.internal/refunds"
    signed = sign(httpx.Request("POST", url, content=b'{"order": 42}'), "orders-service", created)
    headers = {k: v for k, v in signed.headers.items() if k != "content-length"}
    return httpx.Request("POST", url, headers=headers, content=sent)  # sent may differ: tampering


first = refund()
attempts = {"signed": first, "replayed": first, "10 minutes old": refund(created=NOW - 600)}
attempts["tampered body"] = refund(sent=b'{"order": 4200}')  # a fresh nonce, a changed body
accepted = []
for label, request in attempts.items():
    try:
        print(f"{label:<14} -> accepted from {verify(request)}")
        accepted.append(label)
    except ValueError as refusal:
        print(f"{label:<14} -> 401 {refusal}")
assert accepted == ["signed"]
