"""Judging what `gateway run` did with one corpus input against its answer key.

Why judged on the cases, not on the parse: the question is what an operator would find — a
reply applied to its case with no one touching it, applied wrongly, or left for an operator —
so the verdict reads the case before and after and the status-log lines the message wrote.

A genuine reply (`is_reply` true) is expected to move each case it concerns as its kind demands:

* `appendix1_form`: a new information version on the case of every row whose registry number
  is one of the context's services, the responsible person (column 8, the case's person and
  the version's) equal to the key's `full_name` after the shared scorer's normalisation;
* `change_notice`: a new information version (a change recorded); when the key names a
  column-8 person for the service, the same check as a form's (a revised form may name the
  person: recording them is then no fault, since the person named before is invented);
* `responsible_change`: the case's responsible person equal to the key's `responsible`;
* `refusal`: a refusal recorded (`refusal_received` or `refusal_lawful`; when the key gives
  `refusal_ground`, lawful exactly when the key's ground is a lawful secret, p.11 sub. 1);
* `training_protocol`: the protocol signed on the key's `protocol_date`.

The cases concerned: those of the registry numbers the key's document names, else (a letter
naming none) every service of the context.  "right": every expectation met and nothing moved
otherwise; "wrong": some case moved in a way the key does not demand (another kind, another
person, another date); "partial": some expectations met, none wrong, some not; "not applied":
nothing moved (quarantined, its reason counted, or recorded as `other`).  A decoy
(`is_reply` false) is "applied" when any case changed at all — anything besides recording the
message, a quarantine, an auto-reply, or a bounce of our letter marking the address that failed
on its case (nothing of the Rules' steps moves; counted apart as "недоставка … отмечена").
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.e2e_deploy import Context, Outcome
from gateway.domain import Case

SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score_parse.py"
REPLY_KINDS = ("appendix1_form", "change_notice", "responsible_change", "refusal",
               "training_protocol")
LAWFUL = {"state_secret", "commercial_secret", "protected_secret"}
# status-log lines that record a message without changing a case
NEUTRAL = {"message_processed", "quarantined", "auto_message", "auto_reply", "retry", "sent",
           "edoc_seen_again", "edoc_rejected", "source_failed", "operator_attention"}
PERSON_KINDS = {"appointed", "responsible_replaced", "responsible_confirmed"}
REFUSAL_KINDS = {"refusal_received", "refusal_lawful"}
_SIGNED = re.compile(r"подписан (\d{2})\.(\d{2})\.(\d{4})")


def _load_norm() -> Any:
    """The shared scorer's string normalisation, so "equal" means what the parse scorer
    means; a plain fold when the scorer is not beside this checkout."""
    if SCORER.is_file():
        spec = importlib.util.spec_from_file_location("score_parse", SCORER)
        if spec is not None and spec.loader is not None:
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            return mod.norm_text
    return lambda s: " ".join(unicodedata.normalize("NFC", s).split()).casefold()


_norm = _load_norm()


def norm(value: str | None) -> str:
    return str(_norm(value)) if value else ""


@dataclass
class Expect:
    kind: str
    case_id: str
    person: str | None = None
    date: str | None = None
    lawful: bool | None = None


@dataclass
class Verdict:
    verdict: str  # right | wrong | partial | not_applied | no_key | clear | applied
    detail: str = ""
    reason: str | None = None  # the quarantine reason's class, when quarantined
    notes: list[str] = field(default_factory=list)


def _number(value: Any) -> str:
    digits = re.sub(r"\D", "", str(value or ""))
    return digits.zfill(8) if digits else ""


def expectations(key: dict[str, Any], ctx: Context, case_ids: dict[str, str]) -> list[Expect]:
    """What the key demands of the cases, one line per (kind, case)."""
    by_number = {_number(n): cid for n, cid in case_ids.items()}
    out: dict[tuple[str, str], Expect] = {}
    for doc in key.get("documents") or []:
        kind = doc.get("kind") if isinstance(doc, dict) else None
        if kind not in REPLY_KINDS:
            continue
        services = [s for s in doc.get("services") or [] if isinstance(s, dict)]
        pairs: list[tuple[str, dict[str, Any]]] = []
        for s in services:
            cid = by_number.get(_number(s.get("registry_number")))
            if cid is None and not _number(s.get("registry_number")) and len(services) == 1 \
                    and len(by_number) == 1:
                cid = next(iter(by_number.values()))
            if cid is not None:
                pairs.append((cid, s))
        if not services and kind != "appendix1_form":
            pairs = [(cid, {}) for cid in by_number.values()]
        for cid, s in pairs:
            e = Expect(kind, cid)
            if kind in ("appendix1_form", "change_notice"):
                e.person = (s.get("responsible") or {}).get("full_name")
            elif kind == "responsible_change":
                e.person = (doc.get("responsible") or {}).get("full_name")
            elif kind == "training_protocol":
                e.date = doc.get("protocol_date")
            elif kind == "refusal" and doc.get("refusal_ground"):
                e.lawful = doc["refusal_ground"] in LAWFUL
            out.setdefault((kind, cid), e)
    return list(out.values())


def _person(case: Case | None) -> str:
    return norm(case.responsible.full_name) if case and case.responsible else ""


def changes(before: Case | None, after: Case | None) -> list[str]:
    """Every difference people would see on the case, in words (idempotence keys and the
    reminder date left out: the clock's business)."""
    if before is None or after is None:
        return [] if before is after else ["case appeared or vanished"]
    out = []
    if before.state != after.state:
        out.append(f"state {before.state}→{after.state}")
    if _person(before) != _person(after):
        out.append(f"responsible →{after.responsible.full_name if after.responsible else None}")
    if len(after.info_versions) != len(before.info_versions):
        out.append(f"information versions {len(before.info_versions)}→"
                   f"{len(after.info_versions)}")
    old = {(d.step, d.start, d.due, d.done_on) for d in before.deadlines}
    for d in after.deadlines:
        if (d.step, d.start, d.due, d.done_on) not in old:
            out.append(f"step {d.step} {'done ' + str(d.done_on) if d.done_on else 'opened'}")
    out += [f"flag: {f}" for f in after.flags if f not in before.flags]
    out += [f"failing {a}" for a in after.failing_addresses if a not in before.failing_addresses]
    return out


def _protocol_dates(lines: list[dict[str, Any]], before: Case, after: Case) -> list[str]:
    dates = [f"{m.group(3)}-{m.group(2)}-{m.group(1)}" for e in lines
             if e["kind"] == "protocol_signed" and (m := _SIGNED.search(e["summary"] or ""))]
    if not dates:
        done = {d.done_on for d in before.deadlines if d.step == "training"}
        dates = [str(d.done_on) for d in after.deadlines
                 if d.step == "training" and d.done_on and d.done_on not in done]
    return dates


def _check(e: Expect, before: Case, after: Case, lines: list[dict[str, Any]]
           ) -> tuple[str, str]:
    """("met" | "missing" | "wrong", why) for one expectation on its case."""
    kinds = {x["kind"] for x in lines}
    versions = after.info_versions[len(before.info_versions):]
    if e.kind in ("appendix1_form", "change_notice"):
        if not versions:
            return "missing", f"{e.case_id}: no information recorded"
        if e.person:
            col8 = [norm(v.info.responsible.full_name if v.info.responsible else None)
                    for v in versions]
            if norm(e.person) not in col8 or _person(after) != norm(e.person):
                return "wrong", (f"{e.case_id}: column 8 recorded as "
                                 f"{[v.info.responsible.full_name if v.info.responsible else None for v in versions]}"  # noqa: E501
                                 f", case person {_person(after) or None}, key {e.person}")
        return "met", ""
    if e.kind == "responsible_change" and not e.person:  # the key names no one: anyone will do
        moved = _person(after) != _person(before) or kinds & PERSON_KINDS
        return ("met", "") if moved else ("missing", f"{e.case_id}: responsible not changed")
    if e.kind == "responsible_change":
        if _person(after) == norm(e.person) and (kinds & PERSON_KINDS or
                                                  _person(before) == norm(e.person)):
            return "met", ""
        if _person(after) != _person(before):
            return "wrong", f"{e.case_id}: responsible {_person(after)}, key {e.person}"
        return "missing", f"{e.case_id}: responsible not changed"
    if e.kind == "refusal":
        found = kinds & REFUSAL_KINDS
        if not found:
            return "missing", f"{e.case_id}: no refusal recorded"
        if e.lawful is not None and ("refusal_lawful" in found) != e.lawful:
            return "wrong", f"{e.case_id}: recorded as {sorted(found)}, key lawful={e.lawful}"
        return "met", ""
    dates = _protocol_dates(lines, before, after)
    if "protocol_signed" not in kinds and not dates:
        return "missing", f"{e.case_id}: no protocol recorded"
    if e.date and e.date not in dates:
        return "wrong", f"{e.case_id}: protocol dated {dates or 'as before'}, key {e.date}"
    return "met", ""


def _unexpected(cid: str, expected: set[str], before: Case, after: Case,
                lines: list[dict[str, Any]]) -> list[str]:
    """Moves on a case of a kind the key does not demand there."""
    kinds = {x["kind"] for x in lines}
    out = []
    if len(after.info_versions) > len(before.info_versions) \
            and not expected & {"appendix1_form", "change_notice"}:
        out.append(f"{cid}: information recorded")
    # a revised form (p.6) names the person in column 8 too: recording them is its content
    col8 = {norm(v.info.responsible.full_name) for v in after.info_versions[
        len(before.info_versions):] if v.info.responsible and v.info.responsible.full_name}
    if (_person(after) != _person(before) or kinds & {"appointed", "responsible_replaced"}) \
            and not expected & {"appendix1_form", "responsible_change"} \
            and not ("change_notice" in expected and _person(after) in col8):
        out.append(f"{cid}: responsible person → {_person(after)}")
    if kinds & REFUSAL_KINDS and "refusal" not in expected:
        out.append(f"{cid}: refusal recorded")
    if "protocol_signed" in kinds and "training_protocol" not in expected:
        out.append(f"{cid}: protocol recorded")
    return out


def quarantine_class(reason: str) -> str:
    """A quarantine reason without its particulars (file names, addresses, numbers), so the
    same reason given to many inputs is counted once."""
    text = reason
    while (shorter := re.sub(r"\([^()]*\)", "", text)) != text:  # particulars, nested too
        text = shorter
    first = text.split("; ")[0]
    head, sep, rest = first.partition(": ")
    if sep and (head == "body" or re.search(r"\.\w{2,4}$", head)):
        first = rest
    first = re.sub(r"\S+@\S+", "<адрес>", first)
    first = re.sub(r"\d*[.,/-]?\d{2,}(?:[.,/-]\d+)*", "N", first)  # not "приложения 1"
    return " ".join(first.split()).strip(" ,;:")[:100]


def _not_moved(out: Outcome) -> Verdict:
    """Why nothing moved, from the message's row (or the e-document folder's rejection)."""
    if not out.messages:
        why = out.rejected[0] if out.rejected else "the message was not stored"
        return Verdict("not_applied", why, "не принято: " + quarantine_class(why))
    row = out.messages[0]
    if row["status"] == "quarantined":
        text = row["quarantine_reason"] or ""
        return Verdict("not_applied", f"quarantined: {text}", quarantine_class(text))
    if row["status"] != "done":
        text = row["last_error"] or row["status"]
        return Verdict("not_applied", f"{row['status']}: {text}",
                       f"не обработано: {quarantine_class(text)}")
    what = next((e["summary"] for e in out.events if e["kind"] in
                 ("message_processed", "auto_message")), "processed")
    return Verdict("not_applied", f"nothing applied: {what}", "обработано без изменений дела")


def judge(key: dict[str, Any], ctx: Context, out: Outcome) -> Verdict:
    """The verdict on one input's outcome (see the module's docstring)."""
    by_case: dict[str, list[dict[str, Any]]] = {}
    for e in out.events:
        if e["case_id"]:
            by_case.setdefault(e["case_id"], []).append(e)
    moved = {cid: changes(out.before.get(cid), out.after.get(cid)) for cid in out.after}
    effects = [e for e in out.events if e["kind"] not in NEUTRAL and e["case_id"]]
    touched = sorted(cid for cid, c in moved.items() if c) or \
        sorted({e["case_id"] for e in effects})
    if not ctx.is_reply:
        if not touched:
            base = _not_moved(out)
            return Verdict("clear", base.detail, base.reason)
        if {e["kind"] for e in effects} <= {"bounce"} and all(
                c.startswith(("flag: ", "failing ")) for cid in touched for c in moved[cid]):
            # a delivery failure of our own letter, marked on its case (the address that
            # failed): recorded, as an operator must see it; nothing of the Rules' steps moved
            return Verdict("clear", "bounce recorded: " + "; ".join(
                f"{cid}: {', '.join(moved[cid])}" for cid in touched),
                "недоставка нашего письма отмечена на деле")
        return Verdict("applied", "; ".join(f"{cid}: {', '.join(moved.get(cid) or [])}"
                                            for cid in touched) + " — "
                       + ", ".join(sorted({e["kind"] for e in effects})))
    wanted = expectations(key, ctx, out.case_ids)
    if not wanted:
        return Verdict("no_key", "the key names no reply kind on the context's services")
    if not touched:
        v = _not_moved(out)
        v.detail = f"want {_wants(wanted)}; {v.detail}"
        return v
    problems: list[str] = []
    missing: list[str] = []
    met: list[str] = []
    for cid in sorted(set(moved) | {x.case_id for x in wanted}):
        before, after = out.before[cid], out.after[cid]
        mine = [x for x in wanted if x.case_id == cid]
        problems += _unexpected(cid, {x.kind for x in mine}, before, after,
                                by_case.get(cid, []))
        for x in mine:
            state, why = _check(x, before, after, by_case.get(cid, []))
            {"met": met, "missing": missing, "wrong": problems}[state].append(why or x.kind)
    detail = f"want {_wants(wanted)}; " + "; ".join(problems + missing)
    if problems:
        return Verdict("wrong", detail)
    if missing and not met:  # only side moves (a flag, a step closed): the reply was not
        v = _not_moved(out)   # applied, whatever else the message did
        v.detail = f"{detail}; moved: " + "; ".join(f"{c}: {', '.join(m)}"
                                                   for c, m in moved.items() if m)
        return v
    if missing:
        return Verdict("partial", detail)
    return Verdict("right", f"want {_wants(wanted)}")


def _wants(wanted: list[Expect]) -> str:
    return ", ".join(sorted({f"{e.kind}@{e.case_id.split('-')[0]}" for e in wanted}))
