"""PDF (pdfplumber), read in a worker process with a time and a memory limit.

Tables with ruling lines come from pdfplumber's line strategy; tables laid out by position only
(no lines) from its text strategy.  Encrypted PDFs and PDFs over the page limit are refused.
"""

from __future__ import annotations

import io
from typing import Any

from parsers.document import build_document
from parsers.limits import in_worker
from parsers.records import ParsedDocument
from parsers.registry import DocumentRejected, ParseLimits, parser

TEXT_STRATEGY = {"vertical_strategy": "text", "horizontal_strategy": "text",
                 "min_words_vertical": 2, "text_x_tolerance": 2}


def _extract(data: bytes, max_pages: int) -> tuple[list[Any], str]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise DocumentRejected("encrypted_pdf", "the PDF is encrypted") from None
    except Exception as exc:
        inner = exc.args[0] if exc.args else exc
        if isinstance(inner, PDFPasswordIncorrect | PDFEncryptionError):
            raise DocumentRejected("encrypted_pdf", "the PDF is encrypted") from None
        raise DocumentRejected("corrupt", f"not a readable PDF: {type(inner).__name__}") from None
    with pdf:
        if pdf.doc.encryption is not None:
            raise DocumentRejected("encrypted_pdf", "the PDF is encrypted")
        if len(pdf.pages) > max_pages:
            raise DocumentRejected("too_many_pages", f"{len(pdf.pages)} pages, over the limit "
                                   f"of {max_pages}")
        tables, texts = [], []
        for page in pdf.pages:
            found = page.extract_tables()
            if not found:
                found = [positional(t) for t in page.extract_tables(TEXT_STRATEGY)]
            tables.extend(found)
            texts.append(page.extract_text() or "")
    return tables, "\n".join(texts)


def positional(rows: list[list[str | None]]) -> list[list[str]]:
    """A table found by text positions only: its lines grouped into rows at the blank lines
    between them, and columns without a header (a word that strayed) joined to their left."""
    bands: list[list[list[str]]] = [[]]
    for row in rows:
        cells = [c or "" for c in row]
        if any(cells):
            bands[-1].append(cells)
        elif bands[-1]:
            bands.append([])
    bands = [band for band in bands if band]
    if not bands:
        return []
    width = len(bands[0][0])
    header = [" ".join(line[j] for line in bands[0]) for j in range(width)]
    keep = [j for j in range(width) if header[j].strip() or j == 0]

    def fold_columns(line: list[str]) -> list[str]:
        cells: list[str] = []
        for j, value in enumerate(line):
            if j in keep:
                cells.append(value)
            elif value:
                cells[-1] = f"{cells[-1]} {value}".strip()
        return cells

    out = []
    for band in bands:
        lines = [fold_columns(line) for line in band]
        out.append([" ".join(line[j] for line in lines if line[j]) for j in range(len(keep))])
    return out


def _read(data: bytes, limits: ParseLimits) -> tuple[list[Any], str]:
    return in_worker(_extract, data, limits.pdf_pages, limits=limits)


def text_of(data: bytes, limits: ParseLimits) -> str:
    return _read(data, limits)[1]


@parser("pdf")
def parse_pdf(data: bytes, part: str, limits: ParseLimits) -> list[ParsedDocument]:
    tables, text = _read(data, limits)
    if not tables and not text.strip():
        return [ParsedDocument(part=part, warnings=["the PDF has no text layer (a scan?)"])]
    return [build_document(part, tables, text)]
