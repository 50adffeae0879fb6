"""A letter's kind by weighing evidence: every signal of mappings/letters.toml found in the text
adds its weight to its kind, negated signals count for nothing, words of the subject line count
more; the strongest kind wins when it has enough, and a close call is reported as one.

Why weights and stems, not the first phrase found: agencies word the same notice a hundred
ways, in Russian and Kazakh (whose word forms differ by suffix: тағайындалды, тағайындалған),
with typos, and often say what did NOT happen ("изменений не требуется").  One phrase decides
nothing; several pointing the same way do, and the decisive words are kept (`Verdict.why`) so
the decision can be explained to an operator.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from understanding.lemmas import normalise

KINDS = ("responsible_change", "refusal", "training_protocol", "change_notice")
_WORD = re.compile(r"[0-9a-zа-яёәғқңөұүһі]+")
_CLAUSE_END = re.compile(r"[.;:!?()\n]|,\s")
# a Kazakh verb negated by its -ма/-ме/-ба/-бе/-па/-пе suffix (ауыспаған, тағайындалмады)
_KK_NEGATIVE = re.compile(r"^\w{0,2}(ма|ме|ба|бе|па|пе)[сйдғгқкн]")
_SUBJECT = re.compile(r"(?im)^\s*(?:тема\s*:\s*|тақырыбы\s*:\s*)?((?:о|об)\s+\w.{3,150}|"
                      r".{3,150}\bтуралы)\s*$")


@dataclass(frozen=True)
class Signal:
    kind: str
    stems: tuple[str, ...]
    weight: float
    negatable: bool


@dataclass
class Verdict:
    kind: str
    score: float
    runner_up: str | None
    runner_score: float
    scores: dict[str, float]
    why: dict[str, list[str]] = field(default_factory=dict)  # kind -> the signals found
    close: bool = False

    @property
    def confidence(self) -> float:
        """0-1: how clearly the winner won (its evidence against the runner-up's and against
        the threshold)."""
        if self.kind == "other":
            top = max(self.scores.values(), default=0.0)
            return round(max(0.5, 1.0 - top / (2 * lexicon().threshold)), 2)
        margin = (self.score - self.runner_score) / self.score if self.score else 0.0
        enough = min(1.0, self.score / (2 * lexicon().threshold))
        sure = max(0.05, min(1.0, 0.45 + 0.35 * margin + 0.2 * enough))
        return round(min(sure, 0.55) if self.close else sure, 2)  # a close call is not sure


@dataclass(frozen=True)
class Lexicon:
    signals: tuple[Signal, ...]
    by_stem: dict[str, tuple[str, ...]]  # a prefix of a word -> the stems it stands for
    lengths: tuple[int, ...]
    negators: frozenset[str]
    threshold: float
    close_call: float
    gap: int
    window: int
    subject_boost: float
    data: dict[str, Any]


def norm(text: str) -> str:
    """Lower case, ё as е, Latin look-alikes inside Cyrillic words made Cyrillic (the one
    normaliser of understanding.lemmas, which the notions read with too)."""
    return normalise(text)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    from mappings import path

    data = tomllib.loads(path("letters.toml").read_text(encoding="utf-8"))
    negators = frozenset(norm(w) for w in data["negators"])
    signals = []
    by_stem: dict[str, set[str]] = {}
    for kind, spec in data["signals"].items():
        for phrase, weight in spec.items():
            stems = tuple(norm(phrase).split())
            signals.append(Signal(kind, stems, float(weight),
                                  not any(s in negators for s in stems)))
            for stem in (s for s in stems if s != "~"):
                by_stem.setdefault(stem, set()).add(stem)
                if len(stem) >= 7:  # one letter missing (not the first two or last): a typo
                    for i in range(2, len(stem) - 1):
                        by_stem.setdefault(stem[:i] + stem[i + 1:], set()).add(stem)
    return Lexicon(tuple(signals), {k: tuple(v) for k, v in by_stem.items()},
                   tuple(sorted({len(k) for k in by_stem})), negators,
                   float(data["threshold"]), float(data["close_call"]), int(data["gap"]),
                   int(data["negation_window"]), float(data["subject_boost"]), data)


@dataclass
class _Words:
    words: list[str]
    clause: list[int]
    stems: list[dict[str, bool]]  # per word: stem -> whether the word negates it by suffix
    where: dict[str, list[int]]  # stem -> the words it matches


def _words(text: str, lex: Lexicon) -> _Words:
    words: list[str] = []
    clause: list[int] = []
    c = 0
    pos = 0
    low = norm(text)
    for m in _WORD.finditer(low):
        if _CLAUSE_END.search(low, pos, m.start()):
            c += 1
        pos = m.end()
        words.append(m.group(0))
        clause.append(c)
    stems: list[dict[str, bool]] = []
    where: dict[str, list[int]] = {}
    for k, w in enumerate(words):
        found: dict[str, bool] = {}
        for n in lex.lengths:
            if n > len(w):
                break
            for stem in lex.by_stem.get(w[:n], ()):
                if len(stem) <= 2 and w != stem or stem in found:
                    continue
                found[stem] = bool(_KK_NEGATIVE.match(w[n:])) if len(w) > n else False
                where.setdefault(stem, []).append(k)
        stems.append(found)
    return _Words(words, clause, stems, where)


def _matches(sig: Signal, ws: _Words, gap: int) -> list[tuple[int, int, bool]]:
    """(first word, last word, negated by a suffix) of each occurrence of the signal."""
    out = []
    first = sig.stems[0]
    for i in ws.where.get(first, ()):
        found = ws.stems[i]
        j, ok, neg, far = i, True, found[first], False
        for stem in sig.stems[1:]:
            if stem == "~":
                far = True
                continue
            end = len(ws.words) if far else min(j + 2 + gap, len(ws.words))
            nxt = next((k for k in range(j + 1, end) if stem in ws.stems[k]
                        and ws.clause[k] == ws.clause[j]), None) if far else \
                next((k for k in range(j + 1, end) if stem in ws.stems[k]), None)
            far = False
            if nxt is None:
                ok = False
                break
            neg = neg or ws.stems[nxt][stem]
            j = nxt
        if ok:
            out.append((i, j, neg))
    return out


def _negated(ws: _Words, start: int, end: int, lex: Lexicon) -> bool:
    c = ws.clause[start]
    before = range(max(0, start - 2), start)
    after = range(end + 1, min(len(ws.words), end + 1 + lex.window))
    return any(ws.words[k] in lex.negators and ws.clause[k] == c for k in (*before, *after))


def subject_lines(text: str) -> str:
    """The subject line(s) among a letter's first lines ("О замене…", "… туралы", "Тема: …")."""
    head = "\n".join(text.splitlines()[:15])
    return "\n".join(m.group(1) for m in _SUBJECT.finditer(head))


def weigh(text: str, extra: dict[str, float] | None = None) -> Verdict:
    """The kind the evidence in `text` points to; `extra` adds evidence found elsewhere (a
    table's shape) as kind -> weight."""
    lex = lexicon()
    scores = dict.fromkeys(KINDS, 0.0)
    why: dict[str, list[str]] = {k: [] for k in KINDS}
    for source, factor in ((text, 1.0), (subject_lines(text), lex.subject_boost - 1.0)):
        if not source:
            continue
        ws = _words(source, lex)
        for sig in lex.signals:
            for start, end, suffix_neg in _matches(sig, ws, lex.gap):
                if sig.negatable and (suffix_neg or _negated(ws, start, end, lex)):
                    continue
                scores[sig.kind] += sig.weight * factor
                why[sig.kind].append(" ".join(ws.words[start:end + 1]))
    for kind, weight in (extra or {}).items():
        scores[kind] += weight
        why[kind].append(f"(table: {weight:+g})")
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    (best, top), (second, runner) = ranked[0], ranked[1]
    if top < lex.threshold:
        return Verdict("other", top, best if top > 0 else None, top, scores, why)
    close = runner >= lex.close_call * top
    return Verdict(best, top, second, runner, scores, why, close)
