"""A letter's kind, decided from what it is about: the kinds whose requirements it meets
(`requirements`), weighed by how much of each kind's evidence it holds, against the signs that
it is no reply at all (minutes, an invitation, a digest, an auto-reply, thanks, a question).

Why this order: a kind that lacks what it requires is never chosen, however many of its usual
words the letter has (that was how meeting minutes became a signed protocol); among the kinds
that are possible, the one with the most of its own evidence wins; and the signs of a non-reply
lower the confidence so that such a letter goes to an operator, not into a case.  The phrase
weights of mappings/letters.toml still count, a little, as one more piece of evidence.

`confidence` is meant as the probability that kind and fields are right: the reliability table
of tools/score_corpus.py and benchmarks/bench_understanding.py check it on held-out documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from understanding.concepts import Found
from understanding.requirements import REQUIREMENTS, Facts, reads_as

KINDS = ("training_protocol", "refusal", "responsible_change", "change_notice")
# evidence of each kind: notion -> weight (facts count too, below)
EVIDENCE: dict[str, dict[str, float]] = {
    "training_protocol": {"protocol": 1.5, "contact_centre": 1.0, "training": 1.0,
                          "consulting": 1.5, "acceptance": 0.5},
    "responsible_change": {"responsible": 1.5, "appoint": 1.0, "replace": 1.0,
                           "contact_centre": 0.5, "interaction": 1.0},
    "refusal": {"refuse": 2.0, "secret": 1.0, "not_competent": 2.0},
    "change_notice": {"change": 1.5, "changed_item": 1.0},
}
# what a letter that is no reply talks of: the strong signs make it `other` unless its own
# kind's evidence is overwhelming, the weak ones (a reply thanks and asks too) lower confidence
STRONG_NOT_A_REPLY = ("newsletter", "auto_reply", "invitation", "draft")
NOT_A_REPLY = (*STRONG_NOT_A_REPLY, "meeting", "thanks", "question", "acknowledge", "fyi_copy",
               "sample")
OVERWHELMING = 6.0
# what makes a covering note disown the documents it carries (Reading.disowns_attachments)
COVER_NO_REPLY = frozenset({"draft", "fyi_copy", "centre_in_copy", "sample"})
# "Копия: Единый контакт-центр" under the address of someone else: the letter is theirs, the
# centre only reads along (anywhere a line could start: unwrap joins a copy line under a short
# address to it)
CENTRE_IN_COPY = re.compile(r"(?:^|(?<=\s))(?:копия|копии|көшірмесі|көшірме|cc)[ \t]*:"
                            r"[ \t]*[^\n]{0,60}(?:контакт|екц|байланыс|единый|бірыңғай)",
                            re.I | re.M)


# the addressee line of a letter's head: "Прокуратура города Астаны", "Директору ТОО …",
# "Ревизионной комиссии по …", "Министрлік басшысына"
_ADDRESSEE = re.compile(
    r"^[ \t]*(?:директору|председателю|руководителю|прокурору|начальнику|акиму|министру|"
    r"генеральному|заместителю|управляющему|президенту|ректору|главе|прокуратур\w*|"
    r"ревизионн\w*|сч[её]тн\w*|департаменту|комитету|управлению)\b"
    r"|^[ \t]*\S.{0,80}(?:басшысына|директорына|төрағасына|прокурорына|әкіміне)\b",
    re.I | re.M)
# the contact centre named (an addressee line, a forwarded letter's "To:")
NAMES_CENTRE = re.compile(r"контакт|екц|ekc|1414|байланыс\s+орталы", re.I)


def addressed_elsewhere(text: str) -> bool:
    """The letter's head names an addressee that is not the contact centre (the first dozen
    lines), or lists the centre only in copy: it is someone else's letter."""
    if CENTRE_IN_COPY.search(text):
        return True
    head = "\n".join(text.splitlines()[:12])
    # the addressee may go on on the next line ("Руководителю\nЕдиного контакт-центра")
    return any(not NAMES_CENTRE.search(" ".join(head[m.start():].splitlines()[:2]))
               for m in _ADDRESSEE.finditer(head))


@dataclass
class Reading:
    kind: str
    confidence: float
    strength: float = 0.0
    runner_up: str | None = None
    why: list[str] = field(default_factory=list)  # the notions that decided
    missing: str = ""  # for `other`: what the nearest kind lacked, in Russian
    doubts: list[str] = field(default_factory=list)  # signs of a non-reply found
    notions: frozenset[str] = frozenset()  # every notion the text speaks of

    @property
    def disowns_attachments(self) -> bool:
        """A covering note that says what it carries is no reply: a draft sent round, a copy
        for information, a letter to someone else with the centre in copy."""
        return bool(COVER_NO_REPLY & set(self.doubts))


