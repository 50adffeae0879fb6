"""Field accuracy of a parsed form against its answer: every field of every service (columns
2-8, the responsible person's four), the executor's name and date, each one field; strings
compared after the contract's normalisation (white space folded, case, quotes and dashes, a
trailing full stop, a URL's scheme), as the shared scorer does."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

SERVICE = ("registry_number", "service_name", "standard", "regulation", "npa_changes", "website")
PERSON = ("full_name", "position", "email", "phone")
_FOLD = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "—": "-", "–": "-"})


def norm(value: Any) -> str | None:
    if value is None:
        return None
    s = re.sub(r"\s+", " ", unicodedata.normalize("NFC", str(value)).translate(_FOLD)).strip()
    s = re.sub(r"^https?://", "", s.rstrip(".,;:").casefold()).rstrip("/")
    return s or None


def field_score(services: list[dict], executor: dict, doc: Any) -> tuple[int, int, list[str]]:
    """(fields right, fields in all, the misses in words) for one document."""
    got = [s.model_dump(mode="json") for s in doc.services]
    right = total = 0
    misses: list[str] = []

    def check(where: str, want: Any, have: Any) -> None:
        nonlocal right, total
        total += 1
        if norm(want) == norm(have):
            right += 1
        else:
            misses.append(f"{doc.part} {where}: {have!r} != {want!r}")

    for n, want in enumerate(services):
        have = got[n] if n < len(got) else {}
        for key in SERVICE:
            check(f"[{n}].{key}", want[key], have.get(key))
        for key in PERSON:
            check(f"[{n}].responsible.{key}", (want["responsible"] or {}).get(key),
                  (have.get("responsible") or {}).get(key))
    executor_got = doc.executor.model_dump(mode="json")
    for key in ("full_name", "date"):
        check(f"executor.{key}", executor[key], executor_got[key])
    return right, total, misses
