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
        raise DocumentRejected("corrupt", f"not a readable PDF: {type(exc).__name__}") from None
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
                found = page.extract_tables(TEXT_STRATEGY)
            tables.extend(found)
            texts.append(page.extract_text() or "")
    return tables, "\n".join(texts)


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
