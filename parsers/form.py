"""Finding the Appendix 1 table by meaning, whatever the format it was read from.

Why format-independent: a DOCX, an XLSX sheet and a PDF page all reduce to tables of cell
strings plus the text around them; the form is recognised in those by its header cells, matched
against the Russian and Kazakh synonyms in mappings/headers.toml, whatever the column order,
with headers split over two rows, a column-number row (1 2 3 ... 8) under them, footnote marks
and line breaks, several tables in one document (the best-matching one is the form), or the
form turned on its side (one service as a two-column "field | value" table).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from gateway.domain import ServiceInfo
from parsers.records import Executor
from parsers.text import fold, parse_date, split_responsible

Table = Sequence[Sequence[str | None]]
FIELDS = ("number", "registry_number", "service_name", "standard", "regulation", "npa_changes",
          "website", "responsible")
MIN_FIELDS = 4  # header cells that must be recognised for a table to be the form

_FOOTNOTES = re.compile(r"[*¹²³⁴⁵⁶⁷⁸⁹⁰†‡]+|\(\d\)|\[\d+\]")
_PUNCT = re.compile(r"[\s\"«»“”]+")


@dataclass(frozen=True)
class Synonyms:
    columns: tuple[tuple[str, str], ...]  # (phrase, field), longest phrase first
    executor: tuple[str, ...]
    date: tuple[str, ...]


@lru_cache(maxsize=1)
def synonyms() -> Synonyms:
    from mappings import path

    data = tomllib.loads(path("headers.toml").read_text(encoding="utf-8"))
    pairs = [(_norm(p), f) for f, spec in data["columns"].items() for p in spec["phrases"]]
    pairs.sort(key=lambda pf: -len(pf[0]))
    return Synonyms(tuple(pairs), tuple(_norm(p) for p in data["executor"]["phrases"]),
                    tuple(_norm(p) for p in data["date"]["phrases"]))


def _norm(text: str | None) -> str:
    if not text:
        return ""
    text = _FOOTNOTES.sub(" ", text.replace("\u00ad", "").replace("-\n", "-"))
    return _PUNCT.sub(" ", text).strip().casefold()


def header_field(cell: str | None) -> str | None:
    """The column a header cell names, or None."""
    text = _norm(cell)
    if not text or len(text) > 200:
        return None
    for phrase, field in synonyms().columns:
        if phrase in text:
            return field
    return None


def _mapping(cells: Sequence[str | None]) -> dict[int, str]:
    out: dict[int, str] = {}
    for j, cell in enumerate(cells):
        field = header_field(cell)
        if field and field not in out.values():
            out[j] = field
    return out


def _is_number_row(cells: Sequence[str | None]) -> bool:
    values = [fold(c) for c in cells]
    digits = [v for v in values if v]
    return len(digits) >= 3 and all(v.isdigit() and int(v) <= 12 for v in digits)


def _find_header(table: Table) -> tuple[int, dict[int, str]] | None:
    """(first data row, column -> field) for the best header in the top rows."""
    best: tuple[int, int, dict[int, str]] | None = None  # (score, next row, mapping)
    for i in range(min(5, len(table))):
        single = _mapping(table[i])
        candidates = [(len(single), i + 1, single)]
        if i + 1 < len(table) and not _is_number_row(table[i + 1]):
            merged = [" ".join(filter(None, pair)) for pair in
                      zip(_pad(table[i], table[i + 1]), _pad(table[i + 1], table[i]), strict=True)]
            joined = _mapping(merged)
            candidates.append((len(joined), i + 2, joined))
        for cand in candidates:
            if best is None or cand[0] > best[0]:
                best = cand
    if best is None or best[0] < MIN_FIELDS:
        return None
    mapping = best[2]
    if not {"registry_number", "service_name"} & set(mapping.values()):
        return None
    start = best[1]
    while start < len(table) and _is_number_row(table[start]):
        start += 1
    return start, mapping


def _pad(row: Sequence[str | None], other: Sequence[str | None]) -> list[str | None]:
    return list(row) + [None] * (len(other) - len(row))


def _service(values: dict[str, str | None]) -> ServiceInfo:
    return ServiceInfo(
        registry_number=fold(values.get("registry_number")),
        service_name=fold(values.get("service_name")),
        standard=fold(values.get("standard")),
        regulation=fold(values.get("regulation")),
        npa_changes=fold(values.get("npa_changes")),
        website=fold(values.get("website")),
        responsible=split_responsible(values.get("responsible")),
    )


def rows_of(table: Table) -> tuple[int, list[ServiceInfo]] | None:
    """(score, services) when `table` is the form laid out one service per row."""
    found = _find_header(table)
    if found is None:
        return None
    start, mapping = found
    services = []
    for row in table[start:]:
        values = {field: (row[j] if j < len(row) else None) for j, field in mapping.items()}
        if not any(fold(v) for f, v in values.items() if f != "number"):
            continue
        if header_field(values.get("registry_number")) == "registry_number":
            continue  # a header repeated on a new page
        services.append(_service(values))
    return len(mapping), services


def sideways(table: Table) -> tuple[int, list[ServiceInfo]] | None:
    """(score, [service]) when `table` is one service as "field | value" rows."""
    values: dict[str, str | None] = {}
    for row in table:
        cells = [c for c in row if fold(c)]
        if len(cells) < 2:
            continue
        field = header_field(cells[0])
        if field and field not in values:
            values[field] = " ".join(c for c in cells[1:] if c and c != cells[0])
    if len(values) < MIN_FIELDS or not {"registry_number", "service_name"} & set(values):
        return None
    return len(values), [_service(values)]


def find_form(tables: Sequence[Table]) -> list[ServiceInfo] | None:
    """The services of the table that is the form, or None if no table is."""
    best: tuple[int, list[ServiceInfo]] | None = None
    for table in tables:
        for reader in (rows_of, sideways):
            got = reader(table)
            if got is not None and got[1] and (best is None or got[0] > best[0]):
                best = got
    return best[1] if best else None


def executor_and_date(text: str) -> Executor:
    """The "Ф.И.О. ответственного исполнителя" line and the "Дата:" line under the table."""
    syn = synonyms()
    name = date = None
    for raw in text.splitlines():
        line = fold(raw)
        if not line:
            continue
        low = _norm(line)
        if name is None and any(p in low for p in syn.executor):
            tail = line.split(":", 1)[1] if ":" in line else re.sub(
                r"(?i)^.*?(исполнителя|орындаушының|орындаушы|исполнитель)", "", line)
            name = fold(tail.replace("_", " ").strip(" .:"))
        elif date is None and any(low.startswith(p) for p in syn.date):
            date = parse_date(line)
    return Executor(full_name=name, date=date)
