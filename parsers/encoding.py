"""Bytes of a letter to text: the encoding detected, not guessed, and never silently nothing.

Why its own module: agencies' text comes as UTF-8 (with a BOM or without), UTF-16 with a BOM
(Notepad's "Unicode"), Windows-1251, KZ-1048 (Windows' Kazakh code page), KOI8-R and, from old
DOS-era systems, CP866 — often with no charset declared, or a wrong one ("koi8-r" on
Windows-1251 bytes decodes without an error into nonsense).  So a declared charset is a hint,
not a fact: a BOM decides first, then strict UTF-8 (which rejects almost anything else), then
charset-normalizer among the Cyrillic code pages, and among the equally clean candidates the one
whose letters are Russian or Kazakh (KZ-1048 and Windows-1251 differ only in the Kazakh letters).
"""

from __future__ import annotations

import codecs
import re

# single-byte Cyrillic code pages agencies' systems write
CYRILLIC_PAGES = ("cp1251", "kz1048", "koi8_r", "cp866", "mac_cyrillic")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_GOOD = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
            "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІ")
_LOWER = set("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъёәғқңөұүһі")
_ODD = re.compile(r"[\u0400-\u04ff]")  # any Cyrillic; those not in _GOOD count against


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(encoding, BOM length) when the bytes start with a byte-order mark."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc, len(bom)
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for text that is UTF-16 without its mark: every other byte of a
    Cyrillic or Latin text is a fixed high byte (0x04 or 0x00)."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    evens, odds = sample[0::2], sample[1::2]
    for enc, high in (("utf-16-le", odds), ("utf-16-be", evens)):
        if sum(1 for b in high if b in (0, 4)) >= 0.9 * len(high):
            return enc
    return None


def plausibility(text: str) -> float:
    """How much of the text reads as Russian or Kazakh: lower-case common letters count, a
    Cyrillic letter of neither language counts against (cp1251 read as KZ-1048, say)."""
    good = sum(1 for ch in text if ch in _LOWER)
    odd = sum(1 for ch in _ODD.findall(text) if ch not in _GOOD)
    return (good - 3 * odd) / max(1, len(text))


def _valid(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def detect(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(encoding, how it was decided) for `data`."""
    bom = bom_encoding(data)
    if bom:
        return bom[0], "byte-order mark"
    wide = utf16_without_bom(data)
    if wide:
        return wide, "UTF-16 by its zero bytes"
    try:
        data.decode("utf-8")
        return "utf-8", "valid UTF-8"
    except UnicodeDecodeError:
        pass
    hint = _valid(declared)
    pages = list(CYRILLIC_PAGES)
    if hint and hint not in pages and hint not in ("utf-8", "ascii", "us-ascii"):
        pages.insert(0, hint)
    from charset_normalizer import from_bytes  # only here: most text is UTF-8 or has a BOM

    found = from_bytes(data[:200_000], cp_isolation=pages)
    clean = sorted(found, key=lambda m: m.chaos)
    if clean:
        least = clean[0].chaos
        tied = [m.encoding for m in clean if m.chaos <= least + 0.05]
        text_of = {enc: data[:20_000].decode(enc, "replace") for enc in tied}
        best = max(tied, key=lambda e: (round(plausibility(text_of[e]), 3), _valid(e) == hint))
        return best, "detected (charset-normalizer)" + (
            "" if not hint or hint == _valid(best) else f"; declared {declared} did not fit")
    if hint:
        return hint, "declared"
    return "cp1251", "no encoding fitted; read as Windows-1251 with replacements"


def decode(data: bytes, declared: str | None = None) -> str:
    """Text from bytes, by `detect`; undecodable bytes replaced, never an exception."""
    enc, _ = detect(data, declared)
    bom = bom_encoding(data)
    if bom:
        data = data[bom[1]:]
    return data.decode(enc, "replace").replace("\ufeff", "")
