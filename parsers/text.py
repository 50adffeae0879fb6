"""Normalisers shared by every parser: white space, dates, people, e-mails, phones, language.

Why one place: the contract (parse-output.md) fixes how a value is written whatever document
it came from — white space folded, null for empty or a dash, ISO dates from Russian or Kazakh
spellings, column 8 split into name / position / e-mail / phone — so every format must agree.
"""

from __future__ import annotations

import datetime as dt
import re

from gateway.domain import ResponsiblePerson
from parsers.numerals import SPELLED, spelled_date

_WS = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
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
# no two runs of white space side by side with only optional text between them: on a letter
# padded with thousands of spaces such a pattern backtracks quadratically (20 s for 30 kB)
_RU_WORDS = re.compile(r"(?:[«\"“]\s*)?(\d{1,2})(?:\s*[»\"”])?\s+" + _MONTH_WORD + r"\s+(\d{4})")
_KK_WORDS = re.compile(r"(\d{4})\s*(?:(?:жылғы|ж\.)\s*)?(?:[«\"“]\s*)?(\d{1,2})(?:\s*[»\"”])?\s*"
                       + _MONTH_WORD)
_KK_WORDS2 = re.compile(r"(\d{4})\s*(?:(?:жылғы|ж\.)\s*)?" + _MONTH_WORD
                        + r"\s*(?:[«\"“]\s*)?(\d{1,2})")

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
PHONE = re.compile(r"(?:\+\s*7|\b8)[\s(-]*\d{3,5}[)\s-]*[\d\s-]{5,12}\d"
                   r"|\(\d{3,5}\)\s*[\d\s-]{5,10}\d")
_KK_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_KK_WORDS_HINT = re.compile(r"\b(және|туралы|бойынша|мемлекеттік|қызмет|жауапты|тұлға)\b", re.I)


def fold(value: object) -> str | None:
    """Runs of white space folded to one space, invisible characters (zero-width space, soft
    hyphen, BOM) dropped, trimmed; None for empty, a dash or 'нет'."""
    if value is None:
        return None
    text = _WS.sub(" ", str(value).translate(_INVISIBLE)).strip()
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
    for m in SPELLED.finditer(text):  # "двадцатое февраля две тысячи двадцать шестого года"
        if (d := spelled_date(m.group(0), _month)) is not None:
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
    """The first e-mail address in `text`, lower case, or None."""
    m = EMAIL.search(text or "")
    return m.group(0).lower().rstrip(".") if m else None


def normalise_phone(raw: str) -> str:
    """Digits and `+` only: `+7 (7172) 74-00-11` -> `+77172740011`."""
    return "".join(ch for ch in raw if ch.isdigit() or ch == "+")


_LABELLED_PHONE = re.compile(r"(?i)\b(?:тел|телефон|моб|ұялы|байланыс телефоны)\.?\s*:?\s*"
                             r"(\+?[\d(][\d\s()-]{3,18}\d)")


def find_phone(text: str) -> str | None:
    """The first phone number in `text`, digits and `+` only: a full number (+7 ..., 8 ...,
    (7172) ...), else a local one after a "тел."-like label; None when there is none."""
    clean = EMAIL.sub(" ", text or "")
    m = PHONE.search(clean)
    if m:
        return normalise_phone(m.group(0))
    m = _LABELLED_PHONE.search(clean)
    if m and sum(ch.isdigit() for ch in m.group(1)) >= 5:
        return normalise_phone(m.group(1))
    return None


_LABELS = re.compile(
    r"\b(?:тел(?:ефон)?|контактный телефон|моб(?:\.|ильный)?|e-?mail|эл(?:ектронная)?\.?\s*"
    r"(?:почта|адрес)|электрондық пошта|байланыс телефоны|email|жауапты тұлға|"
    r"ответственное лицо|ф\.?\s?и\.?\s?о\.?)(?![а-яё])\.?\s*:?", re.I)
_UP = "А-ЯЁӘҒҚҢӨҰҮҺІA-Z"
_LOW = "а-яёәғқңөұүһіa-z"
_CAP = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_INITIALS = rf"[{_UP}]\.\s?(?:[{_UP}]\.)?"
# a person's name in column 8, most certain first: with a patronymic, surname + initials,
# initials + surname; the first that matches anywhere in the cell is the name
_NAMES = tuple(re.compile(p) for p in (
    rf"{_CAP}\s+{_CAP}\s+[{_UP}][{_LOW}]+(?:вич|вна|ична|чна|ұлы|улы|қызы|кызы|оглы|гызы)\b",
    rf"{_CAP}\s+{_INITIALS}",
    rf"{_INITIALS}\s?{_CAP}",
))
_LEADING = re.compile(rf"^({_CAP}(?:\s+{_CAP}){{1,3}})")
_SEPARATORS = " .,:;-–—"


def _name_and_position(rest: str) -> tuple[str | None, str | None]:
    for pattern in _NAMES:
        m = pattern.search(rest)
        if m:
            name = m.group(0).strip()
            others = f"{rest[:m.start()]},{rest[m.end():]}"
            break
    else:
        parts = [p.strip(_SEPARATORS) for p in re.split(r"[,;\n]", rest)]
        parts = [p for p in parts if p]
        if not parts:
            return None, None
        m = _LEADING.match(parts[0])
        if m and len(m.group(1).split()) >= 2:
            name = m.group(1)
        elif parts[0][:1].isupper():
            name = parts[0]
        else:  # only words in lower case: a position without a name
            return None, ", ".join(parts)
        others = ",".join([parts[0][len(name):], *parts[1:]])
    position = ", ".join(p for p in (fold(x.strip(_SEPARATORS)) for x in
                                     re.split(r"[,;\n]", others)) if p)
    return name, position or None


