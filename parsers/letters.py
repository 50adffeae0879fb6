"""Agencies' letters: which kind (p.6 change, p.7 replacement, p.11 refusal, p.8 protocol),
the fields each kind carries, and how sure the parser is of both.

Why in three steps: the kind is weighed from all the evidence (parsers/evidence.py, signals in
mappings/letters.toml an operator can edit), the fields are read by the kind's extractor
(parsers/people.py, parsers/letter_fields.py), and whatever the extractor could not find
lowers `confidence` with a warning that says what is missing — so the gateway can apply a
sure document on its own and give an unsure one to an operator with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gateway.domain import ResponsiblePerson, ServiceInfo
from parsers import letter_fields as lf
from parsers import people
from parsers.evidence import Verdict, lexicon, weigh
from parsers.records import ParsedDocument
from parsers.text import detect_language, fold
from understanding.kinds import read
from understanding.names import same_person
from understanding.requirements import Facts

Tables = Sequence[Sequence[Sequence[str | None]]]
# a registry number: 8 digits as a rule ("№ 00301138"), older ones shorter ("№ 507031");
# a bare 8-digit number counts too (a protocol's list), but not inside a phone or a date
REGISTRY = re.compile(r"(?:№|\bN|\bNo\.?)\s*(\d{6,9})\b|(?:услуг[аеиу]|қызмет\w*)\s+(\d{6,9})\b"
                      r"|(?<![\d+()\-./])\b(\d{8})\b(?![\d\-/]|\.\d)|(?<=[^\d\s]\s\()(\d{8})(?=\))")
QUOTED_NAME = re.compile(r"\s*[-–—]?\s*[«\"“]([^»\"”]{3,300})[»\"”]")
TABLE_REGISTRY = re.compile(r"^\s*(\d{6,9})\s*$")
SHEETS = ("xlsx", "xls", "ods")  # the readers of workbooks
# what a covering note says of a letter it forwards that keeps it from being the reply
HOLDING_DOUBTS = frozenset({"draft", "centre_in_copy", "newsletter", "auto_reply", "invitation",
                            "sample"})


def registry_services(text: str, tables: Tables = ()) -> list[ServiceInfo]:
    """Services named by registry number, with the «name» that follows, in order, once each:
    in tables (a cell holding only the number, the service's name in the next cell), then in
    the text ("№ 00706002 «…»", "1) 00706002 – …")."""
    out: list[ServiceInfo] = []
    seen: set[str] = set()
    for table in tables:
        for row in table:
            for j, cell in enumerate(row):
                m = TABLE_REGISTRY.match(cell or "")
                if m and m.group(1) not in seen:
                    seen.add(m.group(1))
                    name = fold(row[j + 1]) if j + 1 < len(row) else None
                    out.append(ServiceInfo(registry_number=m.group(1), service_name=name))
                    break
    phones = [m.span() for m in people.PHONE.finditer(text)]
    for m in REGISTRY.finditer(text):
        number = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        if number in seen or any(a <= m.start() < b for a, b in phones):
            continue
        seen.add(number)
        quoted = QUOTED_NAME.match(text, m.end())
        out.append(ServiceInfo(registry_number=number, service_name=fold(quoted.group(1))
                               if quoted else None))
    return out


def _responsible_change(text: str, doc: ParsedDocument, tables: Tables) -> None:
    new_t, prev_t = people.from_tables(tables)
    new_m, prev_m = people.assign(text)
    if new_t is not None:
        doc.responsible, doc.previous_responsible = new_t, prev_t
    elif new_m is not None:
        mentioned = people.mentions(text)
        later = [m.start for m in mentioned if m.start > new_m.end]
        prev_after = later and prev_m is not None and later[0] == prev_m.start
        phone, email = people.contacts(text, new_m.start, later[0] if prev_after else len(text))
        if prev_after and prev_m is not None and phone is None and email is None:
            # "… жұмыстан босатылды.\nБайланыс: 8 (7262) …": the contacts under the line about
            # the previous person are still the new one's
            line_end = text.find("\n", prev_m.end)
            if line_end >= 0:
                phone, email = people.contacts(text, line_end, len(text))
        named_as = new_m
        if "." in new_m.name:
            # "Т.А. Бейсенбаев" in one language, "Бейсенбаев Тимур Аскарович" in the other (or
            # a line above): the record takes the name written in full
            fuller = [m for m in mentioned if "." not in m.name
                      and same_person(m.name, new_m.name)
                      and not (prev_m is not None and same_person(m.name, prev_m.name))]
            if fuller:
                named_as = max(fuller, key=lambda m: len(m.name.split()))
                if phone is None and email is None:  # the contacts by the name in full
                    phone, email = people.contacts(text, named_as.start, len(text))
        doc.responsible = ResponsiblePerson(full_name=people.in_nominative(text, named_as),
                                            position=new_m.position,
                                            email=email, phone=phone)
    if doc.previous_responsible is None and prev_m is not None:
        doc.previous_responsible = ResponsiblePerson(full_name=people.in_nominative(text, prev_m),
                                                     position=prev_m.position)
    doc.effective_date = lf.effective_date(text)
    if doc.responsible is None or doc.responsible.full_name is None:
        doc.warnings.append("the letter names no new responsible person that could be read")
        doc.confidence *= 0.4


def _refusal(text: str, doc: ParsedDocument, tables: Tables) -> None:
    doc.refusal_reason = lf.refusal_reason(text)
    # a refusal always has a ground: the reason's, else the letter's (a secret it names), else
    # "other" — never none, which p.12 would have to guess
    doc.refusal_ground = lf.refusal_ground(  # type: ignore[assignment]
        doc.refusal_reason or text)
    if doc.refusal_reason is None:
        doc.warnings.append("the letter looks like a refusal, but no reason was found")
        doc.confidence *= 0.4


# a service the protocol sets aside: "услуга 01509015 будет рассмотрена отдельно", "не принята",
# "перенесена", "исключена", "кейінге қалдырылды", "қабылданбады"
_SET_ASIDE = re.compile(
    r"буд\w+\s+рассмотрен|отдельно|перенес|отлож|не\s+прин[яи]|исключ|на\s+доработк|"
    r"на\s+следующ\w+\s+(?:занят|заседан|этап)|не\s+готов|позднее|повторно|"
    r"кейін|қалдыр|қабылданбад|қабылданған\s+жоқ|пысықта|ауыстырылд|ауыстырылсын", re.IGNORECASE)
# a service the protocol accepts in so many words: "принять для консультирования", "принята",
# "қабылдансын", "қабылданды"
_ACCEPTED = re.compile(r"(?<!не\s)прин(?:ять|ята|яты|ят|имается)|қабылдансын|қабылданды",
                       re.IGNORECASE)
_STRETCH = re.compile(r"\([^()]*\)|[^.;\n()]+")


def _set_aside(text: str, services: list[ServiceInfo], tables: Tables = ()
               ) -> list[ServiceInfo]:
    """The services a protocol accepts: those named, less those it puts off ("(услуга 01509015
    будет рассмотрена отдельно)", a table's row "не принята: обучение перенесено") unless it
    also accepts them in so many words elsewhere; an agenda's mere mention accepts nothing."""
    aside: set[str] = set()
    accepted: set[str] = set()
    rows = [" ".join(c or "" for c in row) for table in tables for row in table]
    for piece in [m.group(0) for m in _STRETCH.finditer(text)] + rows:
        inner = re.sub(r"\([^()]*\)", " ", piece) if not piece.startswith("(") else piece
        for number in re.findall(r"\d{6,9}", piece):
            # a number inside a parenthesis of its own is judged by that parenthesis
            if number not in inner:
                continue
            if _SET_ASIDE.search(inner):
                aside.add(number)
            elif _ACCEPTED.search(inner):
                accepted.add(number)
    drop = aside - accepted
    return [s for s in services if s.registry_number not in drop] if drop else services


def _protocol(text: str, doc: ParsedDocument, tables: Tables) -> None:
    doc.services = _set_aside(text, doc.services, tables)
    doc.protocol_date = lf.protocol_date(text)
    if doc.protocol_date is None:
        doc.warnings.append("the protocol's date was not found")
        doc.confidence *= 0.5
    if not doc.services:
        doc.warnings.append("the protocol names no service by registry number")
        doc.confidence *= 0.6


def _change(text: str, doc: ParsedDocument, tables: Tables) -> None:
    changed = lf.changed_fields(text)
    doc.change_date = lf.change_date(text)
    if not changed:
        doc.warnings.append("the change letter does not say which information changed")
        doc.confidence *= 0.5
        return
    nulls = dict.fromkeys(("standard", "regulation", "npa_changes", "website"))
    doc.services = lf.apply_changes(doc.services, {**nulls, **changed})


EXTRACTORS = {
    "change_notice": _change,
    "responsible_change": _responsible_change,
    "refusal": _refusal,
    "training_protocol": _protocol,
}


def facts_of(services: list[ServiceInfo], named: list[people.Mention], tables: Tables,
             changed: bool, workbook: bool = False) -> Facts:
    """What a requirement may ask of a letter besides its words (understanding.requirements)."""
    found = [m for m in named if len(m.name.split()) >= 2]
    new_t, _ = people.from_tables(tables)
    return Facts(registry_numbers=len(services),
                 person_named=bool(found) or new_t is not None,
                 people_at=() if new_t is not None else tuple(m.start for m in found),
                 changed_fields=changed, workbook=workbook)


def classify(text: str, extra: dict[str, float] | None = None) -> Verdict:
    """The letter's kind, weighed from the evidence in its text (and `extra`, kind -> weight
    of evidence found elsewhere, such as a table's shape)."""
    return weigh(text, extra)


def shape_evidence(text: str, named: list[people.Mention], changed: bool) -> dict[str, float]:
    """Evidence from what the letter holds rather than its words: a person named in full in a
    letter about a responsible person; new requisites or a web address for a changed field."""
    shape = lexicon().data["shape"]
    out: dict[str, float] = {}
    low = text.casefold()
    if ("ответствен" in low or "жауапты" in low) and any(
            len(m.name.split()) == 3 for m in named):
        out["responsible_change"] = float(shape["named_person"])
    if changed:
        out["change_notice"] = float(shape["requisites"])
    return out


# a service's name beside its registry number ("00804005 — Продление сроков пребывания …",
# "услуге «Выдача …» (00804005)", "№ 00804005 «…»"): the name is the service's words, not the
# letter's, and weighs nothing in what the letter is
_SERVICE_NAME = re.compile(r"(?m)(^[ \t]*(?:\d{1,2}[.)]?[ \t]*)?\d{8})[ \t]*[—–-][ \t]*[^\n;,.]+"
                           r"|(\d{8}\)?[ \t]*)[«\"“][^»\"”\n]{3,300}[»\"”]"
                           r"|[«\"“][^»\"”\n]{3,300}[»\"”]([ \t]*\((?:№[ \t]*)?\d{8})")


def without_service_names(text: str) -> str:
    """The text with the services' names beside their numbers taken out, the numbers kept."""
    return _SERVICE_NAME.sub(lambda m: m.group(1) or m.group(2) or m.group(3) or "", text)


_WRAPPED = re.compile(r"(?<=[^\s.!?:;])[ \t]*\n[ \t]*(?=[a-zа-яёәғқңөұүһі(«№]|\d+(?![.)]))")


def unwrap(text: str) -> str:
    """Lines a PDF (or a mail client) broke inside a sentence joined again: a line that does
    not end a sentence, followed by one that goes on in lower case, a number or a "№"."""
    return _WRAPPED.sub(" ", text)


def parse_letter(text: str, part: str, tables: Tables = (), read_by: str | None = "text",
                 extra: dict[str, float] | None = None) -> ParsedDocument:
    """A letter's text as a document of its kind, with the fields the contract lists."""
    language = detect_language(text)  # by lines as written (a letterhead stays one line)
    text = unwrap(text)
    # read once, used by the evidence, the requirements and the services below
    services = registry_services(text, tables)
    words = without_service_names(text)
    # the people where the notions are: found in the same text, so their places compare
    named = people.mentions(words)
    # a table of changed columns (parsers.document's `extra`) says what changed, as words would
    changed = bool(lf.changed_fields(text)) or "change_notice" in (extra or {})
    evidence = shape_evidence(text, named, changed)
    for kind, weight in (extra or {}).items():
        evidence[kind] = evidence.get(kind, 0.0) + weight
    reading = read(words, facts_of(services, named, tables, changed, read_by in SHEETS),
                   classify(words, evidence).scores, whole=text)
    doc = ParsedDocument(part=part, kind=reading.kind,  # type: ignore[arg-type]
                         language=language,  # type: ignore[arg-type]
                         read_by=read_by, confidence=reading.confidence)
    doc._text = text
    if reading.runner_up and reading.kind != "other" and reading.confidence <= 0.55:
        doc.warnings.append(f"close call: {reading.kind} or {reading.runner_up}")
    if reading.missing:
        doc.warnings.append(f"not a reply kind: {reading.missing}")
        if reading.runner_up:  # parsers.mime: a cover that speaks of the kind it forwards
            doc.notes[f"near_{reading.runner_up}"] = 1.0
    if reading.doubts:
        doc.warnings.append(f"reads like no reply: {', '.join(reading.doubts)}")
    if reading.disowns_attachments:  # parsers.mime holds what such a covering note carries
        doc.notes["disowns_attachments"] = 1.0
    if set(reading.doubts) & HOLDING_DOUBTS:  # nor does it pass on a letter it forwards
        doc.notes["cover_holds"] = 1.0
    if reading.kind != "other":
        doc.services = services
        # for the calibration (parsers.reliability), which weighs reply kinds only
        doc.notes.update(replacement=float("replace" in reading.notions),
                         people=float(len({m.name for m in named})),
                         dates=float(len(lf.dated_spans(text))),
                         doubts=float(len(reading.doubts)), strength=float(reading.strength))
    extract = EXTRACTORS.get(reading.kind)
    if extract is not None:
        extract(text, doc, tables)
    doc.confidence = round(doc.confidence, 2)
    return doc
