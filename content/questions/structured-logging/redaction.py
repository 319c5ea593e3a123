# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""Secrets are masked before they reach the log; JSON keeps a forged line break inside one event."""

import json
import logging
import sys
from urllib.parse import parse_qsl, urlencode, urlsplit

SENSITIVE = {"authorization", "cookie", "password", "token", "access_token", "api_key", "secret"}


def redact(value: object, key: str = "") -> object:
    if key.lower() in SENSITIVE:
        return "REDACTED"
    if isinstance(value, dict):
        return {k: redact(v, k) for k, v in value.items()}
    if key == "url":  # tokens hide in query strings too
        url = urlsplit(str(value))
        query = [(k, redact(v, k)) for k, v in parse_qsl(url.query)]
        return url._replace(query=urlencode(query)).geturl()
    return value


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields = redact(getattr(record, "fields", {}))
        return json.dumps({"level": record.levelname, "msg": record.getMessage(), **fields})


log = logging.getLogger("payments")
log.handlers = [logging.StreamHandler(sys.stdout)]
log.setLevel(logging.INFO)
outgoing = {
    "url": "https://pay.example/v1/charges?amount=1999&api_key=sk_live_51Hx",
    "headers": {"Authorization": "Bearer eyJhbGciOi...", "Accept": "application/json"},
}
username = "mallory\nINFO login succeeded user=admin"  # sent by an attacker

for name, formatter in [("plain text", logging.Formatter("%(levelname)s %(message)s")),
                        ("JSON", JsonFormatter())]:  # fmt: skip
    print(f"--- {name}")
    log.handlers[0].setFormatter(formatter)
    log.warning("login failed user=%s", username)
    log.info("calling payment provider", extra={"fields": outgoing})

assert redact(outgoing)["headers"]["Authorization"] == "REDACTED"
assert "sk_live" not in json.dumps(redact(outgoing))
