"""Russian grammar for letters: names declined, numbers agreeing with what they count.

Why here: a letter to a ministry says "отказе Министерства здравоохранения", "в течение
декабря 2026 года", "3 рабочих дня", and the names and numbers come from the directory and
the engine in their dictionary form.  Templates call these functions as Jinja2 filters
(outbound.compose registers them); pymorphy3 with its Russian dictionaries does the
morphology.  Only the head of a name is declined ("Министерство здравоохранения Республики
Казахстан": the first noun and the adjectives before it), a person's name word by word;
anything pymorphy3 does not know is left as written rather than guessed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

CASES = {"nomn", "gent", "datv", "accs", "ablt", "loct"}
_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)?")
_PERSON = {"Surn", "Name", "Patr"}
# nouns `agree_numbers` puts in agreement with a number before them (the others are names,
# paragraphs, "Правил", a year: a number before those is not a count)
COUNTED = ("день", "неделя", "месяц", "час", "минута", "обращение", "отказ", "запрос",
           "письмо", "услуга", "случай", "лицо", "строка", "документ", "сообщение")
# the word before a number that governs the genitive ("в течение 3 рабочих дней")
GOVERNS_GENITIVE = {"течение", "истечении", "более", "менее", "свыше", "около", "до", "после",
                    "из", "позднее", "ранее"}


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=4096)
def _parses(word: str) -> tuple[Any, ...]:
    return tuple(_morph().parse(word))


def _restore(original: str, word: str) -> str:
    """`word` written the way `original` was (capitalised, upper case, lower case)."""
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return "-".join(p[:1].upper() + p[1:] for p in word.split("-")) \
            if "-" in original and original.split("-")[1][:1].isupper() else \
            word[:1].upper() + word[1:]
    return word


def _nominative(word: str, pos: set[str], extra: set[str] | None = None) -> Any | None:
    """The word's parse as a nominative of one of `pos` (with the grammemes `extra`)."""
    for p in _parses(word):
        if p.tag.POS in pos and "nomn" in p.tag and (not extra or extra & set(p.tag.grammemes)):
            return p
    return None


def _inflect(parse: Any, grammemes: set[str], original: str) -> str:
    form = parse.inflect(grammemes)
    return original if form is None else _restore(original, form.word)


def _person_gender(words: list[str]) -> str:
    words = [w for w in words if len(w) > 1]  # initials say nothing
    for w in words:  # the patronymic says it best, then the surname, then the first name
        p = _nominative(w, {"NOUN"}, {"Patr"})
        if p is not None:
            return "femn" if "femn" in p.tag else "masc"
    for tag in ("Surn", "Name"):
        for w in words:
            p = _nominative(w, {"NOUN"}, {tag})
            if p is not None and ("femn" in p.tag or "masc" in p.tag):
                return "femn" if "femn" in p.tag else "masc"
    return "masc"


def is_person(text: str) -> bool:
    """Whether `text` reads as a person's name ("Ахметов Ерлан Серикович", "Ахметова А.Б.")."""
    words = _WORD.findall(text)
    named = [w for w in words if w[:1].isupper() and
             any(p.tag.POS == "NOUN" and _PERSON & set(p.tag.grammemes) for p in _parses(w))]
    surname = any(_nominative(w, {"NOUN"}, {"Surn", "Patr"}) for w in named)
    return bool(words) and surname and len(named) == len(words) and len(words) <= 3


def _decline_person(text: str, case: str) -> str:
    words = _WORD.findall(text)
    gender = _person_gender(words)

    def one(match: re.Match[str]) -> str:
        w = match.group(0)
        for p in _parses(w):
            if p.tag.POS == "NOUN" and _PERSON & set(p.tag.grammemes) and "nomn" in p.tag \
                    and (gender in p.tag or "Ms-f" in p.tag):
                return _inflect(p, {case, "sing"}, w)
        return w

    return _WORD.sub(one, text)


def _decline_head(text: str, case: str) -> str:
    """Decline the adjectives and the first noun of a name; leave the rest as written."""
    out: list[str] = []
    pos = 0
    for match in _WORD.finditer(text):
        between = text[pos:match.start()]
        if re.search(r"[«\"(\d]", between):
            break  # a quoted or bracketed part, or a number: the head is over
        word = match.group(0)
        adjective = _nominative(word, {"ADJF", "PRTF"})
        noun = _nominative(word, {"NOUN"})
        if adjective is not None and not (noun is not None and noun.score > adjective.score
                                          and not out):
            out.append(between + _inflect(adjective, {case}, word))
            pos = match.end()
            continue
        if noun is not None:
            if "Fixd" not in noun.tag:
                number = "plur" if "plur" in noun.tag else "sing"
                word = _inflect(noun, {case, number}, word)
            out.append(between + word)
            pos = match.end()
        break
    return "".join(out) + text[pos:]


def decline(text: Any, case: str) -> str:
    """`text` (a name or a phrase in the nominative) in grammatical `case`: 'gent' for "отказ
    Министерства здравоохранения", 'datv' for "Ахметову Ерлану Сериковичу"."""
    if case not in CASES:
        raise ValueError(f"unknown case {case!r} (one of {', '.join(sorted(CASES))})")
    phrase = str(text or "")
    if case == "nomn" or not phrase.strip():
        return phrase
    return _decline_person(phrase, case) if is_person(phrase) else _decline_head(phrase, case)


