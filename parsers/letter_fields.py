"""The fields of a refusal (p.11-12), a change notice (p.6) and a training protocol (p.8), read
out of a letter's text once its kind is known.

Why sentences and spans, not fixed layouts: a refusal gives its reason after "так как", on a
"Причина отказа:" line, or before "…байланысты"; a change notice names the changed field and
its new requisites in one sentence ("регламент … утвержден приказом … от … № …") or on a
labelled line; a date may be the day of the change or only the date of an act's requisites.
The words that mark these are data in mappings/letters.toml.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from gateway.domain import ServiceInfo
from parsers.evidence import lexicon, norm
from parsers.numerals import SPELLED
from parsers.text import _KK_WORDS, _KK_WORDS2, _NUMERIC, _RU_WORDS, EMAIL, find_dates, fold

SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[А-ЯЁӘҒҚҢӨҰҮҺІA-Z«№0-9])|\n\s*\n"
                      r"|\n(?=\s*[А-ЯЁӘҒҚҢӨҰҮҺІ0-9])")
URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s«»\"<>]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov\.kz|"
                 r"kz)(?:/[^\s«»\"<>]*)?")
# the requisites of a legal act: its type word ... its number, and a «title» after it
# an act's number, with the letters some carry before it: "№ 61", "№ ҚР ДСМ-188/2026"
_ACT_NUMBER = r"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{1,4}\s){0,2}[\w/-]+"
ACT = re.compile(r"(?i)(?<![\w-])(?:приказ|постановлени|закон(?!одат)|кодекс|указ|решени)\w*"
                 r"(?:(?!\.\s)[^;\n])*?№\s*" + _ACT_NUMBER + r"(?:\s*«[^»]{3,200}»)?")
# the same in Kazakh word order: the issuer, the date, the number, («title»), then the act's kind
# ("Қазақстан Республикасы Әділет министрінің 2027 жылғы 24 қаңтардағы № 51 бұйрығы")
KK_ACT = re.compile(r"(?i)(?:қазақстан\s+республикасы|[^\W\d][\w«»\"\s-]{0,80}?(?:министрінің|"
                    r"әкімдігінің|мәслихатының|төрағасының|үкіметінің))[^.;\n№]{0,120}№\s*"
                    + _ACT_NUMBER +
                    r"(?:\s*«[^»]{3,200}»)?\s*(?:бұйрығы|бұйрығымен|қаулысы|қаулысымен|шешімі|"
                    r"шешімімен|заңы)\w*")
_NPA_TYPES = ("закон", "кодекс", "постановлени", "указ")
# the document named in full before the act that approved it: "Стандарт государственной услуги
# «…», утвержденный приказом …", "«…» мемлекеттік көрсетілетін қызмет стандарты, …
# бұйрығымен": the whole requisite is the new value, not the act alone
_NAMED_DOC = re.compile(r"(?i)(?:(?:стандарт|регламент|правила)\s+(?:оказания\s+)?"
                        r"государственной\s+услуги\s*«[^»]{3,300}»\s*,?\s*(?:утвержд[её]нн\w*|"
                        r"утвержден\w*)?\s*|«[^»]{3,300}»\s*мемлекеттік\s+көрсетілетін\s+"
                        r"қызмет\s+(?:стандарты|регламенті|қағидалары)\s*,?\s*)$")
# an act that amends another ("О внесении изменений в приказ …", "… өзгерістер енгізу туралы»
# бұйрығы") is a legal act changing the standard or the regulation: column 6, whatever it amends
_AMENDING = re.compile(r"(?i)о\s+внесени[ия]\s+изменени|изменений\s+и\s+дополнени|"
                       r"өзгеріс(?:тер)?\s+(?:мен\s+толықтырулар\s+)?енгізу")
# "… внесены изменения:", "… өзгерістер енгізілді:": the act is on the line that follows
_CHANGED_CUE = re.compile(r"(?i)изменени|өзгеріс")
# a line that is an act and nothing else: it opens with the act's kind (Russian) or its issuer
# (Kazakh word order: "Қазақстан Республикасы … министрінің … № 98 «…» бұйрығы"), and has its
# number; a listed change ("1) № 01004013 …", "- стандарт: …") is read by its label instead
_ACT_LINE = re.compile(r"(?i)^\s*(?:приказ|постановлени|закон|кодекс|указ|решени|"
                       r"қазақстан\s+республикасы|[^\W\d][^:]{0,120}?(?:министрінің|"
                       r"әкімдігінің|мәслихатының))[^:]*?№\s*[\w/-]+")


def sentences(text: str) -> list[str]:
    return [s for s in (fold(x) for x in SENTENCE.split(text)) if s]


def _stem_regex(phrase: str) -> re.Pattern[str]:
    stems = [re.escape(s) for s in norm(phrase).split()]
    return re.compile(r"(?<![\w])" + r"\w*\W+(?:\w+\W+){0,2}?".join(stems))


@lru_cache(maxsize=1)
def _grounds() -> list[tuple[str, list[re.Pattern[str]]]]:
    return [(g, [_stem_regex(p) for p in phrases]) for g, phrases in
            lexicon().data["grounds"].items()]


def refusal_ground(reason: str | None) -> str | None:
    if not reason:
        return None
    low = norm(reason)
    for ground, patterns in _grounds():
        if any(p.search(low) for p in patterns):
            return ground
    return "other"


def _labelled(text: str, labels: list[str]) -> str | None:
    for line in text.splitlines():
        label, colon, value = line.partition(":")
        label = re.split(r"[.!?]\s", label)[-1]  # "… жіберілмейді. Негіздеме: …"
        if colon and norm(label).strip(" -–—") in labels and fold(value):
            return fold(value)
    return None


def refusal_reason(text: str) -> str | None:
    """The sentence (or the part of it) that gives the reason of a refusal."""
    fields = lexicon().data["fields"]
    labels = [norm(x) for x in fields["refusal_labels"]]
    found = _labelled(text, labels)
    if found:
        return found.rstrip(".")
    signals = lexicon().data["signals"]["refusal"]
    refusal_words = [_stem_regex(p) for p in signals]
    statements = [_stem_regex(p) for p, w in signals.items() if w >= 2.5]  # "we refuse" itself
    grounds = [p for _, ps in _grounds() for p in ps]
    best: tuple[int, str] | None = None
    for s in sentences(text):
        low = norm(s)
        grounded = any(p.search(low) for p in grounds)
        refusing = any(p.search(low) for p in refusal_words)
        reason = _clause(s, fields["reason_after"], fields["reason_before"])
        marked = reason != s
        if not (grounded or refusing or marked):
            continue
        if not grounded and (not marked or any(p.search(norm(reason)) for p in statements)):
            continue  # "we refuse" with no cause named is not a reason
        score = 2 * grounded + refusing + marked
        if best is None or score > best[0]:
            best = (score, _grounded_part(reason, grounds))
    return best[1].rstrip(".") if best else None


# where a sentence's reporting part ends and what it reports begins ("…, рассмотрев запрос,
# сообщает, что сведения … составляют коммерческую тайну")
_REPORTED = re.compile(r"(?i),?\s+(?:что|о том, что)\s+|:\s+|\s[—–]\s|;\s+|,\s+(?=так как|"
                       r"поскольку|ввиду|в связи с|в силу|себебі|өйткені)")


def _grounded_part(sentence: str, grounds: list[re.Pattern[str]]) -> str:
    """The part of the sentence that names the ground, once what introduces it ("… сообщает,
    что", "…: ") is cut off; the sentence itself when no part is clearly it."""
    parts = [p for p in _REPORTED.split(sentence) if p and len(p.strip()) >= 25]
    if len(parts) <= 1:
        return sentence
    named = [p for p in parts if any(g.search(norm(p)) for g in grounds)]
    if len(named) >= 1:
        return fold(named[-1].strip(" ,;:")) or sentence
    return sentence


# "в силу статьи 28 …", "ввиду требований пункта 3 …": a marker that introduces the legal
# basis, not the reason itself
_LEGAL_BASIS = re.compile(r"\s*(?:стат|пункт|подпункт|п\.|ст\.|закон|требовани|норм|положени|"
                          r"приказ|постановлени|кодекс|бап|тармақ)", re.I)


def _clause(sentence: str, after: list[str], before: list[str]) -> str:
    low = sentence.casefold()
    hits = [(low.rfind(w), -len(w), w) for w in after if low.rfind(w) >= 0
            and not _LEGAL_BASIS.match(low, low.rfind(w) + len(w))]
    if hits:
        at, neg, w = max(hits)
        rest = fold(sentence[at - neg:].lstrip(" ,:"))
        if rest and len(rest) > 10:
            return rest
    for w in before:  # "… құпияларға жататындықтан, бас тартамыз": the reason ends the word
        at = low.find(w)
        if at > 10:
            return fold(sentence[:at + len(w)]) or sentence
    return sentence


def _field_words() -> dict[str, list[str]]:
    words: dict[str, list[str]] = lexicon().data["fields"]["change"]
    return words


def _nearest_field(before: str) -> str | None:
    """The change field named last in `before` (the words preceding a value)."""
    low = norm(before)
    best: tuple[int, str] | None = None
    for name, words in _field_words().items():
        if name == "website":
            continue
        for w in words:
            at = low.rfind(w)
            if at >= 0 and (best is None or at > best[0]):
                best = (at, name)
    return best[1] if best else None


_LABEL_SPLIT = re.compile(r"^(.*?):(?!//)\s*(.*)$")


def _cut_after_act(value: str) -> str:
    """A labelled value up to the act it names, when a new sentence follows the act on the same
    line (lines joined by unwrap: "№ 51 бұйрығы Бұйрық … күшіне енді", "№ 233 Графа 5 …")."""
    # the first act after which a new sentence starts (a word that starts a sentence, not the
    # rest of a number: "№ ҚР ДСМ-61"); a second labelled value may follow on the same line
    for end in sorted({m.end() for rx in (ACT, KK_ACT) for m in rx.finditer(value)}):
        tail = value[end:].lstrip(" ,.")
        if re.match(r"[^\W\d_][^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]", tail) and tail[0].isupper():
            return value[:end]
    return value


_LISTED = re.compile(r"^\s*(?:\d{1,2}[).]|[-–•])\s+")


def _value_below(lines: list[str]) -> str | None:
    """The value a label with nothing after its colon gives on the lines below: the numbered
    (or dashed) lines of a list, else the one next line when it names an act or a document."""
    filled = [line.strip() for line in lines if line.strip()]
    # a labelled line below ("Стандарт: …", "- регламент: …") speaks for itself
    if not filled or re.match(r"^[^:]{1,60}:(?!//)\s*\S", _LISTED.sub("", filled[0])):
        return None
    if _LISTED.match(filled[0]):
        listed = []
        for line in filled:
            if not _LISTED.match(line):
                break
            listed.append(line)
        return "\n".join(listed).rstrip(".;")
    first = filled[0]
    if len(first) >= 10 and (ACT.search(first) or KK_ACT.search(first) or
                             re.match(r"(?i)[«\"]|стандарт|регламент|правила", first)):
        return _cut_after_act(first).rstrip(".;")
    return None


def changed_fields(text: str) -> dict[str, str]:
    """field -> its new value, from labelled lines first, then from sentences."""
    words = _field_words()
    changed: dict[str, str] = {}
    cued = False  # the line before ended "… внесены изменения:": this one may be the act
    lines = text.splitlines()
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        if cued and len(line) < 600 and _ACT_LINE.search(line):
            changed.setdefault("npa_changes", (fold(line) or "").rstrip(".;"))
        split = _LABEL_SPLIT.match(line)
        cued = bool(split and not split.group(2).strip() and _CHANGED_CUE.search(split.group(1)))
        if split is None:
            continue
        label, value = split.group(1), fold(split.group(2)) or ""
        if len(label) > 300:
            continue
        low = norm(label)
        named = [(max(low.rfind(w) for w in ws), f) for f, ws in words.items()
                 if any(w in low for w in ws)]
        if not named:
            continue
        field_name = max(named)[1]
        if not value:
            # "Графа 4 (стандарт) — новая редакция:" with the value on the line below, or
            # "изменились нормативные правовые акты (графа 6):" over a numbered list of acts
            below = None if cued else _value_below(lines[n + 1:])  # cued: the act, above
            if below and field_name != "website":
                changed.setdefault("npa_changes" if _AMENDING.search(below) else field_name,
                                   below)
            continue
        if len(value) < 5:
            continue
        if field_name == "website" or URL.fullmatch(value.rstrip(".;,")):
            urls = URL.findall(EMAIL.sub(" ", value))
            if urls:
                changed.setdefault("website", urls[-1].rstrip(".,;)"))
            continue
        changed.setdefault(field_name, _cut_after_act(value).rstrip(".;"))
    for s in sentences(text):
        clean = EMAIL.sub(" ", s)
        for m in [*ACT.finditer(s), *KK_ACT.finditer(s)]:
            act_field = _nearest_field(s[:m.start()])
            if act_field is None and (any(m.group(0).casefold().startswith(t)
                                          for t in _NPA_TYPES) or _AMENDING.search(m.group(0))):
                act_field = "npa_changes"
            if act_field and act_field not in changed:
                whole = _NAMED_DOC.search(s[:m.start()])
                start = whole.start() if whole and act_field != "npa_changes" else m.start()
                changed[act_field] = fold(s[start:m.end()]) or ""
        low = norm(s)
        if "website" not in changed and any(w in low for w in words["website"]):
            urls = URL.findall(clean)
            if urls:
                changed["website"] = urls[-1].rstrip(".,;)")
    return changed


_DATES = (_NUMERIC, _RU_WORDS, _KK_WORDS, _KK_WORDS2, SPELLED)


def dated_spans(text: str) -> list[tuple[int, int, dt.date]]:
    """(start, end, date) of every date in the text."""
    out = []
    for rx in _DATES:
        for m in rx.finditer(text):
            got = find_dates(m.group(0))
            if got:
                out.append((m.start(), m.end(), got[0]))
    out.sort()
    kept: list[tuple[int, int, dt.date]] = []
    for span in out:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _requisite(text: str, start: int, end: int) -> bool:
    """A date that is part of an act's or a letter's requisites ("от 6 ноября 2025 года № 367",
    "Исх. № 12 от 12.03.2025", "6 қарашадағы № 367 бұйрығы")."""
    before = text[max(0, start - 6):start].casefold()
    after = text[end:end + 14]
    line = text[text.rfind("\n", 0, start) + 1:start].casefold()
    written = text[start:end].casefold()
    return bool(re.search(r"\bот\s*$", before) or re.search(r"(ғы|гі)$", written)
                or re.match(r"^\s*№\s*[\w/-]+", after) and re.search(r"\d{4}\s*$", written)
                and not re.search(r"[а-яәғқңөұүһі]", written)
                or "исх" in line or re.search(r"№\s*[\w/-]+\s*(от\s*)?$", line))


# a sentence that says when a change takes effect ("вводится в действие с 20 мая 2027 года",
# "вступает в силу", "2027 жылғы 22 сәуірде күшіне енеді", "қолданысқа енгізіледі")
_TAKES_EFFECT = re.compile(r"(?i)вступа\w*\s+в\s+силу|вступил\w*\s+в\s+силу|введ\w*\s+в\s+действие|"
                           r"вводит\w*\s+в\s+действие|действу\w*\s+с\b|применя\w*\s+с\b|"
                           r"с\s+\d{1,2}[. ]|күшіне\s+ен|қолданысқа\s+енгіз|бастап|"
                           r"размеща\w*\s+с\b|не\s+поддерживается|дата\s+изменени|өзгеріс\s+күні")


def change_date(text: str) -> dt.date | None:
    """The day the information changed, as the letter says it; not an act's date."""
    for s in sentences(text):
        if not _TAKES_EFFECT.search(s):
            continue
        for start, end, d in dated_spans(s):
            if not _requisite(s, start, end):
                return d
    kinds = lexicon().data["signals"]["change_notice"]
    cues = [_stem_regex(p) for p, w in kinds.items() if w > 0]
    for s in sentences(text):
        low = norm(s)
        if not any(p.search(low) for p in cues):
            continue
        for start, end, d in dated_spans(s):
            if not _requisite(s, start, end):
                return d
    return None


_FROM = re.compile(r"(?i)(?:\bс|\bсо)\s*$")
# a Kazakh date in the ablative is where a period starts ("2027 жылғы 5 шілдеден")
_ABLATIVE = re.compile(r"[а-яәғқңөұүһі](?:ден|дан|нан|нен|тан|тен)$")
_RANGE_START = re.compile(r"(?i)\bсо?\s+(\d{1,2})\s*(?:по|до|-|–|—)\s*$")
_SINCE = re.compile(r"^\s*(?:ж\.|жылдан)?\s*(?:бастап|бері)")
_DATE_LABEL = re.compile(r"(?i)(дата\s+(назначени|вступлени)|тағайындалған\s+күні|с\s+даты)")


# an order that appoints: "приказом от 5 января 2027 года № 12 … назначен", "2027 жылғы 5
# қаңтардағы № 12 бұйрығымен … тағайындалды" (p.5 counts from the appointment itself)
_ORDER_BEFORE = re.compile(r"(?i)приказ\w*\s+(?:[^.\n]{0,60}\s)?от\s*$")
_ORDER_AFTER = re.compile(r"(?i)^[^.\n]{0,40}бұйрығ")
_APPOINTS = re.compile(r"(?i)назнач|тағайында")


def effective_date(text: str) -> dt.date | None:
    """The day the new person takes over: "с 27 августа 2025 года", "… бастап", a labelled
    "Дата назначения:" line; else the date of the order that appoints them."""
    spans = dated_spans(text)
    for start, end, d in spans:
        before = text[max(0, start - 4):start].replace("«", "")
        line = text[text.rfind("\n", 0, start) + 1:start]
        if _FROM.search(before) or _SINCE.match(text[end:end + 12]) or \
                _DATE_LABEL.search(line) or _ABLATIVE.search(text[start:end]):
            return d
        # "со 2 по 27 августа 2027 года": the first day of the range, in the month written once
        ranged = _RANGE_START.search(text[max(0, start - 12):start])
        if ranged:
            try:
                return d.replace(day=int(ranged.group(1)))
            except ValueError:
                pass
    for start, end, d in spans:
        head = text[max(0, start - 90):start]
        sentence_end = min((i for i in (text.find(".", end), text.find("\n\n", end))
                            if i >= 0), default=len(text))
        tail = text[end:max(sentence_end, end + 1) + 200]
        if (_ORDER_BEFORE.search(head) or _ORDER_AFTER.match(text[end:end + 50])) \
                and _APPOINTS.search(tail[:300]):
            return d
    return None


# the protocol's title with its number, right before a date: that date is the protocol's own
_TITLE = re.compile(r"протокол|хаттама", re.IGNORECASE)
_ACT_NUMBER_AFTER = re.compile(r"[\s»\"”]*(?:года|г\.|ж\.|жылғы)?\s*№")
_OWN_NUMBER = re.compile(r"(?:протокол\w*|хаттама\w*)\s*(?:№\s*[\w./-]+)?\s*(?:от|от\s*«|,)?\s*$")


# the day the protocol was drawn up or signed, labelled so at the start of its line (beside the
# training's own day, "Дата проведения обучения", which comes first and is not the protocol's)
_DRAWN_UP = re.compile(r"(?i)^\W{0,5}(?:(?:протокол|хаттама)\w*\s+)?"
                       r"(?:дата\s+(?:[\w\s]{0,40}?\s)?(?:составлени|подписани|оформлени)\w*"
                       r"(?:\s+протокол\w*)?|составлен\w*|"
                       r"подписан\w*|жасалған\s+күні|жасалды|қол\s+қойылған\s+күні)"
                       r"[^.\n\d]{0,25}$")


_OWN_TITLE = re.compile(r"(?m)^\W*(?:ПРОТОКОЛ|ХАТТАМА)\b")
_CARD = re.compile(r"(?i)карточка\s+документа|есэдо|рег\.\s*№|дата\s+рег|вх\.\s*№")
_PLACE = re.compile(r"^\W*(?:г\.\s*[А-ЯЁA-Z][\w-]+|[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+\s+(?:қ\.|қаласы))"
                    r"[\s|,]*(?:«\s*)?$")
_OUTGOING = re.compile(r"(?i)\bисх|шығыс|\bшығ\.")
_THEIRS = re.compile(r"(?i)ваш|\bна\s+исх|сіздің|екц-|ббо-|ekc-")  # our letter it answers
_TRAINING = re.compile(r"(?i)обучени|оқыт|тренинг|семинар|проведен|өткіз")


def protocol_date(text: str) -> dt.date | None:
    """The protocol's own date: a "Дата составления протокола:" or "Дата:"/"Күні:" line, else
    the date by its title and number, else the first date that is not an act's or a letter's
    requisites."""
    spans = dated_spans(text)
    for start, _end, d in spans:
        if _DRAWN_UP.search(text[text.rfind("\n", 0, start) + 1:start]):
            return d
    title = _TITLE.search(text[:400])
    # an e-document system's card above the protocol ("[ЕСЭДО] Карточка документа / Дата:
    # 21.12.2026") dates its registration, not the protocol
    card = 0
    found = _CARD.search(text[:400])
    if found:  # the card ends where the protocol's own title opens a line
        head = _OWN_TITLE.search(text, found.end())
        card = head.start() if head else 0
    for start, _end, d in spans:
        line = norm(text[text.rfind("\n", 0, start) + 1:start])
        if re.search(r"\b(дата|күні)\s*:?\s*$", line) and not _TRAINING.search(line) \
                and start >= card:
            return d
    # the place and the date the protocol was drawn up: "г. Астана | « 15 » марта 2027 г.",
    # "Құлсары қ. | 2027 жылғы 18 қаңтар"
    for start, _end, d in spans:
        if start >= card and _PLACE.search(text[text.rfind("\n", 0, start) + 1:start]):
            return d
    for start, end, d in spans:  # "Протокол № 14 от 06.04.2027", "№ 3 хаттама, 2027 ж. …"
        before = norm(text[max(0, start - 60):start]).replace("\n", " ")
        act = _ACT_NUMBER_AFTER.match(text, end)  # "приказом от 12 мая 2020 года № 41"
        if _OWN_NUMBER.search(before) or (title and title.end() <= start <= title.end() + 250
                                          and re.search(r"\bот\s*«?\s*$", before)
                                          and not act):
            return d  # or "ПРОТОКОЛ № 03 / принятия … / от « 24 » февраля 2027 г." under it
    # the protocol's own letterhead above its title: "Шығыс № 04-12/2231 / 2026 жылғы «30»
    # қараша / Хаттама № 3" dates the protocol
    for start, _end, d in spans:
        if title is None or start > title.start():
            break
        window = text[max(0, start - 80):start]
        if _OUTGOING.search(window) and not _THEIRS.search(window):
            return d
    for start, end, d in spans:
        if not _requisite(text, start, end):
            return d
    return spans[0][2] if spans else None


def apply_changes(services: list[ServiceInfo], changed: dict[str, Any]) -> list[ServiceInfo]:
    if not services:
        services = [ServiceInfo()]
    return [s.model_copy(update=changed) for s in services]
