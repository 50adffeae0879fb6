"""From a format's tables and text to one ParsedDocument: the form if there is one, else a letter.

Why shared: DOCX, XLSX and PDF differ only in how tables and text are read out; deciding what
the document is (an Appendix 1 form, a revised form sent as a change notice, a letter of one of
the kinds) is the same for all of them.  A table's shape is evidence too: a table of only some
of Appendix 1's columns is a revised one (p.6), under whatever covering words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.form import (
    Table,
    executor_and_date,
    find_change_rows,
    find_changed_columns,
    find_form,
)
from parsers.records import ParsedDocument
from parsers.text import detect_language
from understanding.kinds import speaks_of_change

CHANGED_TABLE_EVIDENCE = 3.0  # weight of a table of changed columns for change_notice
_SERVICE_CELL = re.compile(r"^\s*№?\s*\d{6,9}\s*$")
# the title of a revised form (p.6): "Актуализированные сведения", "Изменения (по форме
# приложения 1)", "Өзгерістер (1-қосымша бойынша)", "п. 6 Правил"
_REVISED = re.compile(r"(?i)актуализ\w*\s+сведени|\bизменени[яй]\s*\(|\bизменения\s+по\s+форм|"
                      r"өзгерістер\s*\(|п\.\s*6\s+правил|6-тармағ|өзгеріс\s+күні|"
                      r"дата\s+(?:внесения\s+)?изменени")
AGENCY_COLUMNS = ("standard", "regulation", "npa_changes", "website", "responsible")


def _filled(service: object, columns: Sequence[str] = AGENCY_COLUMNS) -> bool:
    """A row with a column the agency fills (4-8), not only our number and name."""
    return any(getattr(service, c, None) for c in columns)


def _letter(text: str, part: str, tables: Sequence[Table] = (), read_by: str | None = "text",
            extra: dict[str, float] | None = None) -> ParsedDocument:
    """parsers.letters' reading, imported when there is a letter to read: a filled form whose
    covering words speak of no change never needs the letter reader (its phrase data, the
    people and field finders), and a process reading one such form never loads it."""
    from parsers.letters import parse_letter

    return parse_letter(text, part, tables, read_by=read_by, extra=extra)


def build_document(part: str, tables: Sequence[Table], text: str, read_by: str | None = None
                   ) -> ParsedDocument:
    """The document one file holds; `read_by` names the reader (docx, xlsx, pdf_text, ocr)."""
    services = find_form(tables)
    if services and all(s.responsible is None for s in services) and \
            find_changed_columns(tables):
        services = None  # only some columns, none of them the person: a revised table (p.6)
    if services and not any(_filled(s) for s in services):
        # the form with nothing in columns 4-8: our request (or the blank form) sent back
        return ParsedDocument(part=part, kind="other",
                              language=detect_language(text),  # type: ignore[arg-type]
                              read_by=read_by, confidence=0.9,
                              warnings=["the form came back with columns 4-8 empty"])
    table_text = "\n".join(" ".join(c or "" for c in row) for t in tables for row in t)
    if services is None:
        changed = find_change_rows(tables, text) or find_changed_columns(tables)
        if changed and not any(_filled(s, AGENCY_COLUMNS[:4]) for s in changed):
            changed = None  # a revised table with nothing in it
        extra = {"change_notice": CHANGED_TABLE_EVIDENCE} if changed else None
        # a table's rows that hold a registry number are services: their names ("Согласование
        # проекта …", "Назначение пособия") are no evidence of the letter's kind
        words = "\n".join(" ".join(c or "" for c in row) for t in tables for row in t
                          if not any(_SERVICE_CELL.match(c or "") for c in row))
        doc = _letter(text + ("\n" + words if words else ""), part,
                                   tables, read_by=read_by, extra=extra)
        if changed and doc.kind == "change_notice":
            doc.services = changed
            doc.warnings = [w for w in doc.warnings if "does not say" not in w]
            doc.confidence = max(doc.confidence, 0.8)
        return doc
    language = detect_language(text + "\n" + table_text)
    # the form's own header ("Изменения нормативных правовых актов") is not a change notice:
    # only the words around the table are weighed (a PDF's text holds the table's words too)
    in_table = set(table_text.casefold().split())
    around = "\n".join(" ".join(w for w in line.split() if w.casefold() not in in_table)
                       for line in text.splitlines())
    # the whole form is the first answer unless the words around it say, as a change notice
    # must (understanding.requirements), that information already given changed
    kind = "change_notice" if speaks_of_change(around) and _letter(
        around, part).kind == "change_notice" else "appendix1_form"
    # a form titled as revised information whose rows name no person at all: only the changed
    # columns filled in (the first answer must name the person, p.5 and column 8)
    revised = kind == "appendix1_form" and all(s.responsible is None for s in services) \
        and bool(_REVISED.search(text))
    if revised:
        kind = "change_notice"
    doc = ParsedDocument(part=part, kind=kind, language=language,  # type: ignore[arg-type]
                         services=services, executor=executor_and_date(text),
                         read_by=read_by)
    doc._text = text + "\n" + table_text
    missing = 0
    for n, s in enumerate(services, start=1):
        if not s.registry_number:
            doc.warnings.append(f"row {n}: the registry number (column 2) is empty")
            missing += 1
        if s.responsible is None and not revised:
            doc.warnings.append(f"row {n}: no responsible person (column 8)")
            missing += 1
    if revised:
        from parsers.letter_fields import change_date

        doc.change_date = change_date(text)
    doc.confidence = round(max(0.3, 1.0 - 0.5 * missing / max(1, 2 * len(services))), 2)
    return doc
