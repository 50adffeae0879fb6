"""Data, not code: agency directory, registry extract, header synonyms, letter phrases,
calendar overrides, message templates.  Shipped with the package; `path()` finds a file."""

from pathlib import Path

HERE = Path(__file__).resolve().parent


def path(name: str) -> Path:
    return HERE / name
