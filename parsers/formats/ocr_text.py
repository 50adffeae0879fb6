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
_NUMBERISH = re.compile(r"^[\dОоOoЗзlI|б.,/:\-()№+]+$")


def fix_word(word: str) -> str:
    """One OCR'd word in one script (an address in Latin), a number in digits."""
    if _ADDRESS.search(word):
        return word.translate(_TO_LATIN)
    if _NUMBERISH.match(word):
        digits = sum(ch.isdigit() for ch in word)
        if digits >= 2 and digits * 2 >= sum(ch.isalnum() for ch in word):
            return word.translate(_TO_DIGIT)
    cyrillic, latin = len(_CYR.findall(word)), len(_LAT.findall(word))
    if cyrillic and latin:
        return word.translate(_TO_CYRILLIC if cyrillic >= latin else _TO_LATIN)
    return word


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
