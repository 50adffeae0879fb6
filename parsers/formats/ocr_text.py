"""The usual OCR confusions undone, word by word: Latin and Cyrillic look-alikes, and letters
read in place of digits in numbers.

Why word by word: Tesseract with three languages picks a script per character, so "Выдaча"
(a Latin a) and "www.mсs.gov.kz" (a Cyrillic с) come out of one scan; a word is one script, so
a mixed word is made the script most of its letters are in, and an address (a web address, an
e-mail) is always Latin.  A number (a registry number, a date, an order number) keeps digits
only where a letter looks like one: О/o → 0, З/з → 3, l/I/| → 1, б → 6.  Registry numbers are
digits only, by the Registry's definition.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gateway.domain import ServiceInfo

_TO_LATIN = str.maketrans("аеорсхукмтАВЕКМНОРСТХУІіѕј", "aeopcxykmtABEKMHOPCTXYIisj")
_TO_CYRILLIC = str.maketrans("aeopcxyABEKMHOPCTXY", "аеорсхуАВЕКМНОРСТХУ")
_TO_DIGIT = str.maketrans("ОоOoЗзlI|б", "0000331116")
_CYR = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
_LAT = re.compile(r"[A-Za-z]")
_ADDRESS = re.compile(r"@|://|^www\.|\.(kz|ru|com|org|net|gov|edu|info)\b", re.I)
# Latin read in place of Cyrillic in a Cyrillic line (DejaVu's п is an n, its м an m)
_TO_CYRILLIC_WIDE = str.maketrans("aeopcxyABEKMHOPCTXYmnkru6", "аеорсхуАВЕКМНОРСТХУмнкгиб")
_LATIN_WORD = re.compile(r"^6?[A-Za-z]+[.,;:)]*$")
_EMAIL_LABEL = re.compile(r"^[eеЕE][-‐–]?[mмтM][aаAА]([iіIl1и][lлйI1|tт]?|й)([:.,!]*)$")
_NUMBERISH = re.compile(r"^[\dОоOoЗзlI|б.,/:\-()№+]+$")


def fix_word(word: str) -> str:
    """One OCR'd word in one script (an address in Latin), a number in digits."""
    label = _EMAIL_LABEL.match(word)
    if label:
        return "e-mail" + label[2].replace("!", "")[:1]
    if _ADDRESS.search(word):
        return re.sub(r"\.k2\b", ".kz", word.translate(_TO_LATIN).lower())
    if _NUMBERISH.match(word):
        digits = sum(ch.isdigit() for ch in word)
        if digits >= 2 and digits * 2 >= sum(ch.isalnum() for ch in word):
            return word.translate(_TO_DIGIT)
    cyrillic, latin = len(_CYR.findall(word)), len(_LAT.findall(word))
    if cyrillic and latin:
        return word.translate(_TO_CYRILLIC if cyrillic >= latin else _TO_LATIN)
    return word


def fix_line(words: list[str]) -> list[str]:
    """A line's (or a cell's) words, fixed one by one, then the Latin-only words of a line that
    is mostly Cyrillic made Cyrillic (an address and the e-mail label stay Latin)."""
    fixed = [fix_word(w) for w in words]
    cyrillic = sum(len(_CYR.findall(w)) for w in fixed)
    latin = sum(len(_LAT.findall(w)) for w in fixed if not _ADDRESS.search(w)
                and not _EMAIL_LABEL.match(w))
    if cyrillic <= max(latin, 2):
        return fixed
    out = []
    for w in fixed:
        turned = w.translate(_TO_CYRILLIC_WIDE)
        keep = not _LATIN_WORD.match(w) or _EMAIL_LABEL.match(w) or _ADDRESS.search(w) \
            or _LAT.search(turned)  # a letter with no Cyrillic twin: a Latin word after all
        out.append(w if keep else turned)
    return out


# "№" as OCR reads it before a number: М», М%, Ne, Me, Ле, No, N°, a lone N or М
_NUMBER_SIGN = re.compile(r"(?<!\w)(?:[NМMЛ][eеoо°º»%г]|[NМM](?=\s))(?=\s*\d)")
# "в п. 3" (in clause 3), its two short words run together by OCR
_IN_CLAUSE = re.compile(r"(?<!\w)вп\.(?=\s*\d)")
# braces are never in a form: a round bracket read by OCR with a tail
_BRACES = str.maketrans("{}", "()")
_WWWW = re.compile(r"(?<![\w.])w{4,}\.", re.I)
# an address that OCR cut at a dot or at the @ ("www.mcs.gov. kz", "a.petrov @mcs.gov.kz")
_CUT_ADDRESS = re.compile(r"(?<=[\w.-]\.)\s+(?=(?:kz|ru|com|org|net|gov|kz/)\b)|"
                          r"(?<=\w)\s+(?=@\w)|(?<=\w@)\s+(?=\w)", re.I)


# "тел." before a phone number as OCR reads it: Ten, Тен, Teл
_PHONE_LABEL = re.compile(r"(?<!\w)[TТт][eе][nнлп][.,]?(?=\s*[+\d(])")
# "+" before a phone number read as "%" ("тел. %7 (7172) ...")
_PLUS = re.compile(r"(?<=тел\.\s)%(?=\d)|(?<=тел\.)%(?=\d)")


def fix_text(text: str) -> str:
    """A cell's or a line's text: the number sign, the phone label, round brackets and "в п."
    restored, addresses cut by OCR rejoined ("wwww." is "www.")."""
    text = _PHONE_LABEL.sub("тел.", _NUMBER_SIGN.sub("№", text.translate(_BRACES)))
    text = _PLUS.sub("+", text)
    text = _WWWW.sub("www.", _IN_CLAUSE.sub("в п.", text))
    return _CUT_ADDRESS.sub("", text)


def registry_digits(value: str) -> str:
    """A registry number as digits: look-alikes made digits, anything else dropped."""
    return re.sub(r"\D", "", value.translate(_TO_DIGIT))


def fix_services(services: Sequence[ServiceInfo]) -> list[str]:
    """Registry numbers made digits in place; a warning for each that had to be changed."""
    warnings = []
    for n, service in enumerate(services, start=1):
        number = service.registry_number
        if number and not number.isdigit():
            fixed = registry_digits(number)
            service.registry_number = fixed or None
            warnings.append(f"row {n}: the registry number read as {number!r} was taken as "
                            f"{fixed!r} (OCR)")
    return warnings
