# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""A TLS handshake in memory: what certificate and hostname checks accept, and what they refuse."""

import ssl
import tempfile
from pathlib import Path

# Test fixture, not a secret: a self-signed certificate for api.example.test (a reserved name) and
# its key, trusted by nothing but this script. A real private key never belongs in source code.
CERT = """-----BEGIN CERTIFICATE-----
MIIBazCCARCgAwIBAgIUf2jgMe7HzJj3zB/D5UeUTV5dw5wwCgYIKoZIzj0EAwIw
GzEZMBcGA1UEAwwQYXBpLmV4YW1wbGUudGVzdDAgFw0yNjAxMDEwMDAwMDBaGA8y
MTI2MDEwMTAwMDAwMFowGzEZMBcGA1UEAwwQYXBpLmV4YW1wbGUudGVzdDBZMBMG
ByqGSM49AgEGCCqGSM49AwEHA0IABCeDz38jr0bYZobPMigbzo8QBRYdoQwi8iee
58mPO4OdDThmY1yAm1DnihU4FOgeYoZoe1WTIBdIeurq1hYHKc+jMDAuMBsGA1Ud
EQQUMBKCEGFwaS5leGFtcGxlLnRlc3QwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjO
PQQDAgNJADBGAiEAiER8KP3gVA3g5JqrDzx8mZA8JtABgNpg0F8+DLKEc5sCIQDl
QGvSFc1FcKE6jUIqkyED1iomX7Rn/TKBrf5pbingAQ==
-----END CERTIFICATE-----
"""
KEY = """-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgPKKoe0ryEUPITjTu
MUZ6Z2LZoHvz19Au3J+3sLlz/8+hRANCAAQng89/I69G2GaGzzIoG86PEAUWHaEM
IvInnufJjzuDnQ04ZmNcgJtQ54oVOBToHmKGaHtVkyAXSHrq6tYWBynP
-----END PRIVATE KEY-----
"""

server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
with tempfile.TemporaryDirectory() as folder:  # load_cert_chain reads files, not strings
    pem = Path(folder) / "server.pem"
    pem.write_text(CERT + KEY)
    server_ctx.load_cert_chain(pem)
Link = tuple[ssl.SSLObject, ssl.SSLObject, ssl.MemoryBIO, ssl.MemoryBIO]


def connect(client_ctx: ssl.SSLContext, hostname: str) -> Link:
    """Runs the handshake over in-memory pipes, as a socket would carry it."""
    to_server, to_client = ssl.MemoryBIO(), ssl.MemoryBIO()
    client = client_ctx.wrap_bio(to_client, to_server, server_hostname=hostname)
    server_in, server_out = ssl.MemoryBIO(), ssl.MemoryBIO()
    server = server_ctx.wrap_bio(server_in, server_out, server_side=True)
    for _ in range(5):
        for side in (client, server):
            try:
                side.do_handshake()
            except ssl.SSLWantReadError:
                pass
            except ssl.SSLError:
                if side is client:
                    raise  # the client's verdict is what matters here
        server_in.write(to_server.read())
        to_client.write(server_out.read())
    return client, server, to_server, server_in


def attempt(label: str, client_ctx: ssl.SSLContext, hostname: str) -> Link | None:
    try:
        link = connect(client_ctx, hostname)
        print(f"{label:26} connected with {link[0].version()}")
        return link
    except ssl.SSLCertVerificationError as exc:
        print(f"{label:26} refused: {exc.verify_message}")
        return None


trusting = ssl.create_default_context(cadata=CERT)  # trusts this certificate as its CA
print("default minimum version:  ", trusting.minimum_version.name)
link = attempt("trusted cert, right name:", trusting, "api.example.test")
assert not attempt("trusted cert, wrong name:", trusting, "evil.example.test")
assert not attempt("system CAs only:", ssl.create_default_context(), "api.example.test")

careless = ssl.create_default_context()
careless.check_hostname, careless.verify_mode = False, ssl.CERT_NONE  # what verify=False does
assert attempt("verification turned off:", careless, "api.example.test")

assert link is not None
client, server, wire_out, server_in = link
client.write(b"GET /me HTTP/1.1\r\nHost: api.example.test\r\nAuthorization: Bearer s3cr3t\r\n\r\n")
on_the_wire = wire_out.read()
print("token visible on the wire:", b"s3cr3t" in on_the_wire)
server_in.write(on_the_wire)
print("server reads:", server.read().split(b"\r\n")[2].decode())
