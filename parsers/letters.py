"""Agencies' letters: which kind (p.6 change, p.7 replacement, p.11 refusal, p.8 protocol) and
the fields each kind carries.

Why phrases as data: agencies write these letters free-form, in Russian or Kazakh; the phrases
that give a letter away live in mappings/letters.toml, where an operator can add the next
wording without a release.  Extraction works on sentences, not on fixed layouts.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from typing import Any

from gateway.domain import ResponsiblePerson, ServiceInfo
from parsers.records import ParsedDocument
from parsers.text import detect_language, find_dates, find_email, find_phone, fold

REGISTRY = re.compile(r"(?:№|\bN|\bNo\.?)\s*(\d{6,9})\b|(?:услуг[аеиу]|қызмет\w*)\s+(\d{6,9})\b")
QUOTED_NAME = re.compile(r"\s*[«\"“]([^»\"”]{3,300})[»\"”]")
PERSON = re.compile(r"([А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі-]+(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі-]+)"
                    r"{1,2})")
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[А-ЯЁӘҒҚҢӨҰҮҺІA-Z«])|\n\s*\n|\n(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])")


@lru_cache(maxsize=1)
def phrases() -> dict[str, Any]:
    from mappings import path

    return tomllib.loads(path("letters.toml").read_text(encoding="utf-8"))


def classify(text: str) -> str:
    low = text.casefold()
    data = phrases()
    for kind in data["order"]:
        if any(p in low for p in data["kinds"][kind]["phrases"]):
            return kind
    return "other"


def registry_services(text: str) -> list[ServiceInfo]:
    """Services named by registry number, with the «name» that follows, in order, once each."""
    out: list[ServiceInfo] = []
    seen: set[str] = set()
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


def _after(sentence: str, phrase_list: list[str]) -> str | None:
    low = sentence.casefold()
    for p in phrase_list:
        at = low.find(p)
        if at >= 0:
            rest = sentence[at + len(p):]
            return re.sub(r"^\w*\s*", "", rest, count=1) if rest[:1].isalpha() else rest
    return None


def _person_in(fragment: str) -> tuple[str | None, str | None]:
    """(full name, position) from "… Ахметов Ерлан Серикович, ведущий специалист …"."""
    m = PERSON.search(fragment)
    if not m:
        return None, None
    tail = fragment[m.end():]
    tail = re.split(r"(?i)(?:\.\s|\.$|контактный|тел\b|телефон|e-?mail|электрон)", tail)[0]
    position = fold(tail.strip(" ,.;:-–—"))
    return m.group(1), position


def responsible_change(text: str, doc: ParsedDocument) -> None:
    f = phrases()["fields"]
    new_name = new_pos = prev_name = None
    new_at = 0
    for s in sentences(text):
        if new_name is None and (frag := _after(s, f["new"])) is not None:
            new_name, new_pos = _person_in(frag)
            new_at = text.find(s[:20])
        if prev_name is None and (frag := _after(s, f["previous"])) is not None:
            prev_name, _ = _person_in(frag)
    contact = text[max(new_at, 0):]
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


EXTRACTORS = {
    "responsible_change": responsible_change,
    "refusal": refusal,
    "training_protocol": protocol,
}


def parse_letter(text: str, part: str) -> ParsedDocument:
    """A letter's text as a document of its kind, with the fields the contract lists."""
    kind = classify(text)
    doc = ParsedDocument(part=part, kind=kind, language=detect_language(text))  # type: ignore[arg-type]
    if kind != "other":
        doc.services = registry_services(text)
    extract = EXTRACTORS.get(kind)
    if extract is not None:
        extract(text, doc)
    return doc
