#!/usr/bin/env python3
"""How well the parser understands documents nobody here wrote, and whether its confidence means
a probability (issue #21).

    .venv/bin/python benchmarks/bench_understanding.py [--threshold 0.6] [--json]

For each corpus group — the training side (tuned on), the held-out sets (written by authors who
never saw the parser, never tuned on) and the decoys (mail that is no reply) — it prints field
accuracy and kind accuracy as the shared scorer counts them, the reliability table (confidence
bins against the share of documents right in kind and in every field, and in what moves the
case — tools/case_target.py), the share right above
`parse_confidence_threshold`, the replies that would be applied with no operator (right and
wrong) and the decoys that would be.  The baseline of the same run is the training side: the
held-out figures against it show how much of what the parser knows is the language and how much
is the wordings it was shown.  No timings: this measures understanding, not speed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# a held-out set that has been used to tune joins the training side (rounds A to F did, after
# their one measurement: the closing notes of #21 give each round's first figures); the next
# round's authors write into corpora/heldout-<round>/ and every such folder is measured here as
# held-out, its replies and non-replies apart by each input's context.json
GROUPS = {
    "training (tuned on)": ["corpora/train-r3"],
    **{f"held-out {d.name} (never tuned on)": [f"corpora/{d.name}"]
       for d in sorted((ROOT / "corpora").glob("heldout-*")) if d.is_dir()},
}


def measure(folders: list[str], threshold: float) -> dict[str, object] | None:
    paths = [str(ROOT / f) for f in folders if (ROOT / f).is_dir()]
    if not paths:
        return None
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "score_corpus.py"), *paths,
                          "--threshold", str(threshold), "--json"],
                         capture_output=True, text=True, check=False)
    try:
        data: dict[str, object] = json.loads(out.stdout)
    except ValueError:
        print(out.stderr[-2000:], file=sys.stderr)
        return None
    return data


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--threshold", type=float, default=0.6)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    results = {name: measure(folders, a.threshold) for name, folders in GROUPS.items()}
    if a.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return 0
    base = results.get("training (tuned on)") or {}
    for name, r in results.items():
        if r is None:
            print(f"{name}: no corpus here")
            continue
        print(f"\n== {name}: {r['cases']} inputs")
        ratio = ""
        if r is not base and base and float(base["fields"]):  # type: ignore[arg-type]
            ratio = f"  ({float(r['fields']) / float(base['fields']):.3f}x training)"  # type: ignore[arg-type]
        print(f"fields {float(r['fields']):.3f} ({r['fields_right']}/{r['fields_total']})"  # type: ignore[arg-type]
              f"{ratio}  kinds {float(r['kinds']):.3f}  crashes {r['crashes']}")  # type: ignore[arg-type]
        print("confidence   documents  every field  share  for the case  share")
        for row in r["reliability"]:  # type: ignore[attr-defined]
            n = row["documents"]
            share = f"{row['right'] / n:.3f}" if n else "  -  "
            cshare = f"{row['case_right'] / n:.3f}" if n else "  -  "
            print(f"{row['from']:.2f}-{row['to']:.2f}   {n:9d}  {row['right']:11d}  {share}"
                  f"  {row['case_right']:12d}  {cshare}")
        above = int(r["above_threshold"])  # type: ignore[call-overload]
        right = int(r["above_threshold_right"])  # type: ignore[call-overload]
        case = int(r["above_threshold_case_right"])  # type: ignore[call-overload]
        print(f"above {a.threshold:.2f}: {above} documents, "
              f"{(right / above if above else 0):.3f} right in every field, "
              f"{(case / above if above else 0):.3f} right in what moves the case "
              f"(the issue's measure; tools/case_target.py)")
        if r["replies"]:
            print(f"replies applied with no operator: {r['replies_applied_right']} right, "
                  f"{r['replies_applied_wrong']} wrong, of {r['replies']} "
                  f"(coverage {int(r['replies_applied_right']) / int(r['replies']):.3f})")  # type: ignore[call-overload]
        if r["decoys"]:
            print(f"decoys the parser alone would apply: {r['decoys_applied']} of {r['decoys']} "
                  f"(the case's context then holds them back: benchmarks/bench_corpus_e2e.py)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
