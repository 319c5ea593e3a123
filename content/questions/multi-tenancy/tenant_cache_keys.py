# /// script
# requires-python = ">=3.11"
# dependencies = []
# ///
"""A shared cache leaks one tenant's data to another unless the tenant is part of every key."""

DATABASE = {"acme": {"plan": "enterprise", "sso": True}, "globex": {"plan": "trial", "sso": False}}
cache: dict[str, dict] = {}  # stands in for Redis, shared by every tenant and every worker
loads: list[str] = []


def load_settings(tenant_id: str) -> dict:
    loads.append(tenant_id)
    return DATABASE[tenant_id]


def settings_unscoped(tenant_id: str) -> dict:
    key = "settings"  # written by whichever tenant came first, then served to everyone
    if key not in cache:
        cache[key] = load_settings(tenant_id)
    return cache[key]


def settings_scoped(tenant_id: str) -> dict:
    key = f"tenant:{tenant_id}:settings"  # the tenant is part of the key, so entries never mix
    if key not in cache:
        cache[key] = load_settings(tenant_id)
    return cache[key]


seen = {}
for lookup in (settings_unscoped, settings_scoped):
    cache.clear()
    loads.clear()
    results = {tenant: lookup(tenant) for tenant in ("acme", "globex")}
    seen[lookup.__name__] = results["globex"]
    print(f"{lookup.__name__}: globex sees {results['globex']} (database loads: {loads})")

assert seen["settings_unscoped"] == DATABASE["acme"]  # the leak: acme's entry served to globex
assert seen["settings_scoped"] == DATABASE["globex"]
