"""From a format's tables and text to one ParsedDocument: the form if there is one, else a letter.

Why shared: DOCX, XLSX and PDF differ only in how tables and text are read out; deciding what
the document is (an Appendix 1 form, a revised form sent as a change notice, a letter of one of
the kinds) is the same for all of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from parsers import letters
from parsers.form import Table, executor_and_date, find_form
from parsers.records import ParsedDocument
from parsers.text import detect_language


def build_document(part: str, tables: Sequence[Table], text: str, read_by: str | None = None
                   ) -> ParsedDocument:
    """The document one file holds; `read_by` names the reader (docx, xlsx, pdf_text, ocr)."""
    services = find_form(tables)
    table_text = "\n".join(" ".join(c or "" for c in row) for t in tables for row in t)
    language = detect_language(text + "\n" + table_text)
    if services is None:
        doc = letters.parse_letter(text + ("\n" + table_text if table_text else ""), part,
                                   tables, read_by=read_by)
        return doc
    kind = "change_notice" if letters.classify(text) == "change_notice" else "appendix1_form"
    doc = ParsedDocument(part=part, kind=kind, language=language,  # type: ignore[arg-type]
                         services=services, executor=executor_and_date(text),
                         read_by=read_by)
    for n, s in enumerate(services, start=1):
        if not s.registry_number:
            doc.warnings.append(f"row {n}: the registry number (column 2) is empty")
        if s.responsible is None:
            doc.warnings.append(f"row {n}: no responsible person (column 8)")
    return doc
