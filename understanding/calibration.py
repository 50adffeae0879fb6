"""Confidence as a probability: a document's evidence (its kind, the parser's raw confidence,
what its kind needs and was not found) mapped to the chance that kind and fields are right.

Why learned: the parser's raw confidence ranks documents well but is not a probability (on
documents it never saw, 0.74 of those it called 0.95+ were right).  A logistic model over a few
plain features, fitted on the training corpora by `tools/calibrate.py` and shipped as
`calibration.json` beside this module, turns it into one; the reliability table of
`benchmarks/bench_understanding.py` checks it on held-out documents.  Without the file the raw
confidence stands.  The features are named so that a decision can be explained: the largest
terms of `explain` say why a document is trusted or not.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

MODEL = Path(__file__).with_name("calibration.json")
KINDS = ("appendix1_form", "change_notice", "responsible_change", "refusal",
         "training_protocol")


@lru_cache(maxsize=1)
def model() -> dict[str, Any] | None:
    try:
        data: dict[str, Any] = json.loads(MODEL.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data


def vector(features: dict[str, float], names: list[str]) -> list[float]:
    return [float(features.get(n, 0.0)) for n in names]


def logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def probability(features: dict[str, float]) -> float:
    """The calibrated probability that the document is right; the raw one without a model."""
    m = model()
    raw = float(features.get("raw", 0.0))
    if m is None:
        return raw
    x = vector(features, m["features"])
    z = m["bias"] + sum(w * v for w, v in zip(m["weights"], x, strict=True))
    return round(1 / (1 + math.exp(-z)), 3)


def explain(features: dict[str, float], top: int = 3) -> list[str]:
    """The features that moved the probability most, "name=value (+weight·value)"."""
    m = model()
    if m is None:
        return []
    terms = [(w * v, n, v) for n, w, v in zip(m["features"], m["weights"],
                                              vector(features, m["features"]), strict=True)]
    terms.sort(key=lambda t: -abs(t[0]))
    return [f"{n}={v:g} ({t:+.2f})" for t, n, v in terms[:top] if t]
