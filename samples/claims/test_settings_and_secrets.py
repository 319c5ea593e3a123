"""Claims made on content/questions/settings-and-secrets/; each fails if a release changes them."""

import os
from functools import lru_cache
from pathlib import Path
from typing import Annotated

import pydantic
import pytest
from asgi import call
from fastapi import Depends, FastAPI
from pydantic import BaseModel, ConfigDict, HttpUrl, SecretStr, ValidationError

PAGE = "settings-and-secrets"


class Settings(BaseModel):
    debug: bool = False
    max_page_size: int = 100
    api_key: SecretStr
    database_url: HttpUrl


GOOD = {"api_key": "sk_live_9", "database_url": "https://db.example.com"}


def test_base_settings_moved_out_of_pydantic() -> None:
    """In Pydantic v2, `from pydantic import BaseSettings` fails and names pydantic-settings."""
    with pytest.raises(pydantic.errors.PydanticImportError, match="pydantic-settings"):
        from pydantic import BaseSettings  # noqa: F401


def test_strings_are_coerced_and_every_problem_is_reported_at_once() -> None:
    """ "50" becomes 50 and "false" False; a bad environment yields one error per problem."""
    settings = Settings.model_validate({"max_page_size": "50", "debug": "false", **GOOD})
    assert (settings.max_page_size, settings.debug) == (50, False)
    with pytest.raises(ValidationError) as caught:
        Settings.model_validate({"debug": "maybe"})
    problems = [(error["loc"][0], error["type"]) for error in caught.value.errors()]
    assert problems == [
        ("debug", "bool_parsing"),
        ("api_key", "missing"),
        ("database_url", "missing"),
    ]


def test_secret_str_masks_repr_str_and_json_but_not_python_dumps() -> None:
    """SecretStr masks repr, str and JSON; model_dump() returns the SecretStr object itself."""
    settings = Settings.model_validate(GOOD)
    assert "sk_live_9" not in repr(settings) and str(settings.api_key) == "**********"
    assert '"api_key":"**********"' in settings.model_dump_json()
    assert isinstance(settings.model_dump()["api_key"], SecretStr)
    assert settings.api_key.get_secret_value() == "sk_live_9"


def test_validation_errors_echo_input_unless_hidden() -> None:
    """A failed field prints its raw input unless hide_input_in_errors=True."""

    class Hidden(Settings):
        model_config = ConfigDict(hide_input_in_errors=True)

    bad = {"api_key": "k", "database_url": "https://app:hunter2@db.example.com:54x2"}
    with pytest.raises(ValidationError) as shown:
        Settings.model_validate(bad)
    with pytest.raises(ValidationError) as hidden:
        Hidden.model_validate(bad)
    assert "hunter2" in str(shown.value)
    assert "hunter2" not in str(hidden.value)


def test_only_secret_fields_are_masked() -> None:
    """A password inside a URL field shows in repr; only SecretStr fields are masked."""
    settings = Settings.model_validate({**GOOD, "database_url": "https://app:hunter2@db.example"})
    assert "hunter2" in repr(settings)


def test_cached_settings_dependency_can_be_overridden_or_cleared() -> None:
    """lru_cache reads once; dependency_overrides swaps the object; cache_clear() rereads."""
    os.environ["CLAIM_MAX_PAGE_SIZE"] = "10"

    @lru_cache
    def get_settings() -> Settings:
        return Settings.model_validate({"max_page_size": os.environ["CLAIM_MAX_PAGE_SIZE"], **GOOD})

    app = FastAPI()

    @app.get("/limits")
    async def limits(settings: Annotated[Settings, Depends(get_settings)]) -> dict[str, int]:
        return {"max_page_size": settings.max_page_size}

    try:
        assert call(app, "GET", "/limits").json() == {"max_page_size": 10}
        os.environ["CLAIM_MAX_PAGE_SIZE"] = "20"
        assert call(app, "GET", "/limits").json() == {"max_page_size": 10}  # cached
        get_settings.cache_clear()
        assert call(app, "GET", "/limits").json() == {"max_page_size": 20}
        override = Settings.model_validate({"max_page_size": 5, **GOOD})
        app.dependency_overrides[get_settings] = lambda: override
        assert call(app, "GET", "/limits").json() == {"max_page_size": 5}
    finally:
        del os.environ["CLAIM_MAX_PAGE_SIZE"]


def test_pydantic_settings_priority_and_case_insensitive_lookup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Constructor arguments beat environment variables, which beat the dotenv file, which beats
    the secrets directory, which beats field defaults; names match case-insensitively."""
    sources = pytest.importorskip("pydantic_settings")
    (tmp_path / "secrets").mkdir()
    for name in ("app_token", "app_region", "app_tier"):
        (tmp_path / "secrets" / name).write_text("from-secret-file")
    (tmp_path / ".env").write_text("APP_TOKEN=from-dotenv\nAPP_REGION=from-dotenv\n")

    class AppSettings(sources.BaseSettings):
        model_config = sources.SettingsConfigDict(
            env_prefix="APP_", env_file=tmp_path / ".env", secrets_dir=tmp_path / "secrets"
        )
        token: str = "default"
        region: str = "default"
        tier: str = "default"
        zone: str = "default"

    monkeypatch.setenv("app_token", "from-env")  # lower case still matches APP_TOKEN
    assert AppSettings.model_config["case_sensitive"] is False
    assert AppSettings(token="from-init").token == "from-init"
    loaded = AppSettings()
    assert (loaded.token, loaded.region, loaded.tier, loaded.zone) == (
        "from-env",
        "from-dotenv",
        "from-secret-file",
        "default",
    )


def test_hide_input_in_errors_works_on_base_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """`hide_input_in_errors=True` keeps a malformed URL's password out of a BaseSettings error."""
    sources = pytest.importorskip("pydantic_settings")
    monkeypatch.setenv("DATABASE_URL", "https://app:hunter2@db.example.com:54x2")

    class Shown(sources.BaseSettings):
        database_url: HttpUrl

    class Hidden(Shown):
        model_config = sources.SettingsConfigDict(hide_input_in_errors=True)

    with pytest.raises(ValidationError) as shown:
        Shown()
    with pytest.raises(ValidationError) as hidden:
        Hidden()
    assert "hunter2" in str(shown.value) and "hunter2" not in str(hidden.value)


def test_pydantic_settings_ships_secret_store_sources_as_extras() -> None:
    """pydantic-settings 2.16 has sources for AWS Secrets Manager, AWS Systems Manager Parameter
    Store, Azure Key Vault and Google Secret Manager, each behind an install extra."""
    sources = pytest.importorskip("pydantic_settings")
    from importlib.metadata import metadata, version

    assert tuple(int(part) for part in version("pydantic-settings").split(".")[:2]) >= (2, 16)
    for name in (
        "AWSSecretsManagerSettingsSource",
        "AWSSystemsManagerSettingsSource",
        "AzureKeyVaultSettingsSource",
        "GoogleSecretManagerSettingsSource",
    ):
        assert hasattr(sources, name), name
    extras = set(metadata("pydantic-settings").get_all("Provides-Extra") or [])
    assert {
        "aws-secrets-manager",
        "aws-systems-manager",
        "azure-key-vault",
        "gcp-secret-manager",
    } <= extras