def _strength(kind: str, by: dict[str, list[Found]], facts: Facts, lexicon: float) -> float:
    score = sum(w for n, w in EVIDENCE[kind].items() if by.get(n))
    if kind == "training_protocol" and by.get("protocol") and by["protocol"][0].start < 40:
        score += 1.0  # "ПРОТОКОЛ" as the document's title
    if kind == "responsible_change" and facts.person_named:
        score += 1.0
    if kind == "change_notice" and facts.changed_fields:
        score += 1.5
    if kind != "training_protocol" and facts.registry_numbers:
        score += 0.25
    return score + min(lexicon, 6.0) * 0.15


def read(text: str, facts: Facts, lexicon: dict[str, float] | None = None,
         whole: str | None = None) -> Reading:
    """The kind of a letter's text, with a confidence and the reasons; `whole` is the text as
    written when `text` has the services' names taken out (the second reader was fitted on
    letters as written)."""
    by = reads_as(text)
    lexicon = lexicon or {}
    possible: list[tuple[float, str]] = []
    missing: list[tuple[float, str, str]] = []
    for kind in KINDS:
        strength = _strength(kind, by, facts, lexicon.get(kind, 0.0))
        check = REQUIREMENTS[kind](by, facts)
        if check.ok:
            possible.append((strength, kind))
        elif strength >= 2.5:
            missing.append((strength, kind, check.missing))
    # a draft: said so ("проект протокола", "на согласование"), or titled so at the top
    # ("ПРОЕКТ", "Проект приказа …"); a draft order merely mentioned further down is not one
    if any(f.start <= 30 for f in by.get("draft_act", ())) or \
            any(f.start <= 2 for f in by.get("draft_word", ())):
        by = {**by, "draft": [*by.get("draft", ()), *by.get("draft_word", ())]}
    doubts = [n for n in NOT_A_REPLY if by.get(n)]
    if addressed_elsewhere(text):
        # someone else's letter, the centre in copy or not named at all: in the training
        # corpora 68 documents of non-replies and none of a reply
        doubts.append("centre_in_copy")
        if possible:
            kind = max(possible)[1]
            return Reading("other", 0.85, runner_up=kind, doubts=doubts,
                           missing=f"похоже на {kind}, но письмо адресовано другому, а не ЕКЦ")
    if not possible:
        near = max(missing, default=None)
        reading = Reading("other", 0.9 if near is None else 0.75, runner_up=near[1] if near
                          else None, missing=f"похоже на {near[1]}, но {near[2]}" if near
                          else "", doubts=doubts)
        return reading
    possible.sort(reverse=True)
    possible = _second_opinion(whole or text, possible)
    strength, kind = possible[0]
    strong = [d for d in doubts if d in STRONG_NOT_A_REPLY
              or (d == "meeting" and kind != "training_protocol")]
    if strong and strength < OVERWHELMING:
        return Reading("other", 0.8, runner_up=kind, doubts=doubts,
                       missing=f"похоже на {kind}, но письмо — {', '.join(strong)}")
    runner = possible[1] if len(possible) > 1 else (0.0, None)
    margin = strength - runner[0]
    confidence = min(0.97, 0.55 + 0.06 * strength + 0.08 * min(margin, 3.0))
    if runner[1] is not None and margin < 1.0:
        confidence = min(confidence, 0.55)  # two kinds equally possible: an operator decides
    if kind == "responsible_change":
        # p.5: the first answer names the person and promises the form later ("информация по
        # форме приложения 1 будет направлена") — a promise that does not make it no reply
        doubts = [d for d in doubts if d != "acknowledge"]
    if doubts:
        confidence *= 0.7 if len(doubts) == 1 else 0.5
    return Reading(kind, round(confidence, 2), strength, runner[1],
                   why=[f"{n}: {by[n][0].words}" for n in EVIDENCE[kind] if by.get(n)],
                   doubts=doubts, notions=frozenset(n for n, f in by.items() if f))


# the second reader (a model over the words, understanding.second_reader) decides between two
# kinds the letter meets the requirements of, when it all but rules out the one with more
# evidence and is sure of the other: a change notice signed by "ответственное лицо" is no
# replacement because the person's words outnumber the change's
SECOND_RULES_OUT, SECOND_SURE = 0.2, 0.6


def _second_opinion(text: str, possible: list[tuple[float, str]]) -> list[tuple[float, str]]:
    if len(possible) < 2:
        return possible
    from understanding import second_reader

    probs = second_reader.probabilities(text)
    if not probs or probs.get(possible[0][1], 0.0) >= SECOND_RULES_OUT:
        return possible
    best = max(possible[1:], key=lambda p: probs.get(p[1], 0.0))
    if probs.get(best[1], 0.0) < SECOND_SURE:
        return possible
    # the second's kind takes the first place with a margin of one over the kind it displaces
    # (no close-call cap on its confidence: the model is sure of it, the rules allow it)
    return [(possible[0][0] + 1.0, best[1]), *[p for p in possible if p != best]]


def speaks_of_change(text: str) -> bool:
    """A covering note that says the information changed ("внесены изменения, направляем форму
    в новой редакции"): the form it covers is then a change notice (p.6), not a first answer."""
    by = reads_as(text)
    return bool(by.get("change")) and not by.get("unchanged")
