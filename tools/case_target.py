"""What of a parsed document moves its case: the comparison the calibration is fitted to
(tools/calibrate.py) and the "right for the case" column of tools/score_corpus.py.

Why apart from the shared scorer's every-field comparison: a document moves its case with no
person when its confidence passes the threshold, so the confidence is meant as the chance that
it moves the case rightly — the kind, the services' registry numbers, the new person's name (a
form's people's names), the protocol's date, the refusal's ground, the dates of a change or a
replacement, and which columns a change notice changes.  A position worded otherwise than the
key's author would, or a predecessor the letter does not name, moves nothing wrongly.
"""

from __future__ import annotations

from typing import Any

from parsers.form.layouts import CHANGE_FIELDS as CHANGED  # the columns a change may change


def _name(person: Any) -> Any:
    return {"full_name": person.get("full_name")} if isinstance(person, dict) and \
        "full_name" in person else person


def for_case(doc: dict[str, Any], key: dict[str, Any] | None = None) -> dict[str, Any]:
    """`doc` with only what moves a case (see the docstring); `key` (the answer key's document,
    when `doc` is the parser's) says which columns a change notice's key names."""
    kind = doc.get("kind")
    out = {n: doc[n] for n in ("part", "kind", "protocol_date", "refusal_ground",
                               "effective_date", "change_date") if n in doc}
    if "responsible" in doc:
        out["responsible"] = _name(doc["responsible"])
    services = []
    for i, s in enumerate(doc.get("services") or []):
        if not isinstance(s, dict):
            continue
        one: dict[str, Any] = {n: s[n] for n in ("registry_number",) if n in s}
        if "responsible" in s:
            one["responsible"] = _name(s["responsible"])
        if kind == "change_notice":
            ref = ((key or doc).get("services") or [{}] * (i + 1))
            named = ref[i] if i < len(ref) and isinstance(ref[i], dict) else s
            one.update({n: bool(s.get(n)) for n in CHANGED if n in named})
        services.append(one)
    if "services" in doc:
        out["services"] = services
    return out
