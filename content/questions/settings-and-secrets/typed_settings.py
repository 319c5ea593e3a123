# /// script
# requires-python = ">=3.11"
# dependencies = ["fastapi", "httpx"]
# ///
"""Typed settings from environment variables (by hand; pydantic-settings automates it)."""

import asyncio
import os
from collections.abc import Mapping
from functools import lru_cache
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, status
from pydantic import BaseModel, ConfigDict, HttpUrl, SecretStr, ValidationError


class Settings(BaseModel):
    model_config = ConfigDict(hide_input_in_errors=True)  # errors never print the raw value

    environment: str = "dev"
    debug: bool = False
    max_page_size: int = 100
    payments_url: HttpUrl
    payments_api_key: SecretStr


def load_settings(env: Mapping[str, str], prefix: str = "APP_") -> Settings:
    values = {k.removeprefix(prefix).lower(): v for k, v in env.items() if k.startswith(prefix)}
    return Settings.model_validate(values)  # strings are coerced: "50" -> 50


@lru_cache  # read and validated once per process, at first use
def get_settings() -> Settings:
    return load_settings(os.environ)


app = FastAPI()


@app.get("/status")
async def read_status(settings: Annotated[Settings, Depends(get_settings)]) -> dict[str, object]:
    return {"environment": settings.environment, "payments": str(settings.payments_url)}


async def main() -> None:
    env = {"APP_ENVIRONMENT": "staging", "APP_MAX_PAGE_SIZE": "50", "HOME": "/home/app"}
    env |= {"APP_PAYMENTS_URL": "https://pay.example.com", "APP_PAYMENTS_API_KEY": "sk_test_4f9a2c"}
    settings = load_settings(env)  # in production: get_settings(), reading os.environ
    print("repr:", repr(settings))
    print("json:", settings.model_dump_json())
    assert settings.max_page_size == 50 and "sk_test" not in repr(settings)
    assert settings.payments_api_key.get_secret_value() == "sk_test_4f9a2c"

    bad_url = "https://svc:hunter2@pay.example.com:443x"  # a password inside a malformed URL
    try:
        load_settings({"APP_DEBUG": "maybe", "APP_PAYMENTS_URL": bad_url})
    except ValidationError as exc:
        print("bad env:", [(e["loc"][0], e["type"]) for e in exc.errors()])
        assert "hunter2" not in str(exc)  # without hide_input_in_errors the log would show it
    else:
        raise AssertionError("invalid settings were accepted")

    app.dependency_overrides[get_settings] = lambda: settings  # tests never touch os.environ
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://t"
    ) as client:
        response = await client.get("/status")
    print("GET /status ->", response.status_code, response.text)
    assert response.status_code == status.HTTP_200_OK and "sk_test" not in response.text
    app.dependency_overrides.clear()


if __name__ == "__main__":
    asyncio.run(main())
