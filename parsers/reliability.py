"""The features of a parsed document that say how likely it is to be right, and the calibrated
confidence from them (understanding.calibration).

Why in the parser: only the parser knows what it found and what it did not (a name without a
patronymic, a form row without column 8, a protocol without its date); the calibration turns
those facts into a probability.  `calibrate` is applied once to every document of a result, in
parsers.api, so every reader gets the same treatment.
"""

from __future__ import annotations

import re

from parsers.active import is_active
from parsers.records import READ_AS_OTHER, ParsedDocument, ParseResult
from understanding import second_reader
from understanding.calibration import KINDS, logit, probability

# below this share for the kind the rules chose, the second reader vetoes the document moving
# its case alone (left one author out at a time over 27 authors, of the 1180 documents above the
# threshold 0.2 stopped 27: 9 of the 18 non-replies among them and 7 right replies; safety
# first — tools/train_reader.py cv)
VETO = 0.2
# below this calibrated probability the kind the rules chose is reported as `other`: on the
# training rounds 95 of the 126 letters under it were no reply at all and 11 right in kind; at
# 0.2-0.3 the two are even
REPORT_FLOOR = 0.2
# an Appendix 1 table is evidence of its own that a letter's words are not: a form or a revised
# form is reported as other only below this (training rounds: under 0.08, 31 tables that were no
# reply and 2 right; between 0.08 and 0.2, 5 and 1 — and the seeded corpus's revised forms, which
# the second reader has not seen the like of, sit there)
FORM_FLOOR = 0.08
_TABLES = frozenset({"docx", "xlsx", "pdf_text", "html", "ocr", "doc", "xls", "odt", "ods",
                     "rtf"})
SECOND_READER = "second reader: "
_VETOED = re.compile(re.escape(SECOND_READER) + r"(\w+) \(")
COVERED = "the covering note says the attachments are no reply (a draft, a copy for information)"


def _person_gaps(p: object) -> float:
    """What a person's record lacks that a reply nearly always gives: a full name (surname,
    name, patronymic or initials) and a position.  Contacts are not counted: many letters give
    none, and their absence says nothing about whether the rest was read right."""
    if p is None:
        return 2.0
    name = getattr(p, "full_name", None) or ""
    full = len(name.split()) >= 3 or "." in name
    return float((not full) + (getattr(p, "position", None) is None))


def features(doc: ParsedDocument) -> dict[str, float]:
    """Plain numbers about `doc`; `raw` is the parser's own confidence."""
    f: dict[str, float] = {"raw": doc.confidence, "raw_logit": logit(doc.confidence),
                           # how likely the second reader finds the kind the rules chose,
                           # and whether it had an opinion at all (a two-line note gives none)
                           "reader": reader_logit(doc),
                           "reader_none": float(not second_reader.probabilities(doc.text)),
                           f"kind_{doc.kind}": 1.0,
                           # active content is told, not a sign of a misreading
                           "warnings": float(sum(not is_active(w) for w in doc.warnings)),
                           "kazakh": float(doc.language == "kk"),
                           "scanned": float(doc.read_by == "ocr"),
                           "services": float(min(len(doc.services), 6))}
    dated = doc.notes.get("dates", 1.0) > 0  # a date missed only where the text has one
    # a letter's own evidence for its kind, and the signs that it is no reply (kinds.read)
    f["doubts"] = min(doc.notes.get("doubts", 0.0), 3.0)
    f["weak"] = float(0 < doc.notes.get("strength", 9.0) < 3.5)
    if doc.kind == "appendix1_form" and doc.services:
        f["row_gaps"] = sum(_person_gaps(s.responsible) + sum(
            getattr(s, c) is None for c in ("registry_number", "service_name", "standard",
                                            "website")) for s in doc.services) / len(doc.services)
        f["no_executor"] = float(doc.executor.full_name is None)
    elif doc.kind == "responsible_change":
        f["person_gaps"] = _person_gaps(doc.responsible)
        # p.5's appointment names no predecessor and seldom a date: a gap only in a letter
        # that speaks of replacing someone (p.7) — and a predecessor missed only where the
        # letter names someone besides the new person
        replacement = doc.notes.get("replacement", 1.0) > 0
        others = doc.notes.get("people", 2.0) >= 2
        f["no_previous"] = float(doc.previous_responsible is None and replacement and others)
        f["no_date"] = float(doc.effective_date is None and replacement and dated)
    elif doc.kind == "refusal":
        f["reason_long"] = float(len(doc.refusal_reason or "") > 250)
        f["no_ground"] = float(doc.refusal_ground in (None, "other"))
    elif doc.kind == "training_protocol":
        f["no_date"] = float(doc.protocol_date is None and dated)
    elif doc.kind == "change_notice":
        f["no_date"] = float(doc.change_date is None and dated)
        f["changed"] = float(sum(1 for s in doc.services for c in (
            "standard", "regulation", "npa_changes", "website") if getattr(s, c)))
    return f


def reader_logit(doc: ParsedDocument) -> float:
    """The second reader's log-odds for the document's kind (0, no opinion, without a text)."""
    probs = second_reader.probabilities(doc.text)
    return max(-5.0, min(5.0, logit(probs[doc.kind]))) if doc.kind in probs else 0.0


def second_reader_says(doc: ParsedDocument) -> str | None:
    """The kind the second reader read instead, when it vetoed the document (from the warning
    `calibrate` wrote: the result crosses processes as the contract's fields and warnings)."""
    for w in doc.warnings:
        if m := _VETOED.match(w):
            return m.group(1)
    return None


def calibrate(result: ParseResult) -> ParseResult:
    """Every reply document's confidence made a calibrated probability (`other` keeps its
    own: it is never applied); a kind the second reader all but rules out is held for an
    operator whatever the probability, with a warning that says what it read instead."""
    for doc in result.documents:
        if doc.kind in KINDS:
            doc.confidence = probability(features(doc))
            if doc.notes.get("covered_as_no_reply"):
                doc.confidence = min(doc.confidence, 0.3)
                doc.warnings.append(COVERED)
            ok, best, p_best, p_kind = second_reader.agrees(doc.text, doc.kind, VETO)
            if not ok:
                doc.confidence = min(doc.confidence, 0.3)
                doc.warnings.append(f"{SECOND_READER}{best} ({p_best:.2f}), not {doc.kind} "
                                    f"({p_kind:.2f})")
            form = doc.kind in ("appendix1_form", "change_notice") and doc.read_by in _TABLES
            if doc.confidence < (FORM_FLOOR if form else REPORT_FLOOR) \
                    or doc.notes.get("covered_as_no_reply"):
                doc.warnings.append(f"{READ_AS_OTHER}it reads most like {doc.kind}, "
                                    f"{doc.confidence:.2f} sure")
    return result
