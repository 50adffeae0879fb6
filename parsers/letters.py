"""Agencies' letters: which kind (p.6 change, p.7 replacement, p.11 refusal, p.8 protocol) and
the fields each kind carries.

Why phrases as data: agencies write these letters free-form, in Russian or Kazakh; the phrases
that give a letter away live in mappings/letters.toml, where an operator can add the next
wording without a release.  Extraction works on sentences, not on fixed layouts.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from gateway.domain import ResponsiblePerson, ServiceInfo
from parsers.records import ParsedDocument
from parsers.text import EMAIL, detect_language, find_dates, find_email, find_phone, fold

# a registry number: 8 digits as a rule ("№ 00301138"), older ones shorter ("№ 507031")
REGISTRY = re.compile(r"(?:№|\bN|\bNo\.?)\s*(\d{6,9})\b|(?:услуг[аеиу]|қызмет\w*)\s+(\d{6,9})\b")
QUOTED_NAME = re.compile(r"\s*[«\"“]([^»\"”]{3,300})[»\"”]")
_UP, _LOW = "А-ЯЁӘҒҚҢӨҰҮҺІ", "а-яёәғқңөұүһі"
# Surname Name Patronymic (two or three capitalised words), or Surname И.О.
PERSON = re.compile(rf"([{_UP}][{_LOW}-]+(?:(?:\s+[{_UP}][{_LOW}-]+){{1,2}}|"
                    rf"\s+[{_UP}]\.\s?[{_UP}]\.))")
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[А-ЯЁӘҒҚҢӨҰҮҺІA-Z«])|\n\s*\n|\n(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])")


@lru_cache(maxsize=1)
def phrases() -> dict[str, Any]:
    from mappings import path

    return tomllib.loads(path("letters.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[re.Pattern[str]]]:
    data = phrases()
    out = {kind: [re.compile(p, re.I) for p in spec.get("patterns", [])]
           for kind, spec in data["kinds"].items()}
    for name in ("new", "previous"):
        out["field:" + name] = [re.compile(p, re.I) for p in data["fields"][name]]
    return out


def classify(text: str) -> str:
    """The letter's kind: the first kind in mappings/letters.toml `order` whose phrase or
    pattern occurs in the text; "other" when none does."""
    low = " ".join(text.casefold().split())
    data = phrases()
    for kind in data["order"]:
        spec = data["kinds"][kind]
        if any(p in low for p in spec["phrases"]) or \
                any(rx.search(low) for rx in _patterns()[kind]):
            return kind
    return "other"


TABLE_REGISTRY = re.compile(r"^\s*(\d{6,9})\s*$")


def registry_services(text: str, tables: Sequence[Sequence[Sequence[str | None]]] = ()
                      ) -> list[ServiceInfo]:
    """Services named by registry number, with the «name» that follows, in order, once each:
    in the text ("№ 00706002 «…»"), then in tables (a cell holding only the number, the
    service's name in the next cell)."""
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
    for m in REGISTRY.finditer(text):
        number = m.group(1) or m.group(2)
        if number in seen:
            continue
        seen.add(number)
        name = QUOTED_NAME.match(text, m.end())
        out.append(ServiceInfo(registry_number=number, service_name=fold(name.group(1))
                               if name else None))
    return out


def sentences(text: str) -> list[str]:
    return [s for s in (fold(x) for x in SENTENCE.split(text)) if s]


def _after(sentence: str, patterns: list[re.Pattern[str]]) -> tuple[str, str] | None:
    """(the text before, the text after) the first pattern found in the sentence."""
    for rx in patterns:
        m = rx.search(sentence)
        if m:
            return sentence[:m.start()], sentence[m.end():]
    return None


_VERBS = re.compile(r"(?i)^\s*[-–—:,]?\s*(тағайындалды|белгіленді|болып|болды|является|"
                    r"являлся|являлась|назначен\w*|определен\w*)\b[\s.,]*")


def _person_in(fragment: str) -> tuple[str | None, str | None]:
    """(full name, position) from "… Ахметов Ерлан Серикович, ведущий специалист …" (Russian:
    the position follows) or "… бас маманы Ахметов Ерлан Серікұлы тағайындалды" (Kazakh: it
    comes first)."""
    m = next((m for m in PERSON.finditer(fragment) if not _institution(m.group(1))), None)
    if not m:
        return None, None
    tail = _VERBS.sub("", fragment[m.end():])
    tail = re.split(r"(?i)(?:\.\s|\.$|\(|контактный|тел\b|тел\.|телефон|e-?mail|"
                    r"электрон|эл\.\s*почта)", tail)[0]
    position = fold(tail.strip(" ,.;:-–—"))
    if position is None:
        head = re.split(r"[,:;–—-]\s", fragment[:m.start()])[-1]
        position = fold(head.strip(" ,.;:-–—"))
    return m.group(1), position


_INSTITUTION_WORDS = frozenset({
    "республика", "республики", "казахстан", "министерство", "министерства", "единый",
    "департамент", "управление", "комитет", "акимат", "қазақстан", "республикасы",
    "республикасының", "министрлігі", "государственная", "государственной", "мемлекеттік"})


def _institution(name: str) -> bool:
    return any(w.casefold() in _INSTITUTION_WORDS for w in name.split())


def _find_person(text: str, patterns: list[re.Pattern[str]]
                 ) -> tuple[str | None, str | None, int]:
    """The person a sentence names next to one of the patterns: (name, position, where the
    sentence starts in text); the name after the phrase, else before it in that sentence."""
    for s in sentences(text):
        found = _after(s, patterns)
        if found is None:
            continue
        before, after = found
        name, position = _person_in(after)
        if name is None:  # "Петров Петр Петрович назначен ответственным лицом"
            near = [m for m in PERSON.finditer(before)
                    if len(before) - m.end() <= 40 and not _institution(m.group(1))]
            name, position = (near[-1].group(1), None) if near else (None, None)
        if name is not None:
            return name, position, max(text.find(s[:20]), 0)
    return None, None, 0


def responsible_change(text: str, doc: ParsedDocument) -> None:
    pats = _patterns()
    new_name, new_pos, new_at = _find_person(text, pats["field:new"])
    prev_name, _, _ = _find_person(text, pats["field:previous"])
    if prev_name is not None and prev_name == new_name:
        new_name = new_pos = None
    contact = text[new_at:]
    doc.responsible = ResponsiblePerson(full_name=new_name, position=new_pos,
                                        email=find_email(contact), phone=find_phone(contact))
    if prev_name:
        doc.previous_responsible = ResponsiblePerson(full_name=prev_name)
    if new_name is None:
        doc.warnings.append("the letter names no new responsible person that could be read")


def refusal(text: str, doc: ParsedDocument) -> None:
    labels = phrases()["fields"]["refusal_reason"]
    for line in text.splitlines():
        low = line.casefold()
        for label in labels:
            at = low.find(label)
            if at >= 0:
                reason = fold(line[at + len(label):].lstrip(" :–—-"))
                if reason:
                    doc.refusal_reason = reason.rstrip(".")
                    return
    refusal_phrases = phrases()["kinds"]["refusal"]["phrases"]
    for s in sentences(text):
        if any(p in s.casefold() for p in refusal_phrases):
            doc.refusal_reason = s.rstrip(".")
            return


def protocol(text: str, doc: ParsedDocument) -> None:
    for s in sentences(text):
        if any(p in s.casefold() for p in phrases()["fields"]["protocol_date"]):
            dates = find_dates(s)
            if dates:
                doc.protocol_date = dates[-1]
                return
    dates = find_dates(text)
    doc.protocol_date = dates[-1] if dates else None


URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s«»\"<>]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov\.kz|"
                 r"kz|egov\.kz)(?:/[^\s«»\"<>]*)?")


