"""The board's words in the operator's language (Russian, the default, or Kazakh) and its
dates: `dd.mm.yyyy`, times `dd.mm.yyyy HH:MM` in the configured zone.

Why a small object over gateway.web.vocabulary and not gettext: the board has a few hundred
words and codes; `t("label")` answers a label, `t.state(code)`, `t.event(code)` … a stored
code's name, each from a table of (ru, kk) pairs a test checks complete.  A code the tables
do not know (a test's own event) is shown as it is rather than hidden.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from gateway.web.vocabulary import TABLES

LANGUAGES = ("ru", "kk")


class Words:
    """`t("key", **fields)` a label (formatted when fields are given); `t.<table>(code)` the
    name of a stored code in this language."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "ru"
        self._i = LANGUAGES.index(self.language)

    def _find(self, table: str, key: str | None) -> str:
        pair = TABLES[table].get(str(key or ""))
        return pair[self._i] if pair else str(key or "")

    def __call__(self, key: str, **fields: Any) -> str:
        said = self._find("label", key)
        return said.format(**fields) if fields else said

    def __getattr__(self, table: str) -> Callable[[str | None], str]:
        if table not in TABLES:
            raise AttributeError(table)
        return lambda code: self._find(table, code)

    def name(self, thing: Any) -> str:
        """A stored name in the operator's language: `name_kk` for Kazakh when there is one."""
        def get(key: str) -> Any:
            return thing.get(key) if isinstance(thing, dict) else getattr(thing, key, None)

        if self.language == "kk" and get("name_kk"):
            return str(get("name_kk"))
        return str(get("name_ru") or "")

    def reason(self, text: str | None) -> str:
        """A stored quarantine reason; an operator's rejection (written by
        gateway.processing.decisions as `rejected by WHO: WHY`) in words."""
        found = re.fullmatch(r"rejected by (.+?): (.*)", text or "", flags=re.S)
        if found:
            return self("rejected_by", who=found.group(1), reason=found.group(2))
        return text or ""


def words(language: str) -> Words:
    return Words(language)


def day(value: dt.date | str | None) -> str:
    """dd.mm.yyyy, or an em dash."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return value.strftime("%d.%m.%Y")


def moment(zone: str) -> Callable[[dt.datetime | str | None], str]:
    """dd.mm.yyyy HH:MM in `zone` (stored times are UTC; SQLite returns them naive)."""
    tz = ZoneInfo(zone)

    def fmt(value: dt.datetime | str | None) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return aware.astimezone(tz).strftime("%d.%m.%Y %H:%M")

    return fmt
