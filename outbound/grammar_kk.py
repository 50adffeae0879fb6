"""Kazakh grammar for letters: case endings after names and numbers, by vowel harmony.

Why rules and not a dictionary: Kazakh is agglutinative and regular; a case ending depends
only on the last vowel of the word (back а о ұ ы, or front ә ө ү і е) and its last sound
(vowel, sonorant, voiced or voiceless consonant), and after a 3rd-person possessive ending
("министрлігі", "әкімдігі") on an n-ending ("министрлігінің", "әкімдігіне").  A number takes
the ending of how it is read ("5-тен": бес, "10-нан": он, "40-тан": қырық).  A name without
Kazakh letters (a Russian one, an abbreviation) takes its ending after a hyphen.  Templates
call `kk_case` and `kk_number` as Jinja2 filters (outbound.compose registers them).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

BACK = set("аоұыяё")
FRONT = set("әөүіеэюи")
VOICELESS = set("пфкқтсшщхцчһбвгд")  # б в г д end a word voiceless
NASAL = set("мнң")
LIQUID = set("лрйу")
KAZAKH_ONLY = set("әөүұқғңһі")

# endings by case and by the word's last sound: (back, front); `possessive` after a
# 3rd-person possessive ending
ENDINGS: dict[str, dict[str, tuple[str, str]]] = {
    "gen": {"vowel": ("ның", "нің"), "nasal": ("ның", "нің"), "liquid": ("дың", "дің"),
            "zh": ("дың", "дің"), "voiceless": ("тың", "тің"), "possessive": ("ның", "нің")},
    "dat": {"vowel": ("ға", "ге"), "nasal": ("ға", "ге"), "liquid": ("ға", "ге"),
            "zh": ("ға", "ге"), "voiceless": ("қа", "ке"), "possessive": ("на", "не")},
    "acc": {"vowel": ("ны", "ні"), "nasal": ("ды", "ді"), "liquid": ("ды", "ді"),
            "zh": ("ды", "ді"), "voiceless": ("ты", "ті"), "possessive": ("н", "н")},
    "loc": {"vowel": ("да", "де"), "nasal": ("да", "де"), "liquid": ("да", "де"),
            "zh": ("да", "де"), "voiceless": ("та", "те"), "possessive": ("нда", "нде")},
    "abl": {"vowel": ("дан", "ден"), "nasal": ("нан", "нен"), "liquid": ("дан", "ден"),
            "zh": ("дан", "ден"), "voiceless": ("тан", "тен"), "possessive": ("нан", "нен")},
    "ins": {"vowel": ("мен", "мен"), "nasal": ("мен", "мен"), "liquid": ("мен", "мен"),
            "zh": ("бен", "бен"), "voiceless": ("пен", "пен"), "possessive": ("мен", "мен")},
}

ONES = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"]
TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"]
_POSSESSIVE = re.compile(r"(сы|сі|ы|і)$")


def _harmony(word: str) -> int:
    """0 for a back-vowel word, 1 for a front-vowel one (by its last vowel)."""
    for ch in reversed(word.lower()):
        if ch in BACK:
            return 0
        if ch in FRONT:
            return 1
    return 1


def _sound(word: str) -> str:
    last = word.lower()[-1:]
    if last in NASAL:
        return "nasal"
    if last in LIQUID:
        return "liquid"
    if last in {"з", "ж"}:
        return "zh"
    if last in VOICELESS:
        return "voiceless"
    return "vowel"


def ending(word: str, case: str, *, possessive: bool = False) -> str:
    """The ending `word` takes in `case` ('gen', 'dat', 'acc', 'loc', 'abl', 'ins')."""
    if case not in ENDINGS:
        raise ValueError(f"unknown Kazakh case {case!r} (one of {', '.join(ENDINGS)})")
    kind = "possessive" if possessive else _sound(word)
    return ENDINGS[case][kind][_harmony(word)]


def number_words(n: int) -> str:
    """How `n` is read, enough for its ending: the last word said decides."""
    n = abs(int(n))
    if n == 0:
        return ONES[0]
    if n % 1_000_000 == 0:
        return "миллион"
    if n % 1000 == 0:
        return "мың"
    if n % 100 == 0:
        return "жүз"
    if n % 10 == 0:
        return TENS[(n % 100) // 10]
    return ONES[n % 10]


def kk_number(n: Any, case: str) -> str:
    """"5-тен", "10-нан", "3-ке": a number in figures with its case ending."""
    return f"{int(n)}-{ending(number_words(int(n)), case)}"


def kk_case(name: Any, case: str) -> str:
    """A name in `case`: "Денсаулық сақтау министрлігі" -> "...министрлігінің" ('gen');
    "Алматы" -> "Алматыға" ('dat'); a name without Kazakh letters with a hyphen."""
    text = str(name or "").strip()
    if not text:
        return text
    words = re.findall(r"[^\W\d_]+", text)
    last = words[-1] if words else text
    foreign = len(words) > 1 and not KAZAKH_ONLY & set(text.lower())  # a Russian name
    if foreign or not text[-1].isalpha() or (last.isupper() and len(last) > 1):
        return f"{text}-{ending(last, case)}"
    possessive = len(words) > 1 and bool(_POSSESSIVE.search(last.lower()))
    return text + ending(last, case, possessive=possessive)


MONTHS_RU = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
             "октябр", "ноябр", "декабр"]
MONTHS_KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
             "қыркүйек", "қазан", "қараша", "желтоқсан"]
_MONTH_RU = re.compile(r"^\s*([а-я]+)\s+(\d{4})(?:\s+года)?\s*$", re.IGNORECASE)


def kk_month(text: Any) -> str:
    """A month given in Russian ("декабрь 2026 года") as Kazakh writes it ("2026 жылғы
    желтоқсан"); anything else as it is."""
    value = str(text or "")
    m = _MONTH_RU.match(value)
    if m:
        word = m.group(1).lower()
        for i, stem in enumerate(MONTHS_RU):
            if word.startswith(stem) and len(word) - len(stem) <= 2:
                return f"{m.group(2)} жылғы {MONTHS_KK[i]}"
    return value


_DAY = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    m = _DAY.match(str(value or ""))
    if not m:
        return None
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def kk_date(value: Any, case: str = "nom") -> str:
    """A date as Kazakh writes it, with its case ending on the month: "2027 жылғы 29 наурыз"
    ('nom'), "2027 жылғы 29 наурыздан" ('abl': "… кешіктірмей", "… бастап"), "… наурызға"
    ('dat': "… дейін"), "… наурыздағы" ('attr': "… № 130 бұйрығы").  A date given as
    DD.MM.YYYY is read; anything else (a dash for "not known") is returned as it is."""
    day = _as_date(value)
    if day is None:
        return str(value or "")
    month = MONTHS_KK[day.month - 1]
    if case == "attr":
        loc = ending(month, "loc")
        suffix = loc + ("ғы" if _harmony(month + loc) == 0 else "гі")
    elif case == "nom":
        suffix = ""
    else:
        suffix = ending(month, case)
    return f"{day.year} жылғы {day.day} {month}{suffix}"


def kk_greeting(full_name: Any) -> str:
    """"Құрметті Жанар Маратовна" for "Жумабаева Жанар Маратовна" (the surname left out, as
    the Russian letters do); a name given by initials as it is; "Құрметті әріптес" without
    one."""
    name = " ".join(str(full_name or "").split())
    words = name.split()
    if not words:
        return "Құрметті әріптес"
    initials = any(re.fullmatch(r"(?:[^\W\d_]\.){1,2}", w) for w in words)
    if len(words) >= 3 and not initials:
        return f"Құрметті {' '.join(words[1:])}"
    return f"Құрметті {name}"


# the steps a reminder names, as the senders give them in Russian
STEPS_KK = {
    "назначение ответственного лица": "жауапты тұлғаны тағайындау",
    "представление информации по форме приложения 1": "1-қосымша нысаны бойынша ақпарат беру",
    "проведение обучения и подписание протокола": "оқыту өткізу және хаттамаға қол қою",
    "актуализация представленной информации": "ұсынылған ақпаратты өзектендіру",
    "уведомление о замене ответственного лица": "жауапты тұлғаның ауысуы туралы хабарлау",
}
_CITED = re.compile(r"\s*\(п\.\s*\d+[^)]*\)\s*$")


def kk_step(text: Any) -> str:
    """A step named in Russian ("назначение ответственного лица (п. 5 Правил)") in Kazakh,
    without its citation (the letter cites the paragraph itself); unknown text as it is."""
    value = _CITED.sub("", str(text or "")).strip()
    return STEPS_KK.get(value.lower(), value)


FILTERS = {"kk_case": kk_case, "kk_number": kk_number, "kk_month": kk_month,
           "kk_step": kk_step, "kk_date": kk_date, "kk_greeting": kk_greeting}