def change_notice(text: str, doc: ParsedDocument) -> None:
    """The fields a change letter (p.6) names: a sentence about the standard, the regulation
    or the legal acts is that field's new value; a web address is the website's."""
    keywords = phrases()["fields"]["change"]
    changed: dict[str, str] = {}
    for line in text.splitlines():  # labelled lines first: "Новые реквизиты стандарта: …"
        label, colon, value = line.partition(":")
        value = fold(value) or ""
        if not colon or len(label) > 80 or len(value) < 5:
            continue
        for field_name, words in keywords.items():
            if field_name not in changed and any(w in label.casefold() for w in words):
                if field_name == "website":
                    urls = URL.findall(EMAIL.sub(" ", value))
                    if urls:
                        changed["website"] = urls[-1].rstrip(".,;)")
                else:
                    changed[field_name] = value.rstrip(".")
                break
    for s in sentences(text):
        if changed:
            break
        low = s.casefold()
        for field_name, words in keywords.items():
            if field_name in changed or not any(w in low for w in words):
                continue
            if field_name == "website":
                urls = URL.findall(EMAIL.sub(" ", s))
                if urls:
                    changed["website"] = urls[-1].rstrip(".,;)")
            else:
                changed[field_name] = s.rstrip(".")
            break  # one field per sentence: the first named in mappings/letters.toml
    if not changed:
        doc.warnings.append("the change letter does not say which information changed")
        return
    if not doc.services:
        doc.services = [ServiceInfo()]
    doc.services = [s.model_copy(update=changed) for s in doc.services]


EXTRACTORS = {
    "change_notice": change_notice,
    "responsible_change": responsible_change,
    "refusal": refusal,
    "training_protocol": protocol,
}


def parse_letter(text: str, part: str,
                 tables: Sequence[Sequence[Sequence[str | None]]] = (),
                 read_by: str | None = "text") -> ParsedDocument:
    """A letter's text as a document of its kind, with the fields the contract lists."""
    kind = classify(text)
    doc = ParsedDocument(part=part, kind=kind, language=detect_language(text),  # type: ignore[arg-type]
                         read_by=read_by)
    if kind != "other":
        doc.services = registry_services(text, tables)
    extract = EXTRACTORS.get(kind)
    if extract is not None:
        extract(text, doc)
    return doc
