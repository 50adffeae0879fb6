#!/usr/bin/env python3
"""Train the second reader (understanding/reader.json) on TRAINING corpora only, and say by
leave-one-author-out whether it earns its place.

    .venv/bin/python tools/train_reader.py collect corpora/train-r3 corpora/decoys-r3 \\
        --out /tmp/reader-data.json          # parse every input once (slow: minutes)
    .venv/bin/python tools/train_reader.py cv /tmp/reader-data.json   # the honest estimate
    .venv/bin/python tools/train_reader.py fit /tmp/reader-data.json  # write the model

Why a second reader: the rules (understanding.kinds) decide a kind from the notions a text
speaks of and what each kind requires; they fail on wordings nobody foresaw, and then fail
confidently.  A linear model over lemma words and word pairs, fitted on every document the
authors wrote, reads the same text another way.  The gateway lets a document move its case
alone only when the two agree (parsers.reliability): where they disagree, an operator decides.

`cv` holds out each author in turn (an author's style is what a held-out set differs in, so
holding out documents at random would flatter), and prints, per veto level, how many
non-replies above the threshold the veto stops and how many right replies it costs.  `fit`
refuses held-out folders' data, as tools/calibrate.py does.  Needs scikit-learn (not a runtime
dependency: the model ships as plain weights read by understanding.second_reader).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

THRESHOLD = 0.6


def collect(folders: list[str], out: str) -> None:
    import logging

    from case_target import for_case
    from score_corpus import _scorer, inputs, keyed

    import parsers.reliability

    logging.disable(logging.CRITICAL)
    parsers.reliability.VETO = 0.0  # the confidence as it would be without the reader's veto
    sp = _scorer()
    rows: list[dict[str, Any]] = []
    paths = list(inputs(folders, ""))
    for n, path in enumerate(paths, 1):
        if any("heldout" in p for p in path.parts):
            sys.exit(f"{path}: a held-out input; train on training folders only")
        ctx_path = path.with_name(path.name + ".context.json")
        ctx = json.loads(ctx_path.read_text("utf-8")) if ctx_path.exists() else {}
        for want, doc, got in keyed(path, sp):
            t = sp.Tally()
            sp.compare_value(t, for_case(want), for_case(got, want), "", "")
            rows.append({"author": path.parent.name, "file": str(path), "text": doc.text,
                         "want": want.get("kind", "other"), "got": doc.kind,
                         "confidence": doc.confidence, "right": t.ok == t.total,
                         "is_reply": bool(ctx.get("is_reply", True))})
        if n % 50 == 0:
            print(f"{n}/{len(paths)}", file=sys.stderr)
    Path(out).write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
    print(f"{len(rows)} documents from {len(paths)} inputs -> {out}")


def _analyzer() -> Any:
    from understanding.second_reader import features

    return features


def _model(c: float = 4.0) -> Any:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import Normalizer

    return make_pipeline(CountVectorizer(analyzer=_analyzer(), binary=True, min_df=2),
                         Normalizer(), LogisticRegression(C=c, max_iter=3000))


def cv(data: str, c: float) -> None:
    rows = json.loads(Path(data).read_text("utf-8"))
    authors = sorted({r["author"] for r in rows})
    probs: list[dict[str, float]] = [{} for _ in rows]
    for a in authors:
        train = [r for r in rows if r["author"] != a]
        test = [i for i, r in enumerate(rows) if r["author"] == a]
        m = _model(c).fit([r["text"] for r in train], [r["want"] for r in train])
        for i, p in zip(test, m.predict_proba([rows[i]["text"] for i in test]), strict=True):
            probs[i] = dict(zip(m.classes_, map(float, p), strict=True))
    top = [max(p, key=p.__getitem__) for p in probs]
    rules_ok = sum(r["got"] == r["want"] for r in rows)
    model_ok = sum(t == r["want"] for t, r in zip(top, rows, strict=True))
    print(f"kinds right: rules {rules_ok}/{len(rows)}  second reader {model_ok}/{len(rows)}  "
          f"(leave one author out, {len(authors)} authors)")
    both = Counter((r["got"] == r["want"], t == r["want"]) for t, r in zip(top, rows, strict=True))
    print(f"  both right {both[True, True]}, rules only {both[True, False]}, "
          f"model only {both[False, True]}, neither {both[False, False]}")
    above = [(p, r) for p, r in zip(probs, rows, strict=True)
             if r["got"] != "other" and r["confidence"] >= THRESHOLD]
    print(f"above {THRESHOLD}: {len(above)} documents, "
          f"{sum(r['right'] for _, r in above)} right for the case, "
          f"{sum(not r['is_reply'] for _, r in above)} from non-replies")
    print("veto when P(kind the rules chose) < v:")
    for v in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5):
        kept = [(p, r) for p, r in above if p.get(r["got"], 0.0) >= v]
        stopped = [r for p, r in above if p.get(r["got"], 0.0) < v]
        right = sum(r["right"] for _, r in kept)
        print(f"  v={v:.2f}: kept {len(kept)} ({right} right, {len(kept) - right} wrong, "
              f"share {right / max(1, len(kept)):.3f}; non-replies kept "
              f"{sum(not r['is_reply'] for _, r in kept)}), stopped {len(stopped)} "
              f"({sum(r['right'] for r in stopped)} of them right)")


def fit(data: str, c: float, out: Path) -> None:
    rows = json.loads(Path(data).read_text("utf-8"))
    if any("heldout" in r["file"] for r in rows):
        sys.exit("the data holds held-out inputs; train on training folders only")
    m = _model(c).fit([r["text"] for r in rows], [r["want"] for r in rows])
    vec, lr = m.steps[0][1], m.steps[2][1]
    vocab = vec.get_feature_names_out()
    weights: dict[str, str] = {}  # a feature's weights per class, as one string (see model())
    for j, f in enumerate(vocab):
        col = [round(float(lr.coef_[k][j]), 3) for k in range(len(lr.classes_))]
        weights[str(f)] = " ".join(map(json.dumps, col)) if max(map(abs, col)) >= 0.02 else ""
    model = {"about": "understanding.second_reader: binary lemma words and pairs, L2-normed, "
                      f"multinomial logistic regression (C={c}), fitted by tools/train_reader.py "
                      f"on {len(rows)} training documents",
             "classes": [str(k) for k in lr.classes_],
             "intercept": [round(float(b), 4) for b in lr.intercept_],
             "vocabulary": len(vocab), "weights": weights}
    out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")), "utf-8")
    print(f"{sum(map(bool, weights.values()))} of {len(vocab)} features weighed -> {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("collect")
    a.add_argument("folders", nargs="+")
    a.add_argument("--out", required=True)
    for name in ("cv", "fit"):
        s = sub.add_parser(name)
        s.add_argument("data")
        s.add_argument("--c", type=float, default=4.0)
    args = ap.parse_args()
    if args.cmd == "collect":
        collect(args.folders, args.out)
    elif args.cmd == "cv":
        cv(args.data, args.c)
    else:
        fit(args.data, args.c, ROOT / "understanding" / "reader.json")


if __name__ == "__main__":
    main()
