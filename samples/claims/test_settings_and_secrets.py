"""Claims made on content/questions/settings-and-secrets/; each fails if a release changes them."""

import os
from functools import lru_cache
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
