"""People's names back to the nominative, whatever case the letter put them in.

Why: a letter names the new responsible person as its sentence demands — "назначить Сейтжанова
Ерлана Нурлановича" (accusative), "возложить на Омарову А.К.", "Серікова Дананың орнына",
"Жұмабекова Әсемге жүктелсін" — and the case record, the letters we send and the operator's
board need "Сейтжанов Ерлан Нурланович".  Russian: the patronymic says the gender and the case
(pymorphy3 knows -ович/-овна in every case), and each other word of the name is put back with
pymorphy3's paradigm for that gender and case; a name without a patronymic is changed only
when its ending is unambiguous ("Омаровой", "Петровым").  Kazakh: a case suffix is glued to the
name's last word (-ның/-ға/-ды/-мен and their harmonic variants); it is taken off when the
letter is Kazakh and what stays is a plausible name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_CASES = {"gent", "datv", "accs", "ablt", "loct"}
# Kazakh case endings a name takes, longest first (genitive, dative, accusative, instrumental,
# and the possessive forms of a patronymic: Ерланұлының, Серікқызына)
_KK_SUFFIXES = ("ының", "інің", "ына", "іне", "ын", "ін",
                "ның", "нің", "дың", "дің", "тың", "тің",
                "ға", "ге", "қа", "ке", "на", "не",
                "ны", "ні", "ды", "ді", "ты", "ті",
                "мен", "бен", "пен", "н")
_KK_PATRONYMIC = re.compile(r"(?i)^(.+?(?:ұлы|улы|қызы|кызы))(ның|на|н|мен|нан|нда)$")
_VOWELS = set("аеёиоуыэюяәөұүі")
_PATRONYMIC = re.compile(r"(?i)(вич|вн|ичн|чн|ьич)\w{0,3}$")
_INITIALS = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]\.(?:\s?[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]\.)?$")


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _cap(word: str, like: str) -> str:
    """`word` written as `like` was: capitalised per hyphenated part, or all upper case."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _parses(word: str, grammeme: str) -> list[Any]:
    return [p for p in _morph().parse(word) if grammeme in p.tag.grammemes]


def _to_nominative(word: str, grammeme: str, gender: str, cases: set[str]) -> str | None:
    """`word` (a Surn, Name or Patr) in the nominative, when one of its parses has the gender
    and one of the cases; None when none has."""
    for p in _parses(word, grammeme):
        if p.tag.gender == gender and p.tag.case in cases and p.tag.number == "sing":
            form = p.inflect({"nomn"})
            if form is not None:
                return _cap(form.word, word)
    return None


def _patronymic_case(word: str) -> tuple[str, set[str]] | None:
    """(gender, the oblique cases it may be in) of a Russian patronymic; None when it is (or
    may be) in the nominative, or is not a patronymic."""
    parses = [p for p in _parses(word, "Patr") if p.tag.number == "sing"]
    if not parses or any(p.tag.case == "nomn" for p in parses):
        return None
    gender = parses[0].tag.gender
    return gender, {p.tag.case for p in parses if p.tag.gender == gender}


def _given_case(word: str) -> tuple[str, set[str]] | None:
    """(gender, cases) of a given name pymorphy3 knows well in no nominative ("Данияра",
    "Ольгу"); None otherwise."""
    parses = [p for p in _parses(word, "Name") if p.tag.number == "sing" and p.score >= 0.2]
    if not parses or any(p.tag.case == "nomn" for p in _parses(word, "Name")):
        return None
    genders = {p.tag.gender for p in parses}
    return (genders.pop(), {p.tag.case for p in parses}) if len(genders) == 1 else None


def _surname_case(word: str) -> tuple[str, set[str]] | None:
    """(gender, cases) a surname's ending alone tells ("Ивановой", "Петровым"); None when it
    may be a nominative or says no single gender."""
    parses = [p for p in _parses(word, "Surn") if p.tag.number == "sing"]
    if not parses or any(p.tag.case == "nomn" for p in parses):
        return None
    genders = {p.tag.gender for p in parses}
    if len(genders) != 1:
        return None
    gender = genders.pop()
    return gender, {p.tag.case for p in parses}


# a patronymic in a Russian oblique case ("Бекболатовны", "Сабитовича"), not one in the
# nominative with a Kazakh ending glued on ("Викторовнаға", "Сабитовичтің")
_RU_PATRONYMIC_END = re.compile(r"(?:вн(?:ы|е|у|ой|ою)|вич(?:а|у|ем|е))$", re.IGNORECASE)


