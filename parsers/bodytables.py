"""Tables written into a mail's body: an HTML table pasted from Word into Outlook or a webmail,
or a table typed with tabs in a plain-text body — so an Appendix 1 form there is read like an
attached one.

Why its own module: the body of a message was read only as text, and a form pasted into it
lost its rows and columns (two forms moved their cases to "information received" with no
responsible person).  HTML is parsed with lxml (rowspan and colspan laid out on a grid, as the
DOCX reader lays out merged cells); a table inside a <blockquote> is a quote of an earlier
message and is left out.  Plain text: a run of at least two lines with two or more tabs each is
a table, a line a row
(a quoted cell may span lines).
"""

from __future__ import annotations

import csv
import io
import re

from lxml import etree
from lxml import html as lxml_html

Table = list[list[str]]
MAX_TABLES = 50
MAX_CELLS = 20_000
_TAB_LINE = re.compile(r"^[^\t\n]*(?:\t[^\t\n]*){2,}$")


def _cell_text(cell: etree._Element) -> str:
    parts: list[str] = []
    for node in cell.iter():
        if node.tag in ("br", "p", "div", "li") and parts:
            parts.append("\n")
        if node.text and node.tag not in ("script", "style"):
            parts.append(node.text)
        if node is not cell and node.tail:
            parts.append(node.tail)
    lines = [" ".join(x.split()) for x in "".join(parts).split("\n")]
    return "\n".join(x for x in lines if x)


def _grid(table: etree._Element) -> Table:
    """The table's rows as a grid of strings: a colspan repeats nothing (empty cells after),
    a rowspan carries its text down into the rows it spans."""
    rows: Table = []
    carried: dict[int, tuple[str, int]] = {}  # column -> (text, rows still spanned)
    for tr in table.iter("tr"):
        if tr.xpath("ancestor::table[1]")[0] is not table:
            continue  # a row of a nested table
        row: list[str] = []
        col = 0
        cells = [c for c in tr if c.tag in ("td", "th")]
        for cell in cells:
            while col in carried:
                text, left = carried[col]
                row.append(text)
                carried[col] = (text, left - 1)
                if left - 1 <= 0:
                    del carried[col]
                col += 1
            text = _cell_text(cell)
            span = _span(cell.get("colspan"))
            down = _span(cell.get("rowspan"))
            row.extend([text] + [""] * (span - 1))
            if down > 1:
                for k in range(span):
                    carried[col + k] = (text if k == 0 else "", down - 1)
            col += span
        while col in carried:
            text, left = carried[col]
            row.append(text)
            carried[col] = (text, left - 1)
            if left - 1 <= 0:
                del carried[col]
            col += 1
        if any(c.strip() for c in row):
            rows.append(row)
    return rows


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 50))
    except ValueError:
        return 1


def html_tables(html: str) -> list[Table]:
    """The tables of an HTML body that are not inside a quote, outermost layout tables
    skipped when they only hold other tables."""
    if "<table" not in html.lower():
        return []
    try:
        root = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    out: list[Table] = []
    cells = 0
    for table in root.iter("table"):
        if table.xpath("ancestor::blockquote") or len(out) >= MAX_TABLES:
            continue
        grid = _grid(table)
        cells += sum(len(r) for r in grid)
        if cells > MAX_CELLS:
            break
        if len(grid) >= 2 and max(len(r) for r in grid) >= 2:
            out.append(grid)
    return out


def text_tables(text: str) -> list[Table]:
    """Runs of tab-separated lines in a plain-text body, each run a table.  A cell copied from
    Excel with line breaks in it comes in double quotes over several lines (as Excel writes
    it), so a run is read with the csv module, not line by line."""
    out: list[Table] = []
    lines = text.splitlines()
    n = 0
    while n < len(lines):
        if not _TAB_LINE.match(lines[n]):
            n += 1
            continue
        rows: Table = []
        reader = csv.reader(io.StringIO("\n".join(lines[n:])), delimiter="\t")
        consumed = 0
        for row in reader:
            if len(row) < 3:
                break
            rows.append([c.strip() for c in row])
            consumed = reader.line_num
        if len(rows) >= 2:
            out.append(rows)
        n += max(1, consumed)
    return out


def within(table: Table, text: str) -> bool:
    """Whether most of the table's rows are in `text` (the sender's own part of the body,
    quotes cut off): checked on each row's longest cell, white space folded."""
    flat = " ".join(text.split())
    cells = [max(row, key=len) for row in table if any(row)]
    cells = [" ".join(c.split())[:60] for c in cells if c.strip()]
    if not cells:
        return False
    return sum(1 for c in cells if c in flat) >= 0.6 * len(cells)
