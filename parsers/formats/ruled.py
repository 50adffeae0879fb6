"""A scanned table rebuilt from its ruling lines and the OCR'd words' boxes.

Why besides parsers.form.rows_from_words: on a scan the rules are found (parsers.formats.image)
and give the cells exactly, while guessing rows from vertical gaps fails on a ruled form whose
cells are padded unevenly.  A page without rules, and the words outside every grid, still go
to rows_from_words.  A word belongs to the cell its centre is in; a cell's words are put in
lines (by height) and the lines joined with `join_lines`, as for a text PDF.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from parsers.form import join_lines
from parsers.formats.image import Grid
from parsers.formats.ocr_text import fix_line, fix_text

Word = dict[str, Any]


def _centre(word: Word) -> tuple[float, float]:
    return (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2


def inside(grid: Grid, word: Word) -> bool:
    x, y = _centre(word)
    return grid.left <= x <= grid.right and grid.top <= y <= grid.bottom


def _cell_text(words: Sequence[Word]) -> str:
    """The cell's words in lines, its script mixed up by OCR made one (a cell is one language
    and its addresses)."""
    words = [{**w, "text": t} for w, t in zip(words, fix_line([w["text"] for w in words]),
                                              strict=True)]
    return fix_text(join_lines("\n".join(" ".join(w["text"] for w in line)
                                          for line in in_lines(words))))


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


def table(grid: Grid, words: Sequence[Word]) -> list[list[str]]:
    """The grid's rows of cell strings (empty rows dropped)."""
    cells: dict[tuple[int, int], list[Word]] = {}
    for w in words:
        x, y = _centre(w)
        r = bisect.bisect(grid.rows, y) - 1
        c = bisect.bisect(grid.columns, x) - 1
        if 0 <= r < len(grid.rows) - 1 and 0 <= c < len(grid.columns) - 1:
            cells.setdefault((r, c), []).append(w)
    rows = []
    for r in range(len(grid.rows) - 1):
        row = [_cell_text(cells.get((r, c), [])) for c in range(len(grid.columns) - 1)]
        if any(row):
            rows.append(row)
    return rows
