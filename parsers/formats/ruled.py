"""A scanned table read cell by cell between its ruling lines.

Why besides parsers.form.rows_from_words: on a scan the rules are found (parsers.formats.image)
and give the cells exactly, while guessing rows from vertical gaps fails on a ruled form whose
cells are padded unevenly; and a cell read on its own as one block (Tesseract's page
segmentation mode 6) keeps what sparse reading of the whole page drops — a lone row number, a
dash — while the row-number and registry-number columns, once the header has named them, are
read as digits only.  Reading the cells costs what reading the page once does (empty cells are
not read).  A page without rules, and the words outside every grid, still go to
rows_from_words.  A cell's lines (as Tesseract found them) are joined with `join_lines`, as
for a text PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from parsers.form import header_field, join_lines
from parsers.form.headers import MIN_FIELDS
from parsers.formats.image import Grid
from parsers.formats.ocr_text import fix_line, fix_text

Word = dict[str, Any]


def _cell_text(words: Sequence[Word]) -> str:
    """The cell's words in their lines (as Tesseract found them), its script mixed up by OCR
    made one (a cell is one language and its addresses)."""
    lines: dict[Any, list[str]] = {}
    for w, text in zip(words, fix_line([w["text"] for w in words]), strict=True):
        lines.setdefault(w["line"], []).append(text)
    return fix_text(join_lines("\n".join(" ".join(line) for line in lines.values())))


def in_lines(words: Sequence[Word]) -> list[list[Word]]:
    """Words in lines, each line left to right: a word whose middle is within the height of
    the line being built belongs to it (a short word like "п." has a lower top)."""
    lines: list[list[Word]] = []
    band = (0.0, -1.0)
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        middle = (w["top"] + w["bottom"]) / 2
        if lines and band[0] <= middle <= band[1]:
            lines[-1].append(w)
        else:
            lines.append([w])
            band = (w["top"], w["bottom"])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


INSET = 2  # pixels kept clear of a cell's rules (erased already; their ragged edges remain)
MIN_INK = 12  # ink pixels below which a cell is empty (a speck left of a rule)
DIGIT_FIELDS = frozenset({"number", "registry_number"})

Reader = Callable[[tuple[int, int, int, int], bool], list[Word]]


def _number_row(row: list[str]) -> list[str]:
    """The column-number row (1 2 3 ... 8 under the header) with its specks taken out: when
    most of a row's filled cells start with their own column's number, each is that number
    ("3 Б" is 3).  A speck left in it would make it a service of its own."""
    filled = [(c, cell) for c, cell in enumerate(row) if cell]
    own = sum(1 for c, cell in filled if cell.split()[0].rstrip(".") == str(c + 1))
    if len(filled) < 3 or own * 3 < len(filled) * 2:
        return row
    return [str(c + 1) if cell else "" for c, cell in enumerate(row)]


def table(grid: Grid, pixels: Any, read: Reader) -> tuple[list[list[str]], list[Word]]:
    """(the grid's rows of cell strings, empty rows dropped; every word read in it).  Each
    cell with ink is read on its own by `read(box, digits)`; once a row names the form's
    columns, the row-number and registry-number columns are read as digits only."""
    rows: list[list[str]] = []
    words: list[Word] = []
    digit_columns: set[int] = set()
    for r in range(len(grid.rows) - 1):
        row = []
        for c in range(len(grid.columns) - 1):
            box = (grid.columns[c] + INSET, grid.rows[r] + INSET,
                   grid.columns[c + 1] - INSET, grid.rows[r + 1] - INSET)
            if box[2] - box[0] < 4 or box[3] - box[1] < 4 or \
                    int((pixels[box[1]:box[3], box[0]:box[2]] < 128).sum()) < MIN_INK:
                row.append("")
                continue
            found = read(box, c in digit_columns)
            words.extend(found)
            row.append(_cell_text(found))
        row = _number_row(row)
        if not digit_columns:
            named = {c: header_field(cell) for c, cell in enumerate(row)}
            if sum(1 for f in named.values() if f) >= MIN_FIELDS:
                digit_columns = {c for c, f in named.items() if f in DIGIT_FIELDS}
        if any(row):
            rows.append(row)
    return rows, words
