"""Reading services out of a table once its header is known: one service per row, the form
turned on its side ("field | value" rows), and a form continued over several tables (the next
page of a PDF, a table split in Word), so that the best-matching table of a document wins and
its continuations are not lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from gateway.domain import ServiceInfo
from parsers.form.headers import (
    KEY_FIELDS,
    MIN_FIELDS,
    Table,
    find_header,
    header_field,
    is_trailer,
)
from parsers.text import fold, split_responsible


@dataclass
class Reading:
    """One table read as the form: how sure (fields recognised) and what it holds."""

    score: int
    services: list[ServiceInfo]
    columns: dict[int, str] = field(default_factory=dict)  # empty for a sideways form
    width: int = 0


# a registry number cell that is only the number with a sign before it ("№ 01301022", "No.
# 00402674", "N 5"): the number is what the Reestr and the case know
_NUMBER_SIGN = re.compile(r"^(?:№|N[o°]?\.?|#)\s*(\d{3,10})\.?$", re.I)


def _registry(cell: str | None) -> str | None:
    text = fold(cell)
    m = _NUMBER_SIGN.match(text or "")
    return m.group(1) if m else text


def service(values: dict[str, str | None]) -> ServiceInfo:
    """A service from field -> cell text, normalised as the contract says."""
    return ServiceInfo(
        registry_number=_registry(values.get("registry_number")),
        service_name=fold(values.get("service_name")),
        standard=fold(values.get("standard")),
        regulation=fold(values.get("regulation")),
        npa_changes=fold(values.get("npa_changes")),
        website=_website(values.get("website")),
        responsible=split_responsible(values.get("responsible")),
    )


_URL_PIECE = re.compile(r"(?<=[\w/.-])\s+(?=[/.][\w])|(?<=[/.])\s+(?=[\w])")


def _website(value: str | None) -> str | None:
    """A web address as written, a line break or space a PDF put inside it taken out
    ("http://x.gov.kz /ru/services" -> "http://x.gov.kz/ru/services")."""
    text = fold(value)
    if text is None or re.search(r"[а-яёәғқңөұүһі]", text, re.I) or "," in text:
        return text
    return _URL_PIECE.sub("", text)


# "the same as above": a cell repeating the value of the row above
_DITTO_WORD = (r"(?:[-—–]?\s*(?://|[\"“”„«»'〃])\s*[-—–]?|〃|то\s+же|тоже|аналогично|"
               r"сол\s+сияқты|сондай|дәл\s+солай|также|идентично)")
# one ditto word, or two joined by "/" for a bilingual table ("сол сияқты / то же")
DITTO = re.compile(rf"(?i)^\s*{_DITTO_WORD}\s*\.?\s*(?:/\s*{_DITTO_WORD}\s*\.?\s*)?$")
_COLUMN_NUMBER = re.compile(r"^\s*\d{1,2}\s*\.?\s*$")


def _not_a_service(values: dict[str, str | None]) -> bool:
    """A row that is part of the table's furniture: the column-number row (1 2 3 … 8), a
    sub-header merged across the row ("Раздел 2. Услуги в сфере …"), the header again."""
    filled = [fold(v) for f, v in values.items() if f != "number" and fold(v)]
    if not filled:
        return True
    if all(_COLUMN_NUMBER.match(v or "") for v in filled):
        return True
    if len(set(filled)) == 1 and len(filled) >= 1 and not values.get("registry_number") \
            and not values.get("responsible"):
        return True
    return header_field(values.get("registry_number")) == "registry_number" or \
        header_field(values.get("service_name")) == "service_name"


def _services(rows: Table, columns: dict[int, str]) -> list[ServiceInfo]:
    out = []
    above: dict[str, str | None] = {}
    for row in rows:
        if is_trailer(row):
            break  # the executor and date lines: the table has ended
        values = {f: (row[j] if j < len(row) else None) for j, f in columns.items()}
        if _not_a_service(values):
            continue
        for f, v in values.items():
            if v and DITTO.match(v) and above.get(f):
                values[f] = above[f]
        above = values
        out.append(service(values))
    return out


def by_rows(table: Table) -> Reading | None:
    """The form laid out one service per row, or None."""
    found = find_header(table)
    if found is None:
        return None
    start, columns = found
    width = max((len(r) for r in table), default=0)
    return Reading(len(columns), _services(table[start:], columns), columns, width)


def sideways(table: Table) -> Reading | None:
    """The form with its fields down the first column: one service written as "field | value"
    rows (the form on its side), or several, one column per service (the form transposed)."""
    rows: list[tuple[str, list[str | None]]] = []
    seen: set[str] = set()
    for row in table:
        # the field's name is the first cell naming a column (a row number may stand before it)
        k = next((k for k, c in enumerate(row[:-1]) if c and fold(c) and header_field(c)), None)
        if k is None:
            continue
        name = header_field(row[k])
        if name and name not in seen:
            seen.add(name)
            rows.append((name, [c if c != row[k] else None for c in row[k + 1:]]))
    if len(rows) < MIN_FIELDS or not KEY_FIELDS & seen:
        return None
    width = max(len(cells) for _, cells in rows)
    columns = [j for j in range(width) if sum(1 for _, cells in rows
                                              if j < len(cells) and fold(cells[j])) >= 2]
    if len(columns) <= 1:
        values: dict[str, str | None] = {
            name: " ".join(dict.fromkeys(c for c in cells if c and fold(c)))
            for name, cells in rows}
        return Reading(len(values), [service(values)])
    services = [service({name: cells[j] if j < len(cells) else None for name, cells in rows})
                for j in columns]
    return Reading(len(rows), [s for s in services if s.registry_number or s.service_name])


READERS = (by_rows, sideways)


def is_form(table: Table) -> bool:
    """Whether `table` reads as the form in any layout (header found, or field | value rows)."""
    return any(reader(table) is not None for reader in READERS)


def find_form(tables: Sequence[Table]) -> list[ServiceInfo] | None:
    """The services of the table that is the form (plus the tables that continue it), or None
    when no table of the document is the form."""
    readings: list[Reading | None] = []
    for table in tables:
        got = [r for r in (reader(table) for reader in READERS) if r is not None and r.services]
        readings.append(max(got, key=lambda r: r.score) if got else None)
    scored = [(r.score, -n, n) for n, r in enumerate(readings) if r is not None]
    if not scored:
        return None
    first = max(scored)[2]
    best = readings[first]
    assert best is not None
    services = list(best.services)
    if not best.columns:
        # a form on its side is one service a table: every other table read so, with services
        # of its own, is the next service (a sheet or a page each), in the document's order
        out: list[ServiceInfo] = []
        for n, other in enumerate(readings):
            if other is None or other.columns or (n != first and other.score < best.score - 2):
                continue
            known = {s.registry_number for s in out}
            out.extend(s for s in other.services if n == first or s.registry_number
                       and s.registry_number not in known)
        return out
    for n in range(first + 1, len(tables)):
        other = readings[n]
        if other is not None and other.columns and \
                set(other.columns.values()) == set(best.columns.values()):
            known = {s.registry_number for s in services}
            numbers = {s.registry_number for s in other.services} - {None}
            if numbers and numbers <= known:
                break  # the same services again: the form in the other language
            services.extend(other.services)  # the header repeated over the continuation
        elif other is None and _continues(tables[n], best):
            services.extend(_services(tables[n], best.columns))
        else:
            break
    return services


CHANGE_FIELDS = frozenset({"standard", "regulation", "npa_changes", "website"})


def find_changed_columns(tables: Sequence[Table]) -> list[ServiceInfo] | None:
    """A revised Appendix 1 holding only the changed columns (p.6): a header naming a registry
    number or a name and at least one of columns 4-7, too few columns to be the whole form
    (no column 8: a whole form whose people are all missing is still the form).  The
    services carry those columns; the others are null."""
    for table in tables:
        found = find_header(table, min_fields=2)
        if found is None or not CHANGE_FIELDS & set(found[1].values()) or \
                "responsible" in found[1].values():
            continue  # no changed column, or the whole form with its column 8
        has_number = "registry_number" in found[1].values()
        services = [s for s in _services(table[found[0]:], found[1])
                    if not has_number or any(ch.isdigit() for ch in s.registry_number or "")]
        if services:
            return services
    return None


def _continues(table: Table, best: Reading) -> bool:
    """A headerless table as wide as the form, whose registry column holds registry numbers."""
    width = max((len(r) for r in table), default=0)
    if width != best.width:
        return False
    column = next((j for j, f in best.columns.items() if f == "registry_number"), None)
    if column is None:
        return True
    values = [fold(r[column]) for r in table if column < len(r)]
    return any(v and any(ch.isdigit() for ch in v) for v in values)
