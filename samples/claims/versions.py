"""The installed release of a package, for "since version X" claim checks."""

from importlib.metadata import version


def release(package: str) -> tuple[int, ...]:
    """Major, minor and patch as numbers; release("fastapi") >= (0, 164) means 0.164 or later."""
    return tuple(int(part) for part in version(package).split(".")[:3])
