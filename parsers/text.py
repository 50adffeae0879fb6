"""Normalisers shared by every parser: white space, dates, people, e-mails, phones, language.

Why one place: the contract (parse-output.md) fixes how a value is written whatever document
it came from — white space folded, null for empty or a dash, ISO dates from Russian or Kazakh
spellings, column 8 split into name / position / e-mail / phone — so every format must agree.
"""

from __future__ import annotations

import datetime as dt
import re

from gateway.domain import ResponsiblePerson

_WS = re.compile(r"\s+")
_DASHES = {"-", "–", "—", "‒", "―", "--", "нет", "жоқ", "n/a", "—/—"}

MONTHS = {
    # Russian, genitive and nominative stems
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    # Kazakh
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7,
    "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}
_MONTH_WORD = r"([А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+)"
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_RU_WORDS = re.compile(r"[«\"“]?\s*(\d{1,2})\s*[»\"”]?\s+" + _MONTH_WORD + r"\s+(\d{4})")
_KK_WORDS = re.compile(r"(\d{4})\s*(?:жылғы|ж\.)?\s*[«\"“]?\s*(\d{1,2})\s*[»\"”]?\s*"
                       + _MONTH_WORD)
_KK_WORDS2 = re.compile(r"(\d{4})\s*(?:жылғы|ж\.)?\s*" + _MONTH_WORD + r"\s*[«\"“]?\s*(\d{1,2})")

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
PHONE = re.compile(r"(?:\+\s*7|\b8)[\s(]*\d{3,4}[)\s]*[\d\s-]{5,12}\d"
                   r"|\(\d{3,5}\)\s*[\d\s-]{5,10}\d")
_KK_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_KK_WORDS_HINT = re.compile(r"\b(және|туралы|бойынша|мемлекеттік|қызмет|жауапты|тұлға)\b", re.I)


def fold(value: object) -> str | None:
    """Runs of white space folded to one space, trimmed; None for empty, a dash or 'нет'."""
    if value is None:
        return None
    text = _WS.sub(" ", str(value)).strip()
    if not text or text.casefold() in _DASHES:
        return None
    return text


def _month(word: str) -> int | None:
    w = word.casefold()
    for stem, number in sorted(MONTHS.items(), key=lambda kv: -len(kv[0])):
        if w.startswith(stem):
            if stem == "ма" and not (w.startswith("мая") or w == "май"):
                continue
            return number
    return None


def _make(y: int, m: int | None, d: int) -> dt.date | None:
    if m is None:
        return None
    if y < 100:
        y += 2000
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str) -> list[dt.date]:
    """Every date written in `text`, in order of appearance."""
    found: list[tuple[int, dt.date]] = []
    for m in _ISO.finditer(text):
        if (d := _make(int(m[1]), int(m[2]), int(m[3]))) is not None:
            found.append((m.start(), d))
    for m in _NUMERIC.finditer(text):
        if (d := _make(int(m[3]), int(m[2]), int(m[1]))) is not None:
            found.append((m.start(), d))
    for m in _RU_WORDS.finditer(text):
        if (d := _make(int(m[3]), _month(m[2]), int(m[1]))) is not None:
            found.append((m.start(), d))
    for m in _KK_WORDS.finditer(text):
        if (d := _make(int(m[1]), _month(m[3]), int(m[2]))) is not None:
            found.append((m.start(), d))
    for m in _KK_WORDS2.finditer(text):
        if (d := _make(int(m[1]), _month(m[2]), int(m[3]))) is not None:
            found.append((m.start(), d))
    seen: set[int] = set()
    out = []
    for pos, d in sorted(found, key=lambda x: x[0]):
        if pos not in seen:
            seen.add(pos)
            out.append(d)
    return out


def parse_date(value: object) -> dt.date | None:
    """The first date in `value` (ISO, 12.03.2015, « 12 » марта 2015 г., 2015 жылғы 12 наурыз)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = fold(value)
    if text is None:
        return None
    dates = find_dates(text)
    return dates[0] if dates else None


def find_email(text: str) -> str | None:
    m = EMAIL.search(text or "")
    return m.group(0).lower().rstrip(".") if m else None


def normalise_phone(raw: str) -> str:
    return "".join(ch for ch in raw if ch.isdigit() or ch == "+")


def find_phone(text: str) -> str | None:
    m = PHONE.search(EMAIL.sub(" ", text or ""))
    return normalise_phone(m.group(0)) if m else None


_LABELS = re.compile(
    r"\b(?:тел(?:ефон)?|контактный телефон|моб(?:\.|ильный)?|e-?mail|эл(?:ектронная)?\.?\s*"
    r"(?:почта|адрес)|электрондық пошта|байланыс телефоны|email)\b\.?\s*:?", re.I)
_NAME = re.compile(r"^([А-ЯЁӘҒҚҢӨҰҮҺІA-Z][а-яёәғқңөұүһіa-z-]+(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]"
                   r"[а-яёәғқңөұүһіa-z-]+){1,3})")


def split_responsible(cell: object) -> ResponsiblePerson | None:
    """Column 8 ("Фамилия Имя Отчество, должность, тел. ..., e-mail: ...") as a person."""
    text = fold(cell)
    if text is None:
        return None
    email = find_email(text)
    phone = find_phone(text)
    rest = EMAIL.sub(" ", text)
    if phone:
        rest = PHONE.sub(" ", rest)
    rest = _LABELS.sub(" ", rest)
    parts = [fold(p) for p in re.split(r"[,;\n]", rest)]
    parts = [p.strip(" .:") for p in parts if p and p.strip(" .:")]
    full_name = position = None
    if parts:
        first = parts[0]
        m = _NAME.match(first)
        if m and len(m.group(1).split()) >= 2:
            full_name = m.group(1)
            tail = first[m.end():].strip(" ,.-–—")
            position = ", ".join([p for p in [tail, *parts[1:]] if p]) or None
        else:
            full_name = first
            position = ", ".join(parts[1:]) or None
    return ResponsiblePerson(full_name=full_name, position=position, email=email, phone=phone)


def detect_language(text: str) -> str:
    """"kk" when the text is Kazakh (its own letters or common words), else "ru"."""
    sample = text[:20000]
    letters = sum(1 for ch in sample if ch in _KK_LETTERS)
    cyr = sum(1 for ch in sample if "а" <= ch.lower() <= "я") or 1
    if letters / cyr > 0.02 or len(_KK_WORDS_HINT.findall(sample)) >= 3:
        return "kk"
    return "ru"
