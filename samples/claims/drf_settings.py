"""Django settings shared by the Django REST framework claims (latest set only).

Django can be configured only once per process, so every claims file that uses DRF calls
configure() from here, while `settings.configured` is false, rather than configuring its own.
"""

import django
from django.conf import settings

REST_FRAMEWORK = {"UNAUTHENTICATED_USER": None}


def configure() -> None:
    """An in-memory cache for the throttles' history, and no auth apps (anonymous requests)."""
    settings.configure(
        CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
        REST_FRAMEWORK=REST_FRAMEWORK,
    )
    django.setup()