def _kazakh_stem(word: str) -> str:
    """The word without a Kazakh case ending, when what stays still reads as a name."""
    m = _KK_PATRONYMIC.match(word)
    if m:
        return m.group(1)
    low = word.casefold()
    for suffix in _KK_SUFFIXES:
        if low.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: len(word) - len(suffix)]
            if suffix in ("н", "на", "не", "ын", "ін", "ына", "іне", "ының", "інің") and \
                    stem[-1:].casefold() not in _VOWELS and not suffix.startswith(("ы", "і")):
                continue  # -н/-на/-не follow a vowel (a possessive); after a consonant: part of it
            if suffix in ("н", "на", "не") and stem[-1:].casefold() not in "ыі":
                continue  # and that vowel is the possessive's (ұлы-н, қызы-на): Дархан, Ерлан
            return stem
    return word


def _ambiguous_surname(word: str, before: str) -> str | None:
    """A surname alone (with initials): only endings that say gender and case at once."""
    low = word.casefold()
    for ending, nominative in (("овой", "ова"), ("евой", "ева"), ("иной", "ина"),
                               ("ской", "ская"), ("цкой", "цкая"), ("овым", "ов"),
                               ("евым", "ев"), ("иным", "ин"), ("ского", "ский"),
                               ("скому", "ский"), ("ским", "ский"), ("скую", "ская")):
        if low.endswith(ending) and len(low) > len(ending) + 1:
            return _cap(low[: -len(ending)] + nominative, word)
    if re.search(r"(?i)(?:вместо|взамен|от|у|для|после|уход\w*|перевод\w*|отпуск\w*|"
                 r"увольнени\w*|освобождени\w*|нетрудоспособности)\s*$", before):
        for ending in ("ова", "ева", "ина", "ына"):  # "вместо Ахметова Е.С.": a genitive
            if low.endswith(ending) and len(low) > len(ending) + 1:
                return _cap(low[:-1], word)
    for ending, nominative in (("ову", "ов"), ("еву", "ев"), ("ину", "ин")):
        if low.endswith(ending) and len(low) > len(ending) + 1:
            # masculine dative after "поручить", "к", "передано", feminine accusative elsewhere
            # ("на Омарову")
            fem = not re.search(r"(?i)(?:поруч\w*|\bк|\bко|передан\w*|переда\w*ся)\s*$", before)
            return _cap(low[: -len(ending)] + nominative + ("а" if fem else ""), word)
    return None


def _surname_alone(surname: str, last: str) -> str | None:
    """The surname in the nominative when it alone is declined: the patronymic a Kazakh one
    that Russian does not decline ("Болаткызы", "Ерланұлы") or already nominative; the
    patronymic tells the gender."""
    tail = last.casefold()
    fem = tail.endswith(("қызы", "кызы", "овна", "евна", "ична", "инична"))
    masc = tail.endswith(("ұлы", "улы", "ович", "евич", "ьич"))
    if not (fem or masc):
        return None
    return _surname_of(surname, fem)


def _feminine_in_ia(word: str) -> str | None:
    """A feminine given name in -ия that pymorphy3 takes for an indeclinable one ("Алию",
    "Алии", "Алие", "Алией" beside "Кайратовну"): the ending put back."""
    low = word.casefold()
    for ending in ("ией", "ию", "ии", "ие"):
        if low.endswith(ending) and len(low) > len(ending) + 1:
            return _cap(low[: -len(ending)] + "ия", word)
    return None


def _masculine_given(given: str, surname: str) -> str:
    """A masculine given name declined like its surname ("Байжанова Нұрлана", "Ахметову
    Ерлану"): the genitive's -а or the dative's -у after a consonant taken off."""
    low, sur = given.casefold(), surname.casefold()
    for sur_end, end in (("ова", "а"), ("ева", "а"), ("ина", "а"), ("ову", "у"), ("еву", "у"),
                         ("ину", "у")):
        if sur.endswith(sur_end) and low.endswith(end) and len(low) > 3 \
                and low[-2] not in _VOWELS:
            return given[:-1]
    return given


