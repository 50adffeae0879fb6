"""The second reader: what kind a text is, by a linear model over its lemma words and word pairs
(reader.json, fitted by tools/train_reader.py on the training corpora).

Why a second, learned reader beside the rules of `kinds`: the rules know the notions they were
given and fail, confidently, on a wording nobody foresaw; a model fitted on every document the
corpus authors wrote has seen more wordings than any list, but cannot say why a protocol is a
protocol.  Neither is trusted alone: a document moves its case with no operator only when both
read the same kind (parsers.reliability asks `agrees`).  The model is plain weights (no
scikit-learn at run time), and `explain` names the words that decided, for `tools/why.py` and
for the operator's one line.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

from understanding.lemmas import tokens

MODEL = Path(__file__).with_name("reader.json")
MAX_WORDS = 4000  # a long form's rows add nothing past this; keeps a huge file cheap
# fewer known words and pairs than this and the reader has no opinion: it learnt from letters
# and forms, and a two-line note gives its weights too little to go on
MIN_KNOWN = 30


def _word(lemma: str) -> str:
    return f"#{min(len(lemma), 9)}" if lemma[0].isdigit() else lemma


def features(text: str) -> list[str]:
    """The text's lemmas and the pairs of neighbouring lemmas inside one clause."""
    toks = tokens(text[:60000])[:MAX_WORDS]
    out = [_word(t.lemma) for t in toks]
    out += [f"{_word(a.lemma)} {_word(b.lemma)}" for a, b in zip(toks, toks[1:], strict=False)
            if a.clause == b.clause]
    return out


@lru_cache(maxsize=1)
def model() -> dict[str, Any] | None:
    """The fitted model.  Each feature's weights per class are one string of numbers, made
    into floats (`column`) only for the features a text has: a file of some 20,000 lists of
    floats took longer to read than the document it was asked about."""
    try:
        return json.loads(MODEL.read_text("utf-8"))  # type: ignore[no-any-return]
    except (OSError, ValueError):
        return None


def column(weights: str) -> list[float]:
    """A feature's weights, one per class; none for a feature fitted to nought."""
    return [float(w) for w in weights.split()]


@lru_cache(maxsize=16)  # asked three times a document (feature, no opinion, veto)
def probabilities(text: str) -> dict[str, float]:
    """Kind -> probability; empty when there is no model or the text has no known word."""
    m = model()
    if m is None or not text.strip():
        return {}
    weights: dict[str, str] = m["weights"]
    present = set(features(text))
    known = [column(weights[f]) for f in present if f in weights]
    if len(known) < MIN_KNOWN:
        return {}
    # as fitted: the binary vector of the known features, made of unit length (a feature whose
    # weights are all near nought is stored empty, and still counts in the length)
    norm = math.sqrt(len(known)) or 1.0
    scores = list(m["intercept"])
    for col in known:
        for k, w in enumerate(col):
            scores[k] += w / norm
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return {k: e / total for k, e in zip(m["classes"], exp, strict=True)}


def agrees(text: str, kind: str, veto: float) -> tuple[bool, str, float, float]:
    """Whether the second reader lets `kind` stand (False when it gives `kind` less than
    `veto`), with the kind it reads instead, that kind's probability and `kind`'s."""
    probs = probabilities(text)
    p = probs.get(kind, 0.0)
    if not probs or p >= veto:
        return True, kind, p, p
    best = max(probs, key=probs.__getitem__)
    return False, best, probs[best], p


def explain(text: str, kind: str, n: int = 8) -> list[tuple[str, float]]:
    """The words and pairs that pushed the text towards `kind` most (for tools/why.py)."""
    m = model()
    if m is None or kind not in m["classes"]:
        return []
    k = m["classes"].index(kind)
    present = set(features(text))
    scored = [(f, column(m["weights"][f])[k]) for f in present if m["weights"].get(f)]
    return sorted(scored, key=lambda x: -abs(x[1]))[:n]
