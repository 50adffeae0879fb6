"""Tables laid out by position only (no ruling lines), rebuilt from words and their boxes.

Why our own: a form printed to PDF from a borderless Word table has no lines to find cells by,
and text-alignment strategies cut words at guessed column edges (letters lost, rows split).
Here whole words are kept: lines are words at one height; the table is the run of lines that
have several far-apart chunks; columns are the vertical strips no word of the table touches;
rows are the lines between the wider vertical gaps (cell padding), or, when there are none,
start at a number in the column that mostly holds bare numbers (row or registry numbers).
Cell lines are joined with `join_lines`, which does not put a space into a web address or an
e-mail that was wrapped mid-word.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

GAP = 0.8  # a horizontal gap wider than this many line heights separates chunks (cells)
ROW_GAP = 0.35  # a vertical gap this many line heights over the tightest one starts a row
FAR = 2.5  # a vertical gap this many line heights ends a table
_NUMBER = re.compile(r"^\d[\d./-]*$")
_CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
_URLISH = re.compile(r"(://|www\.|@|[/._-]$)")


@dataclass
class _Line:
    top: float
    bottom: float
    words: list[Mapping[str, object]] = field(default_factory=list)

    @property
    def height(self) -> float:
        return self.bottom - self.top


def join_lines(cell: str | None) -> str:
    """A cell's lines as one string: a space between them, none where a web address or an
    e-mail was wrapped in the middle (`https://x.kz/ser` + `vices` -> `https://x.kz/services`)."""
    if not cell:
        return ""
    out = ""
    for line in (x.strip() for x in cell.splitlines()):
        if not line:
            continue
        last = out.rsplit(" ", 1)[-1]
        first = line.split(" ", 1)[0]
        glue = last and _URLISH.search(last) and not _CYRILLIC.search(last + first) \
            and not last.endswith((",", ";", ":")) and first[:1].isalnum()
        out = f"{out}{line}" if glue or not out else f"{out} {line}"
    return out


# a web address or e-mail whose last letters a ruled cell's border cut off into the next cell
# ("www.mti-min.gov.k" | "z Ержанова …"): the text ran past the cell, the grid kept it apart
_CUT_ADDRESS = re.compile(r"(?:www\.|https?://|@)[\w.-]*\.([a-z]{1,2})$")
_OVERFLOW = re.compile(r"^([a-z]{1,3})(?=[\s,;]|$)")
_TLDS = frozenset({"kz", "ru", "com", "org", "net", "gov", "edu", "info"})


def mend_overflow(row: Sequence[str | None]) -> list[str | None]:
    """The row with the letters of an address that overflowed into the next cell put back."""
    out = list(row)
    for j in range(len(out) - 1):
        left, right = out[j] or "", out[j + 1] or ""
        cut, spill = _CUT_ADDRESS.search(left), _OVERFLOW.match(right)
        if cut and spill and cut.group(1) not in _TLDS and cut.group(1) + spill.group(1) in _TLDS:
            out[j] = left + spill.group(1)
            out[j + 1] = right[spill.end():].lstrip(" ,;\n") or None
    return out


def _num(word: Mapping[str, object], key: str) -> float:
    return float(word[key])  # type: ignore[arg-type]


def _lines(words: Iterable[Mapping[str, object]]) -> list[_Line]:
    lines: list[_Line] = []
    for w in sorted(words, key=lambda w: (_num(w, "top"), _num(w, "x0"))):
        top, bottom = _num(w, "top"), _num(w, "bottom")
        if lines and top - lines[-1].top <= 0.4 * max(bottom - top, lines[-1].height):
            lines[-1].words.append(w)
            lines[-1].bottom = max(lines[-1].bottom, bottom)
        else:
            lines.append(_Line(top, bottom, [w]))
    for line in lines:
        line.words.sort(key=lambda w: _num(w, "x0"))
    return lines


def _chunks(line: _Line, gap: float) -> list[tuple[float, float]]:
    spans: list[tuple[float, float]] = []
    for w in line.words:
        x0, x1 = _num(w, "x0"), _num(w, "x1")
        if spans and x0 - spans[-1][1] <= gap:
            spans[-1] = (spans[-1][0], max(spans[-1][1], x1))
        else:
            spans.append((x0, x1))
    return spans


def _crosses(spans: Sequence[tuple[float, float]], cuts: Sequence[float]) -> bool:
    return any(x0 < cut < x1 for x0, x1 in spans for cut in cuts)


def _cuts(lines: Sequence[_Line], gap: float) -> list[float]:
    """x positions between columns: middles of strips no word of `lines` touches."""
    spans = sorted(s for line in lines for s in _chunks(line, 0))
    cuts, right = [], None
    for x0, x1 in spans:
        if right is not None and x0 - right > gap:
            cuts.append((x0 + right) / 2)
        right = x1 if right is None else max(right, x1)
    return cuts


def _blocks(lines: Sequence[_Line], gap: float, height: float) -> list[list[_Line]]:
    """Runs of lines that form a table: from a line of several chunks to the last such line
    before a wide vertical gap, widened by close lines above and below that cross no column."""
    tabular = [len(_chunks(line, gap)) >= 2 for line in lines]
    blocks: list[list[_Line]] = []
    i = 0
    while i < len(lines):
        if not tabular[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and lines[j + 1].top - lines[j].bottom < FAR * height:
            j += 1
        while j > i and not tabular[j]:
            j -= 1
        core = list(lines[i:j + 1])
        cuts = _cuts(core, gap)
        lo, hi = i, j
        while lo > 0 and core[0].top - lines[lo - 1].bottom < 1.5 * height and \
                not _crosses(_chunks(lines[lo - 1], gap), cuts):
            lo -= 1
            core.insert(0, lines[lo])
        while hi + 1 < len(lines) and lines[hi + 1].top - core[-1].bottom < 1.5 * height and \
                not _crosses(_chunks(lines[hi + 1], gap), cuts):
            hi += 1
            core.append(lines[hi])
        if sum(tabular[lo:hi + 1]) >= 2:
            blocks.append(core)
        i = hi + 1
    return blocks


def _cells(line: _Line, cuts: Sequence[float]) -> list[str]:
    cells = [""] * (len(cuts) + 1)
    for w in line.words:
        middle = (_num(w, "x0") + _num(w, "x1")) / 2
        j = sum(1 for cut in cuts if cut < middle)
        cells[j] = f"{cells[j]} {w['text']}".strip()
    return cells


def _bands(block: Sequence[_Line], cells: Sequence[list[str]], height: float) -> list[list[int]]:
    gaps = [b.top - a.bottom for a, b in zip(block, block[1:], strict=False)]
    bands: list[list[int]] = [[0]]
    if gaps:
        tight = min(gaps)
        for k, g in enumerate(gaps, start=1):
            if g > tight + ROW_GAP * height:
                bands.append([k])
            else:
                bands[-1].append(k)
    if len(bands) == 1 and len(block) > 1:  # no padding between rows: a number starts one
        anchor = _anchor(cells)
        bands = [[0]]
        for k in range(1, len(block)):
            if anchor is not None and _NUMBER.match(cells[k][anchor]):
                bands.append([k])
            else:
                bands[-1].append(k)
    return bands


def _anchor(cells: Sequence[list[str]]) -> int | None:
    """The column most often holding a bare number (the row number, else the registry
    number): each of its numbers starts a row."""
    counts = [sum(1 for line in cells if j < len(line) and _NUMBER.match(line[j]))
              for j in range(max(len(line) for line in cells))]
    best = max(range(len(counts)), key=lambda j: (counts[j], -j))
    return best if counts[best] >= 2 else None


def rows_from_words(words: Iterable[Mapping[str, object]]) -> list[list[list[str]]]:
    """The tables laid out by position in a page's words (each word a mapping with `text`,
    `x0`, `x1`, `top`, `bottom`, as pdfplumber's extract_words gives): rows of cell strings."""
    lines = _lines(words)
    if not lines:
        return []
    height = statistics.median(line.height for line in lines) or 1.0
    gap = GAP * height
    tables = []
    for block in _blocks(lines, gap, height):
        cuts = _cuts(block, gap)
        cells = [_cells(line, cuts) for line in block]
        rows = []
        for band in _bands(block, cells, height):
            rows.append([join_lines("\n".join(cells[k][j] for k in band))
                         for j in range(len(cuts) + 1)])
        tables.append(rows)
    return tables