def _surname_of(surname: str, fem: bool) -> str | None:
    """A surname of the -ов/-ев/-ин kind in an oblique case, back in the nominative."""
    low = surname.casefold()
    endings = ((("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ову", "ова"),
                ("еву", "ева"), ("ину", "ина")) if fem else
               (("овым", "ов"), ("евым", "ев"), ("иным", "ин"), ("ову", "ов"), ("еву", "ев"),
                ("ину", "ин"), ("ова", "ов"), ("ева", "ев")))
    for ending, nominative_ending in endings:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            return _cap(low[: -len(ending)] + nominative_ending, surname)
    return None


def nominative(name: str, kazakh: bool = False, before: str = "") -> str:
    """`name` ("Surname Given Patronymic", or with initials) in the nominative; unchanged when
    it already is, or when its case cannot be told.  `kazakh`: the sentence around it is
    Kazakh (case suffixes glued on); `before`: the words before it, for the rare ambiguity of
    a surname with initials only."""
    words = name.split()
    if not words:
        return name
    # a Russian patronymic declines in Russian even in a Kazakh sentence ("Омаровой Жанны
    # Бекболатовны"): its "-ны" is not the Kazakh accusative
    if kazakh and not _RU_PATRONYMIC_END.search(words[-1]):
        words[-1] = _kazakh_stem(words[-1])
        if len(words) >= 2 and _INITIALS.match(words[-1]):
            words[0] = _kazakh_stem(words[0])
    patronymic = next((w for w in words[1:] if _PATRONYMIC.search(w)), None)
    found = _patronymic_case(patronymic) if patronymic else None
    if found is None and patronymic is None and not kazakh and len(words) == 2 \
            and not _INITIALS.match(words[1]):
        found = _surname_case(words[0]) or _given_case(words[1])
    if found is not None:
        gender, cases = found
        out = []
        for w in words:
            if _INITIALS.match(w):
                out.append(w)
                continue
            grammeme = "Patr" if w is patronymic else ("Surn" if w is words[0] else "Name")
            new = _to_nominative(w, grammeme, gender, cases)
            if grammeme == "Name" and gender == "femn" and new in (None, w):
                new = _feminine_in_ia(w) or new
            if new is None and grammeme == "Name":
                new = _to_nominative(w, "Surn", gender, cases)
            if new is None and grammeme == "Surn":
                new = _to_nominative(w, "Name", gender, cases) or _surname_of(
                    w, gender == "femn")  # a surname the dictionary does not know
            out.append(new or w)
        return " ".join(out)
    if found is None and len(words) >= 3 and not _INITIALS.match(words[1]):
        fixed = _surname_alone(words[0], words[-1])
        if fixed:  # "Сапарову Айгерим Болаткызы", "Калиевой Асель Маратовна"
            given = words[1:-1]
            if given and words[-1].casefold().endswith(("ұлы", "улы")):
                given[0] = _masculine_given(given[0], words[0])
            return " ".join([fixed, *given, words[-1]])
        # "Абишева Мадины Серикқызы": a Kazakh patronymic, the given name in the Russian
        # genitive or dative the dictionary knows
        if words[-1].casefold().endswith(("қызы", "кызы")) and \
                words[1].casefold().endswith(("ы", "и", "ой", "ою")):
            first = _to_nominative(words[1], "Name", "femn", {"gent", "datv", "accs", "ablt"})
            if first and first != words[1]:
                return " ".join([words[0], first, *words[2:]])
    if len(words) >= 2 and all(_INITIALS.match(w) for w in words[1:]) or \
            found is None and patronymic is None and len(words) == 2:
        # with initials, or a given name the dictionary does not know ("Нургалиеву Асем"):
        # the surname's ending and the words before it tell gender and case
        fixed = _ambiguous_surname(words[0], before)
        if fixed:
            rest = words[1:]
            if not _INITIALS.match(rest[0]) and not fixed.endswith(("а", "я")):
                rest[0] = _masculine_given(rest[0], words[0])  # "Ахметову Ерлану"
            return " ".join([fixed, *rest])
    return " ".join(words)


def _surname(name: str) -> str:
    """The surname of a mention, lower case ("А.С. Жұмабаеваның" -> "жұмабаеваның")."""
    words = [w for w in name.split() if "." not in w and len(w) > 2]
    return (words[0] if words else name).casefold().replace("ё", "е")


def same_person(a: str, b: str) -> bool:
    """"Жұмабаева Айгүл Серікқызы" and "А.С. Жұмабаеваның": one person, named twice (the
    surname's stem the same, whatever its case ending)."""
    x, y = sorted((_surname(a), _surname(b)), key=len)
    return len(x) >= 5 and y.startswith(x[:max(5, len(x) - 2)])
