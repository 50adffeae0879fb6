"""A change notice's table of changes (p.6): one row per changed column of one service, not the
form's columns.

Why its own reader: agencies rarely resend the Appendix 1 form with only the changed column
filled; they draw a small table of their own, in two shapes:
- "№ в реестре | Графа (Что изменилось) | Новое значение (Новая редакция)": the changed
  column named in a cell of each row;
- "№ в реестре | Наименование | Было | Стало": the old and the new value side by side, the column
  named by the new value's own words ("Стандарт государственной услуги «…»"), by a "графа N"
  of the letter, or by the one column the letter speaks of.
The registry number and the new value are what the case takes; the old value never is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gateway.domain import ServiceInfo
from parsers.form.headers import Table
from parsers.text import fold

_REGISTRY = re.compile(r"(?i)реестр|тізілім|№\s*услуг|номер\s+услуг|код\s+услуг|"
                       r"қызмет\s+(?:№|нөмір)")
_FIELD = re.compile(r"(?i)граф|что\s+измен|изменяем|реквизит|баған|өзгер\w*\s+(?:баған|дерек)|"
                    r"наименование\s+(?:граф|реквизит|сведени)|поле|параметр")
_NEW = re.compile(r"(?i)^\W*(?:стало|нов\w*|жаңа\w*|актуальн\w*|өзгертілген|изменённ\w*|"
                  r"измененн\w*)|значени|редакци|мәні")
_OLD = re.compile(r"(?i)^\W*(?:было|прежн\w*|бұрын\w*|ескі|действующ\w*|старое)")
_NUMBER = re.compile(r"\b\d{6,10}\b")

# the column a label names, in the order the words are told apart: a web address first (its
# label may say "адрес"), the standard and the regulation before acts ("утвержден приказом")
_LABELS = (
    ("website", re.compile(r"(?i)интернет|сайт|веб|web|мекенжай|ресурс|https?://|www\.")),
    ("standard", re.compile(r"(?i)стандарт")),
    ("regulation", re.compile(r"(?i)регламент")),
    ("npa_changes", re.compile(r"(?i)нормативн|правов|нпа|нқа|құқықтық|изменяющ|"
                               r"өзгеріс\s+енгіз")),
)
_COLUMN_NO = re.compile(r"(?i)(?:граф\w*|баған\w*)\s*№?\s*([4-7])\b|"
                        r"\b([4-7])\s*-?\s*(?:граф|баған)")
_BY_NUMBER = {"4": "standard", "5": "regulation", "6": "npa_changes", "7": "website"}


def _numbered(text: str) -> str | None:
    """The column a "графа N" / "N-баған" names, or None."""
    m = _COLUMN_NO.search(text)
    return _BY_NUMBER[m.group(1) or m.group(2)] if m else None


def _label(cell: str | None) -> str | None:
    text = cell or ""
    if (numbered := _numbered(text)) is not None:
        return numbered
    for name, pattern in _LABELS:
        if pattern.search(text):
            return name
    return None


def _from_value(value: str) -> str | None:
    """The column a new value belongs to by its own first words."""
    head = value.strip()[:40]
    if re.match(r"(?i)(?:https?://|www\.)\S+$", value.strip()):
        return "website"
    if re.match(r"(?i)\W*стандарт", head):
        return "standard"
    if re.match(r"(?i)\W*регламент", head):
        return "regulation"
    return None


def _from_text(text: str) -> str | None:
    """The one column the letter's own words name ("графа 4", "стандартов"), or None."""
    if (numbered := _numbered(text)) is not None:
        return numbered
    named = {name for name, pattern in _LABELS[1:] if pattern.search(text)}
    return named.pop() if len(named) == 1 else None


def _header(table: Table) -> tuple[int, int, int | None, int] | None:
    """(header row, registry column, field column or None, new-value column)."""
    for i, row in enumerate(table[:4]):
        cells = [c or "" for c in row]
        registry = next((j for j, c in enumerate(cells) if _REGISTRY.search(c)), None)
        new = next((j for j, c in enumerate(cells) if j != registry and _NEW.search(c)
                    and not _REGISTRY.search(c)), None)
        if registry is None or new is None:
            continue
        field = next((j for j, c in enumerate(cells) if j not in (registry, new)
                      and _FIELD.search(c)), None)
        old = any(_OLD.search(c) for c in cells)
        if field is None and not old:
            continue
        return i, registry, field, new
    return None


def find_change_rows(tables: Sequence[Table], text: str = "") -> list[ServiceInfo] | None:
    """Services with only their changed columns from a table of changes, or None."""
    for table in tables:
        found = _header(table)
        if found is None:
            continue
        start, registry, field, new = found
        services: dict[str, dict[str, str]] = {}
        for row in table[start + 1:]:
            cells = list(row) + [None] * (max(registry, new, field or 0) + 1 - len(row))
            number = _NUMBER.search(cells[registry] or "")
            value = fold(cells[new])
            if not number or not value:
                continue
            column = (_label(cells[field]) if field is not None else None) \
                or _from_value(value) or _from_text(text)
            if column is None:
                continue
            services.setdefault(number.group(0), {})[column] = value
        if services:
            return [ServiceInfo(registry_number=n, standard=v.get("standard"),
                                regulation=v.get("regulation"), npa_changes=v.get("npa_changes"),
                                website=v.get("website"))
                    for n, v in services.items()]
    return None