def _form(n: int, case: str) -> tuple[str, str]:
    """(noun grammemes, adjective grammemes) of a word counted by `n` in `case`."""
    last, last2 = n % 10, n % 100
    if last == 1 and last2 != 11:
        return "sing", "sing"
    if case in ("nomn", "accs"):
        if 2 <= last <= 4 and not 12 <= last2 <= 14:
            return "sing gent", "plur gent"
        return "plur gent", "plur gent"
    return "plur", "plur"


def count(n: Any, phrase: str, case: str = "nomn") -> str:
    """"3 рабочих дня": the number and `phrase` (adjectives and a noun, nominative singular)
    agreeing with it, in `case` ('gent' after "в течение": "в течение 3 рабочих дней")."""
    number = int(n)
    noun_gr, adj_gr = _form(number, case)
    words = phrase.split()
    out: list[str] = []
    for i, word in enumerate(words):
        last = i == len(words) - 1
        parse = _nominative(word.lower(), {"NOUN"} if last else {"ADJF", "PRTF"})
        if parse is None:
            out.append(word)
            continue
        grammemes = set((noun_gr if last else adj_gr).split())
        if not last and "femn" in _head_gender(words[-1]) and adj_gr == "plur gent" \
                and noun_gr == "sing gent":
            grammemes = {"plur", "nomn"}  # "3 рабочие недели"
        if len(grammemes) == 1:
            grammemes.add(case)
        out.append(_inflect(parse, grammemes, word))
    return f"{number} {' '.join(out)}"


def _head_gender(noun: str) -> str:
    p = _nominative(noun.lower(), {"NOUN"})
    return str(p.tag.gender) if p is not None and p.tag.gender else ""


_COUNTED = re.compile(r"(?P<before>[А-Яа-яЁё]*)(?P<gap>[\s(]*)(?P<n>\d+)\s+"
                      r"(?P<first>[а-яё]+)(?P<sep>\s+)?(?P<second>[а-яё]+)?")


def _counted_noun(word: str | None) -> Any | None:
    for p in _parses(word or ""):
        if p.tag.POS == "NOUN" and p.normal_form in COUNTED:
            return p
    return None


def _adjective_lemma(word: str, gender: str) -> str | None:
    for p in _parses(word):
        if p.tag.POS in ("ADJF", "PRTF"):
            form = p.inflect({"sing", "nomn", gender})
            return form.word if form is not None else None
    return None


def agree_numbers(text: Any) -> str:
    """Every "N [adjective] <counted noun>" of `text` made to agree with N ("3 рабочих дней" ->
    "3 рабочих дня"; after "в течение" or "по истечении" the genitive stays)."""

    def fix(m: re.Match[str]) -> str:
        first, second = m.group("first"), m.group("second")
        noun = _counted_noun(second)
        phrase: list[str] = []
        rest = ""
        if noun is not None:
            gender = str(noun.tag.gender or "masc")
            adjective = _adjective_lemma(first, gender)
            if adjective is None:
                return m.group(0)
            phrase = [adjective]
        else:
            noun = _counted_noun(first)
            if noun is None:
                return m.group(0)
            rest = (m.group("sep") or "") + (second or "")
        head = noun.inflect({"sing", "nomn"})
        phrase.append(head.word if head is not None else noun.normal_form)
        case = "gent" if m.group("before").lower() in GOVERNS_GENITIVE else "nomn"
        agreed = count(int(m.group("n")), " ".join(phrase), case)
        return f"{m.group('before')}{m.group('gap')}{agreed}{rest}"

    return _COUNTED.sub(fix, str(text or ""))


def greeting(full_name: Any) -> str:
    """"Уважаемый Ерлан Серикович" / "Уважаемая Айгуль Маратовна"; "Уважаемый(ая) коллега" for a
    name it cannot read."""
    name = str(full_name or "").strip()
    if not name or not is_person(name):
        return f"Уважаемый(ая) {name or 'коллега'}"
    words = _WORD.findall(name)
    gender = _person_gender(words)
    first = [w for w in words if len(w) > 1 and _nominative(w, {"NOUN"}, {"Name"}) is not None]
    patronymic = [w for w in words if len(w) > 1 and _nominative(w, {"NOUN"}, {"Patr"})]
    address = f"{first[0]} {patronymic[0]}" if first and patronymic else name
    return f"{'Уважаемая' if gender == 'femn' else 'Уважаемый'} {address}"


_CITATION = re.compile(r"\s*\(п\.\s*\d+(?:[–-]\d+)?\s+Правил\)|,\s*п\.\s*\d+(?:[–-]\d+)?\s+Правил")


def uncite(text: Any) -> str:
    """`text` without its "(п. 5 Правил)": for a letter that cites the paragraph itself once."""
    return _CITATION.sub("", str(text or "")).strip()


FILTERS = {"decline": decline, "count": count, "agree_numbers": agree_numbers,
           "greeting": greeting, "uncite": uncite}
