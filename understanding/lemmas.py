"""Words as lemmas: a Russian word by its dictionary form (pymorphy3), a Kazakh one by itself
(matched by stem, since Kazakh adds suffixes to an unchanged root), with the clause it stands
in — so "протоколом", "протокола", "протоколы" are one word "протокол", and "хаттамасы",
"хаттамаға" start with "хаттама".

Why lemmas rather than the phrase lists of before: a phrase list knows the wordings it was
shown; a lemma knows the word in every form a sentence gives it, which is how a reader who
never saw the letter still understands it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_LOOKALIKES = str.maketrans("aceopxykmtbh", "асеорхукмтвн")
_TOKEN = re.compile(r"[0-9a-zа-яёәғқңөұүһі]+(?:-[0-9a-zа-яёәғқңөұүһі]+)*")
_CLAUSE_END = re.compile(r"[.;!?\n]|:\s")
_MIXED = re.compile(r"[а-яёәғқңөұүһі][a-z]|[a-z][а-яёәғқңөұүһі]")
_CYR_WORD = re.compile(r"\w*[а-яёәғқңөұүһі]\w*")
_KAZAKH = set("әғқңөұүһі")


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3
    import pymorphy3_dicts_ru

    # the Russian dictionaries by their path: found by name, pymorphy3 first reads the entry
    # points of every installed package to learn where they are
    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path())


def load() -> None:
    """Load the dictionaries now (they load on first use otherwise): a process about to fork
    its readers, which lemmatize too, loads them once for both."""
    _morph()


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The Russian dictionary form of a lower-case word; a Kazakh word, a number or a Latin
    word as it is."""
    if not word or word[0].isdigit() or _KAZAKH & set(word) or not ("а" <= word[0] <= "я"
                                                                    or word[0] == "ё"):
        return word
    return str(_morph().parse(word)[0].normal_form).replace("ё", "е")


def normalise(text: str) -> str:
    """Lower case, ё as е, Latin look-alike letters inside Cyrillic words made Cyrillic."""
    low = text.casefold().replace("ё", "е")
    if not _MIXED.search(low):
        return low
    return _CYR_WORD.sub(lambda m: m.group(0).translate(_LOOKALIKES), low)


@dataclass(frozen=True)
class Token:
    word: str  # as written, lower case
    lemma: str
    clause: int  # tokens of one clause share it
    start: int  # offset in the normalised text


def tokens(text: str) -> list[Token]:
    """The text's words with their lemmas and clause numbers."""
    low = normalise(text)
    out: list[Token] = []
    clause, pos = 0, 0
    for m in _TOKEN.finditer(low):
        if _CLAUSE_END.search(low, pos, m.start()):
            clause += 1
        pos = m.end()
        word = m.group(0)
        out.append(Token(word, lemma(word), clause, m.start()))
    return out
