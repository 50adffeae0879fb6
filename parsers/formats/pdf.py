"""PDF (pdfplumber), read in a worker process with a time and a memory limit.

Tables with ruling lines come from pdfplumber's line strategy (cell lines joined by
parsers.form.join_lines, so a wrapped web address stays whole); a page without ruled tables is
read by word positions (parsers.form.rows_from_words), and so is a page whose ruled tables are
not the form (a boxed letterhead above a borderless form).  Encrypted PDFs and PDFs over the page
limit are refused.  `text_of` gives the whole text for the letter classifier.  A PDF without a
text layer (or with only a scanner's stamp of a few words) is a scan: its pages are read by OCR
(parsers.formats.ocr).
"""

from __future__ import annotations

import io
from typing import Any

from parsers.document import build_document
from parsers.form import Table, is_form, join_lines, rows_from_words, trailer_lines
from parsers.form.positions import mend_overflow
from parsers.limits import in_worker
from parsers.records import ParsedDocument
from parsers.registry import DocumentRejected, ParseLimits, parser

SCAN_WORDS = 5  # a text layer of fewer words is a scanner's stamp ("Scanned by ..."), not text
WORDS = {"x_tolerance": 1.5, "y_tolerance": 2, "keep_blank_chars": False}


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
        tables: list[Table] = []
        texts: list[str] = []
        for page in pdf.pages:
            ruled = [[mend_overflow([join_lines(c) for c in row]) for row in t]
                     for t in page.extract_tables()]
            tables.extend(ruled)
            if not any(is_form(t) for t in ruled):  # none, or only boxes around a letterhead
                tables.extend(rows_from_words(page.extract_words(**WORDS)))
            texts.append(page.extract_text() or "")
        texts.extend(trailer_lines(tables))
    return tables, "\n".join(texts)


def _read(data: bytes, limits: ParseLimits) -> tuple[list[Any], str]:
    tables, text = in_worker(_extract, data, limits.pdf_pages, limits=limits)
    return list(tables), str(text)


def text_of(data: bytes, limits: ParseLimits) -> str:
    """The PDF's text, page after page (for classifying a letter sent as a PDF)."""
    return _read(data, limits)[1]


@parser("pdf")
def parse_pdf(data: bytes, part: str, limits: ParseLimits) -> list[ParsedDocument]:
    tables, text = _read(data, limits)
    if not tables and len(text.split()) < SCAN_WORDS:  # no text layer (a scan): OCR
        from parsers.formats.ocr import ocr_limits, parse_scanned_pdf

        # in a worker of OCR's own budget, not this PDF reader's
        docs: list[ParsedDocument] = in_worker(parse_scanned_pdf, data, part, limits,
                                               limits=ocr_limits(limits), own_worker=True)
        return docs
    return [build_document(part, tables, text)]
