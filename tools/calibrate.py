#!/usr/bin/env python3
"""Fit the confidence calibration (understanding/calibration.json) on TRAINING corpora only.

    .venv/bin/python tools/calibrate.py corpora/train-r3 [more training folders] [--l2 1.0]
        [--target case|every-field]

Each document of each input is parsed with the calibration switched off (its raw confidence),
compared with its key as the shared scorer compares, and described by
`parsers.reliability.features`; a logistic regression (L2, fitted by Newton's method in numpy)
maps the features to the chance of being right.

What "right" means (`--target`): by default `case` — right in what the case is moved by: the
kind, the services' registry numbers, the new person's name (a form's people's names), the
protocol's date, the refusal's ground, the dates of a change or a replacement, and which columns
a change notice changes.  The confidence is what decides whether a document moves its case with
no person, so it is the chance of moving it rightly; a position worded otherwise than the key's
author would, or a predecessor not named, moves nothing wrongly.  `every-field` is the stricter
target (every field the key names), which the reliability table of tools/score_corpus.py also
reports.  Never give it a
held-out folder: a set it has seen no longer measures anything.  Prints the fitted weights and
the training set's own reliability table (which flatters; the held-out one is the measure).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

NAMES = ["raw_logit", "reader", "reader_none", "warnings", "kazakh", "scanned", "services",
         "row_gaps", "no_executor", "person_gaps", "no_previous", "no_date", "reason_long",
         "no_ground", "changed", "doubts", "weak",
         "kind_appendix1_form", "kind_change_notice", "kind_responsible_change",
         "kind_refusal", "kind_training_protocol"]


def out_of_fold(reader_data: str) -> dict[str, Any]:
    """Author -> the second reader fitted without that author's documents, so that the
    calibration learns how far the reader is to be trusted on an author it never saw (its own
    training documents it reads too well)."""
    from train_reader import _model

    rows = json.loads(Path(reader_data).read_text("utf-8"))
    return {a: _model().fit([r["text"] for r in rows if r["author"] != a],
                            [r["want"] for r in rows if r["author"] != a])
            for a in sorted({r["author"] for r in rows})}


def samples(folders: list[str], target: str = "case", reader_data: str | None = None
            ) -> tuple[np.ndarray, np.ndarray]:
    import logging

    from case_target import for_case
    from score_corpus import _scorer, inputs, keyed

    import understanding.calibration as cal
    from parsers.reliability import features

    logging.disable(logging.CRITICAL)
    import parsers.reliability

    cal.MODEL = ROOT / "no-such-model.json"  # raw confidences while fitting
    parsers.reliability.VETO = 0.0  # and no veto: the reader's say is the "reader" feature
    cal.model.cache_clear()
    sp = _scorer()
    folds = out_of_fold(reader_data) if reader_data else {}
    xs, ys = [], []
    for path in inputs(folders, ""):
        for want, doc, got in keyed(path, sp):
            if doc.kind == "other":
                continue
            if target == "case":
                want, got = for_case(want), for_case(got, want)
            t = sp.Tally()
            sp.compare_value(t, want, got, "", "")
            f = features(doc)
            fold = folds.get(path.parent.name)
            if fold is not None and not f["reader_none"]:
                p = dict(zip(fold.classes_, fold.predict_proba([doc.text])[0], strict=True))
                f["reader"] = max(-5.0, min(5.0, cal.logit(float(p.get(doc.kind, 0.0)))))
            xs.append([float(f.get(n, 0.0)) for n in NAMES])
            ys.append(1.0 if t.ok == t.total else 0.0)
    return np.array(xs), np.array(ys)


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[float, np.ndarray]:
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    reg = np.eye(xb.shape[1]) * l2
    reg[0, 0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + reg @ w
        hess = xb.T @ (xb * (p * (1 - p))[:, None]) + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(w[0]), w[1:]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--target", choices=("case", "every-field"), default="case")
    ap.add_argument("--reader-data", help="tools/train_reader.py collect's output: the second "
                    "reader's feature is then taken out of fold, author by author")
    a = ap.parse_args()
    if any("heldout" in f or "decoys" in f for f in a.folders):
        print("refusing: a held-out or decoy folder is not for fitting", file=sys.stderr)
        return 2
    x, y = samples(a.folders, a.target, a.reader_data)
    bias, weights = fit(x, y, a.l2)
    out: dict[str, Any] = {"features": NAMES, "bias": round(bias, 4),
                           "weights": [round(float(w), 4) for w in weights],
                           "fitted_on": a.folders, "target": a.target,
                           "documents": int(len(y)),
                           "right": int(y.sum())}
    (ROOT / "understanding" / "calibration.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    p = 1 / (1 + np.exp(-(bias + x @ weights)))
    for lo, hi in ((0, .2), (.2, .5), (.5, .8), (.8, .9), (.9, .95), (.95, 1.01)):
        m = (p >= lo) & (p < hi)
        if m.any():
            print(f"{lo:.2f}-{min(hi, 1):.2f}: {int(m.sum()):4d} documents, "
                  f"{y[m].mean():.3f} right (training set)")
    for n, w in sorted(zip(NAMES, weights, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {n:24s} {w:+.3f}")
    print(f"fitted on {len(y)} documents ({int(y.sum())} right); bias {bias:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
