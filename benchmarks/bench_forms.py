"""Form reading speed: forms per second for DOCX, XLSX and PDF, and the time of a 1-page PDF
form, each against the time the underlying library needs just to open and read the same file
(the floor), printed as ratios.  Aims: a DOCX form under 20 ms, a 1-page PDF form under 150 ms.

    .venv/bin/python benchmarks/bench_forms.py

Why beside bench_parse.py: that one times whole documents through parsers.api (with the
sniffing and MIME layers); this one times the form half alone, format by format, including the
PDF worker process and, separately, the reading inside it.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import docx  # noqa: E402
import pdfplumber  # noqa: E402
from lxml import etree  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

from benchmarks.common import best, line  # noqa: E402
from parsers.formats import pdf as pdf_format  # noqa: E402
from parsers.registry import ParseLimits, get  # noqa: E402
from tests.parsers.forms.builders import docx_form, pdf_form, xlsx_form  # noqa: E402
from tests.parsers.forms.cases import EXECUTOR_RU, NUMBERS, ROWS, RU  # noqa: E402

LIMITS = ParseLimits()


def floor_docx(data: bytes) -> None:
    """The least a DOCX reader does: unzip the main part, parse it with lxml, walk the text."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    "".join(root.itertext())


def python_docx(data: bytes) -> None:
    """The same with python-docx (which this reader used until it measured it)."""
    d = docx.Document(io.BytesIO(data))
    [[c.text for c in r.cells] for t in d.tables for r in t.rows]
    [p.text for p in d.paragraphs]


def floor_xlsx(data: bytes) -> None:
    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    for ws in wb.worksheets:
        list(ws.iter_rows(values_only=True))
    wb.close()


def floor_pdf_ruled(data: bytes) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_tables()
            page.extract_text()


def floor_pdf_words(data: bytes) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_tables()
            page.extract_words()
            page.extract_text()


def main() -> None:
    rows = [RU, NUMBERS, *ROWS]
    cases = [
        ("docx", "docx", docx_form([rows], after=EXECUTOR_RU), floor_docx),
        ("xlsx", "xlsx", xlsx_form(rows, after=EXECUTOR_RU), floor_xlsx),
        ("pdf ruled, 1 page", "pdf", pdf_form(rows, after=EXECUTOR_RU), floor_pdf_ruled),
        ("pdf position only, 1 page", "pdf", pdf_form(rows, ruled=False, after=EXECUTOR_RU),
         floor_pdf_words),
    ]
    print("forms: one Appendix 1 form with 3 services, best of 5 rounds")
    for name, fmt, data, floor_fn in cases:
        parse = get(fmt)
        assert parse is not None
        [doc] = parse(data, f"form.{fmt}", LIMITS)
        assert doc.kind == "appendix1_form" and len(doc.services) == 3, (name, doc)
        number = 20 if fmt != "pdf" else 5
        ours = best(lambda p=parse, d=data, f=fmt: p(d, f"form.{f}", LIMITS), 5, number)
        floor = best(lambda fn=floor_fn, d=data: fn(d), 5, number)
        line(f"{name}: ms per form", ours * 1000, "ms", floor * 1000, "library open+read")
        line(f"{name}: forms per second", 1 / ours, "/s")
        if fmt == "docx":
            other = best(lambda d=data: python_docx(d), 5, number)
            line(f"{name}: python-docx open+read", other * 1000, "ms", ours * 1000, "ours")
        if fmt == "pdf":
            inside = best(lambda d=data: pdf_format._extract(d, LIMITS.pdf_pages), 5, number)
            line(f"{name}: ms read inside the worker", inside * 1000, "ms", floor * 1000,
                 "library open+read")


if __name__ == "__main__":
    main()