# an e-mail address a PDF cell wrapped: "a.b @x.kz", "a.b@x .kz", "d.k asymov@x.kz"
_MAIL_WRAPS = (
    re.compile(r"(?<=[A-Za-z0-9._%+-])\s+(?=@)|(?<=@)\s+(?=[A-Za-z0-9])"),
    re.compile(r"(@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)\s+(?=\.[A-Za-z])"),
)
_LOCAL_WRAP = re.compile(r"(?<![\w@.:-])((?!(?:e-?mail|mail|email)\b)(?=[\w.%+-]*[A-Za-z])"
                         r"[A-Za-z0-9._%+-]{1,30})\s+"
                         r"([A-Za-z0-9._%+-]+@)", re.I)
# what is left of contact labels once the phone and e-mail are lifted out
_LEFTOVER = re.compile(
    r"(?i)(?:тел(?:ефон)?\.?\s*/\s*факс|/\s*факс|\bфакс\b|\bтел(?:ефон)?\b\.?|\bмоб\.?|"
    r"e-?mail|\bэл\.?\s*(?:почта|пошта|адрес)|электрон\w*\s+(?:почта|пошта)|"
    r"байланыс\s+телефоны|контакт\w*)\s*:?")
_EMPTY_BRACKETS = re.compile(r"\(\s*[,;:.\s]*\)")


def repair_wrapped_email(text: str) -> str:
    text = _MAIL_WRAPS[0].sub("", text)
    text = _MAIL_WRAPS[1].sub(r"\1", text)
    return _LOCAL_WRAP.sub(lambda m: m.group(1) + m.group(2)
                           if not re.search(r"[а-яё]", m.group(1), re.I) else m.group(0), text)


# an internal extension is neither the phone nor part of the position ("вн. 1234", "ішкі 112")
_EXTENSION = re.compile(r"(?i)[,;(]?\s*\b(?:вн|внутр|доб|ішкі|вн\.\s*тел)\.?\s*:?\s*\d{2,5}\)?")
# labels a clerk writes in column 8 before the name or the position
_POSITION_LABELS = re.compile(r"(?i)\b(?:должность|лауазымы?|тегі,?\s*аты,?\s*әкесінің\s*аты|"
                              r"фамилия,?\s*имя,?\s*отчество|ф\.\s?и\.\s?о\.?|т\.\s?а\.\s?ә\.?)"
                              r"\s*[:–—-]?\s*")
# what a phone leaves behind in a position: a local number ("24-71-11"), "сот."/"моб." alone
_STRAY = re.compile(r"(?i)(?:^|[,;]\s*)(?:\d[\d\s-]{4,}\d|сот\.?|ұял\.?|моб\.?|факс)\s*(?=$|[,;])")


def clean_position(position: str | None) -> str | None:
    """A position with no contact label or stray punctuation left in it ("тел.", "e-mail:",
    "эл. пошта", "(, )", "/факс")."""
    if not position:
        return None
    text = _EMPTY_BRACKETS.sub(" ", _LEFTOVER.sub(" ", _POSITION_LABELS.sub(" ", position)))
    text = _EMPTY_BRACKETS.sub(" ", _STRAY.sub(" ", text))
    parts = [fold(p.strip(_SEPARATORS + "()/")) for p in re.split(r"[,;\n]", text)]
    out = ", ".join(p for p in parts if p)
    if out.count("(") != out.count(")"):
        out = out.replace("(", " ").replace(")", " ")
    return fold(out)


def split_responsible(cell: object) -> ResponsiblePerson | None:
    """Column 8 as a person: the name (surname, given name, patronymic as written; or surname
    and initials), the position (the rest of the words), the e-mail (lower case) and the phone
    (digits and `+`), whatever order they are written in.  None for an empty cell or a dash."""
    text = fold(cell)
    if text is None:
        return None
    text = _EXTENSION.sub(" ", repair_wrapped_email(text))
    email = find_email(text)
    phone = find_phone(text)
    rest = EMAIL.sub(" ", text)
    if phone:
        rest = _LABELLED_PHONE.sub(" ", PHONE.sub(" ", rest))
    rest = fold(_POSITION_LABELS.sub(" ", _LABELS.sub(" ", rest))) or ""
    full_name, position = _name_and_position(rest)
    return ResponsiblePerson(full_name=full_name, position=clean_position(position), email=email,
                             phone=phone)


KK_SHARE = 0.35  # of the text's letters in Kazakh lines that make a document Kazakh


def detect_language(text: str) -> str:
    """"kk" when a good share of the text is Kazakh (a bilingual document is in the state
    language), else "ru".  Line by line: a line is Kazakh when its own letters or common words
    say so, so a Russian letter under a Kazakh letterhead or signature is still Russian."""
    kk = ru = 0
    for line in text[:20000].splitlines():
        cyr = sum(1 for ch in line if "а" <= ch.lower() <= "я" or ch in _KK_LETTERS)
        if cyr < 3:
            continue
        # Kazakh letters of the line's own words, not of the names in it ("Оралбек Айдос
        # Нұрланұлы" in a Russian sentence): capitalised words are left out, unless the line
        # has no other ("Қабылданды. Рахмет.")
        words = [w for w in line.split() if not w[:1].isupper()] or line.split()
        letters = sum(1 for word in words for ch in word if ch in _KK_LETTERS)
        if line.isupper():  # a letterhead: the agency's name, in either language or both
            continue
        if letters / cyr > 0.02 or _KK_WORDS_HINT.search(line):
            kk += cyr
        else:
            ru += cyr
    return "kk" if kk >= KK_SHARE * (kk + ru) and kk else "ru"
