"""Records shown as labelled fields: a letter's parsed documents and a case's information
versions become (label, value) rows in the operator's language, dates `dd.mm.yyyy`, times
`dd.mm.yyyy HH:MM` in the configured zone, codes by their names; no raw JSON, no English keys.

Why a module: the message page and the case page show the same fields (the Appendix 1 form's
columns, the responsible person) and must word them the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from gateway.web.i18n import Words, day

Row = tuple[str, str]
PERSON = ("full_name", "position", "email", "phone")
INFO = ("registry_number", "service_name", "standard", "regulation", "npa_changes", "website")


def _get(thing: Any, key: str) -> Any:
    return thing.get(key) if isinstance(thing, dict) else getattr(thing, key, None)


def person(p: Any) -> str:
    """A responsible person in one line: name, position, e-mail, phone."""
    if p is None:
        return ""
    return ", ".join(str(v) for v in (_get(p, k) for k in PERSON) if v)


def value(t: Words, moment: Callable[[Any], str], key: str, v: Any) -> str:
    if v is None or v == "" or v == []:
        return "—"
    if isinstance(v, bool):
        return t("yes") if v else t("no")
    if isinstance(v, dt.datetime):
        return moment(v)
    if isinstance(v, dt.date):
        return day(v)
    if key in ("responsible", "previous_responsible"):
        return person(v) or "—"
    if key == "kind":
        return t.doc(v)
    if key == "language":
        return t.lang(v)
    if key == "confidence" and isinstance(v, float):
        return f"{v:.0%}"
    if isinstance(v, list):
        return "; ".join(str(x) for x in v)
    return str(v)


def info_rows(t: Words, moment: Callable[[Any], str], info: Any) -> list[Row]:
    """One information version's fields (the Appendix 1 form's columns 2-8)."""
    rows = [(t.field(k), value(t, moment, k, _get(info, k))) for k in INFO]
    responsible = _get(info, "responsible")
    rows += [(f"{t.field('responsible')} — {t.field(k)}",
              value(t, moment, k, _get(responsible, k) if responsible else None))
             for k in PERSON]
    return rows


def diff_rows(t: Words, diff: dict[str, Any]) -> list[tuple[str, str, str]]:
    """A version's changes: (field, was, became); a nested key ("responsible.email") named
    part by part."""
    out = []
    for key, (was, became) in diff.items():
        label = " — ".join(t.field(part) for part in key.split("."))
        out.append((label, was or "—", became or "—"))
    return out


def document_blocks(t: Words, moment: Callable[[Any], str], parsed: Any) -> list[dict[str, Any]]:
    """Each parsed document: a title (its part and kind) and its fields, then each service
    row it carries as its own block of fields."""
    blocks: list[dict[str, Any]] = []
    for d in getattr(parsed, "documents", []) or []:
        part = t("part_body") if d.part == "body" else d.part
        rows: list[Row] = [(t.field("kind"), t.doc(d.kind)),
                           (t.field("language"), t.lang(d.language))]
        for key in ("responsible", "previous_responsible", "protocol_date", "refusal_reason",
                    "change_date", "effective_date"):
            if getattr(d, key, None):
                rows.append((t.field(key), value(t, moment, key, getattr(d, key))))
        if d.refusal_ground is not None:
            rows.append((t.field("refusal_ground"), t.ground(d.refusal_ground)))
        if d.executor and (d.executor.full_name or d.executor.date):
            rows.append((t.field("executor"), ", ".join(
                x for x in (d.executor.full_name, day(d.executor.date)
                            if d.executor.date else "") if x)))
        if d.signature is not None:
            rows.append((t.field("signature"), ", ".join(x for x in (
                t.signature(d.signature.status), d.signature.signer or "",
                moment(d.signature.signed_at) if d.signature.signed_at else "") if x)))
        rows.append((t.field("confidence"), value(t, moment, "confidence", d.confidence)))
        if d.warnings:
            rows.append((t.field("warnings"), "; ".join(d.warnings)))
        blocks.append({"title": f"{part} — {t.doc(d.kind)}", "rows": rows,
                       "services": [info_rows(t, moment, s) for s in d.services]})
    return blocks


def signature_rows(t: Words, parsed: Any) -> list[dict[str, str]]:
    """Each signed document's verdict on its e-signature (issue #22): its part, the status
    code, the verdict's own line (who, BIN/IIN, algorithm, when, valid or why not; Russian, as
    parsers.records.Signature.line words it) and, for a valid one, its detail."""
    out = []
    for d in getattr(parsed, "documents", []) or []:
        sig = d.signature
        if sig is None:
            continue
        out.append({"part": t("part_body") if d.part == "body" else d.part,
                    "status": str(sig.status), "line": sig.line(),
                    "detail": sig.detail if sig.status == "valid" and sig.detail else ""})
    return out


def message_rows(t: Words, moment: Callable[[Any], str], parsed: Any) -> list[Row]:
    """What the letter's headers say, as fields."""
    info = getattr(parsed, "message", None)
    if info is None:
        return []
    return [(t.field(k), value(t, moment, k, getattr(info, k, None)))
            for k in ("from_address", "subject", "date", "message_id", "auto_submitted",
                      "is_bounce", "defects", "our_numbers")]


def error_rows(t: Words, parsed: Any) -> list[Row]:
    return [(t("part_body") if e.part == "body" else e.part, e.message)
            for e in getattr(parsed, "errors", []) or []]
