"""Recognising the Appendix 1 header: which column a header cell names, and where the header
of a table ends.

Why by meaning: agencies retype the header in Russian or Kazakh, shorten it, split it over two
rows, add footnote marks and line breaks, and put a column-number row (1 2 3 ... 8) under it.
The synonyms live in mappings/headers.toml so a new wording is a data change, not a code one.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from parsers.text import fold

Row = Sequence[str | None]
Table = Sequence[Row]
MIN_FIELDS = 4  # header cells that must be recognised for a table to be the form
KEY_FIELDS = frozenset({"registry_number", "service_name"})  # one of them must be present
HEADER_ROWS = 40  # the header starts within this many rows of a table's (sheet's) top

_FOOTNOTES = re.compile(r"[*¹²³⁴⁵⁶⁷⁸⁹⁰†‡]+|\(\d\)|\[\d+\]")
_HYPHENATED = re.compile(r"(?<=[а-яёәғқңөұүһі])[-\u00ad]\s*(?=[а-яёәғқңөұүһі])")
_PUNCT = re.compile(r"[\s\"«»“”\u200b\ufeff]+")
_CYRILLIC_WORD = re.compile(r"\w*[а-яёәғқңөұүһі]\w*")
# Latin letters that look like Cyrillic ones, typed by mistake inside Cyrillic words
_LOOKALIKES = str.maketrans("aceopxyk", "асеорхук")


@dataclass(frozen=True)
class Synonyms:
    columns: tuple[tuple[str, str], ...]  # (phrase, field), longest phrase first
    executor: tuple[str, ...]
    date: tuple[str, ...]


@lru_cache(maxsize=1)
def synonyms() -> Synonyms:
    """The phrases of mappings/headers.toml, normalised like the cells they are matched to."""
    from mappings import path

    data = tomllib.loads(path("headers.toml").read_text(encoding="utf-8"))
    pairs = [(norm(p), f) for f, spec in data["columns"].items() for p in spec["phrases"]]
    pairs.sort(key=lambda pf: -len(pf[0]))
    return Synonyms(tuple(pairs), tuple(norm(p) for p in data["executor"]["phrases"]),
                    tuple(norm(p) for p in data["date"]["phrases"]))


def norm(text: str | None) -> str:
    """Lower case, soft hyphens and footnote marks gone, quotes and white space folded, Latin
    look-alike letters inside Cyrillic words made Cyrillic ("Стaндaрт" -> "стандарт")."""
    if not text:
        return ""
    text = _FOOTNOTES.sub(" ", text.replace("\u00ad", "").replace("-\n", "-"))
    text = _PUNCT.sub(" ", text).strip().casefold()
    return _CYRILLIC_WORD.sub(lambda m: m.group(0).translate(_LOOKALIKES), text)


@lru_cache(maxsize=4096)
def header_field(cell: str | None) -> str | None:
    """The column a header cell names, or None."""
    text = norm(cell)
    if not text or len(text) > 250:
        return None
    # a header hyphenated to fit a narrow column ("госу-дарствен-ной", "Регла-мент")
    joined = _HYPHENATED.sub("", text)
    for phrase, field in synonyms().columns:
        if phrase in text or phrase in joined:
            return field
    return None


def mapping(cells: Row) -> dict[int, str]:
    """Column index -> field for the cells of one header row (each field once, leftmost)."""
    out: dict[int, str] = {}
    for j, cell in enumerate(cells):
        field = header_field(cell)
        if field and field not in out.values():
            out[j] = field
    return out


def is_trailer(cells: Row) -> bool:
    """A row under the table that holds the executor or the date line, not a service."""
    filled = [c for c in cells if fold(c)]
    if not filled or len(filled) > 2:
        return False
    text = norm(" ".join(c for c in filled if c))
    syn = synonyms()
    return any(text.startswith(p) for p in (*syn.executor, *syn.date))


def is_number_row(cells: Row) -> bool:
    """The "1 2 3 ... 8" row printed under the header."""
    values = [v for v in (fold(c) for c in cells) if v]
    return len(values) >= 3 and all(v.rstrip(".").isdigit() and int(v.rstrip(".")) <= 12
                                    for v in values)


def _joined(top: Row, bottom: Row) -> list[str]:
    width = max(len(top), len(bottom))
    pad = [None] * width
    return [" ".join(dict.fromkeys(filter(None, (a, b)))) for a, b in
            zip([*top, *pad][:width], [*bottom, *pad][:width], strict=True)]


def find_header(table: Table, min_fields: int = MIN_FIELDS) -> tuple[int, dict[int, str]] | None:
    """(first data row, column -> field) for the best header in the top rows, or None.

    A header split over two rows (a merged group cell above, the column names below) is read as
    the two rows joined cell by cell; a column-number row under the header is skipped."""
    best: tuple[int, int, dict[int, str]] | None = None  # (score, next row, mapping)
    for i in range(min(HEADER_ROWS, len(table))):
        candidates = [(i + 1, mapping(table[i]))]
        if i + 1 < len(table) and not is_number_row(table[i + 1]):
            candidates.append((i + 2, mapping(_joined(table[i], table[i + 1]))))
        for nxt, found in candidates:
            if best is None or len(found) > best[0]:
                best = (len(found), nxt, found)
    if best is None or best[0] < min_fields or not KEY_FIELDS & set(best[2].values()):
        return None
    start = best[1]
    while start < len(table) and is_number_row(table[start]):
        start += 1
    return start, best[2]
