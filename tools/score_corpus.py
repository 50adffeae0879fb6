#!/usr/bin/env python3
"""Score the parser on corpora, in one process, with the shared scorer's comparison.

    .venv/bin/python tools/score_corpus.py corpora/train-r3 [more folders] [--threshold 0.6]
        [--misses] [--only TEXT] [--json]

Why besides ../shared/tools/score_parse.py: that scorer starts `gateway parse` once per file
(about two seconds each), which is right for the judged figure and too slow for a loop of
tuning; this one imports the same comparison (`compare_value`, `Tally`) and calls the parser
in-process, so the two agree field for field.  It also prints what the shared scorer cannot:

* the reliability table: each document's `confidence` binned, against the share of documents
  in the bin right in kind and in every field its key names (issue #21: of those above the
  threshold at least 99% must be right);
* the coverage at the threshold: how many genuine replies would be applied with no operator;
* decoys (`context.json` with `is_reply: false`): how many would be applied (kind not `other`
  and confidence at or above the threshold) — the goal is none.

Folders are searched recursively for inputs with a `<name>.expected.json` key.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
SCORER = ROOT.parent / "shared" / "tools" / "score_parse.py"
BINS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_parse", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the shared scorer at {SCORER}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@dataclass
class Doc:
    """One key document against what the parser said of it."""

    case: str
    part: str
    want_kind: str | None
    got_kind: str | None
    confidence: float
    ok: int
    total: int
    reply: bool | None
    case_right: bool = False  # right in what moves the case (tools/case_target.py)

    @property
    def right(self) -> bool:
        return self.ok == self.total


def inputs(folders: list[str], only: str) -> list[Path]:
    out = []
    for folder in folders:
        for key in sorted(Path(folder).rglob("*.expected.json")):
            src = key.with_name(key.name[: -len(".expected.json")])
            if src.is_file() and only in src.name:
                out.append(src)
    return out


def keyed(path: Path, sp: Any) -> list[tuple[dict[str, Any], Any, dict[str, Any]]]:
    """The input parsed, as (the key's document, the parsed document, its contract JSON) for
    every part the key names and the parser read (tools/calibrate.py, tools/train_reader.py)."""
    from parsers.api import parse_path

    key = json.loads(path.with_name(path.name + ".expected.json").read_text("utf-8"))
    result = parse_path(path)
    data = result.contract_json()
    by_part = {sp.norm_part(d.part): d for d in result.documents}
    out = []
    for want in key.get("documents") or []:
        if not isinstance(want, dict) or "part" not in want:
            continue
        doc = by_part.get(sp.norm_part(want["part"]))
        if doc is not None:
            got = next(g for g in data["documents"]
                       if sp.norm_part(g["part"]) == sp.norm_part(want["part"]))
            out.append((want, doc, got))
    return out


def score(path: Path, sp: Any) -> tuple[Any, list[Doc], str | None]:
    from case_target import for_case

    from parsers.api import parse_path, unreadable

    key = json.loads(path.with_name(path.name + ".expected.json").read_text(encoding="utf-8"))
    ctx_path = path.with_name(path.name + ".context.json")
    reply = None
    if ctx_path.is_file():
        try:
            reply = bool(json.loads(ctx_path.read_text(encoding="utf-8")).get("is_reply", True))
        except ValueError:
            reply = None
    crash = None
    try:
        result = parse_path(path)
        data = result.contract_json()
        status = 1 if unreadable(result) else 0
    except Exception as exc:  # a crash of the parser is a result here, not the end of the run
        crash, data, status = f"{type(exc).__name__}: {exc}", {"documents": [], "errors": []}, 1
    whole = sp.Tally()
    if "exit" in key:
        whole.field(status == key["exit"], "exit", status, key["exit"])
    body = {k: v for k, v in key.items() if k != "exit"}
    sp.compare_value(whole, body, data, "", "")
    docs = []
    got_docs = data.get("documents") or []
    for i, want in enumerate(body.get("documents") or []):
        if not isinstance(want, dict):
            continue
        match = None
        if "part" in want:
            match = next((g for g in got_docs
                          if sp.norm_part(g.get("part")) == sp.norm_part(want["part"])), None)
        elif i < len(got_docs):
            match = got_docs[i]
        t, c = sp.Tally(), sp.Tally()
        sp.compare_value(t, want, match if match is not None else sp.MISSING, "", "")
        sp.compare_value(c, for_case(want), for_case(match, want) if match is not None
                         else sp.MISSING, "", "")
        docs.append(Doc(path.name, str(want.get("part", i)), want.get("kind"),
                        (match or {}).get("kind"), float((match or {}).get("confidence", 0.0)),
                        t.ok, t.total, reply, c.ok == c.total))
    return whole, docs, crash


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--threshold", type=float, default=0.6)
    ap.add_argument("--misses", action="store_true", help="print every case's misses")
    ap.add_argument("--only", default="")
    ap.add_argument("--json", action="store_true", help="the figures as one JSON object")
    a = ap.parse_args()
    import logging

    logging.disable(logging.CRITICAL)
    sp = _scorer()
    ok = total = kok = ktotal = crashes = 0
    all_docs: list[Doc] = []
    paths = inputs(a.folders, a.only)
    for n, path in enumerate(paths, 1):
        t, docs, crash = score(path, sp)
        ok, total = ok + t.ok, total + t.total
        kok, ktotal = kok + t.kinds_ok, ktotal + t.kinds_total
        crashes += crash is not None
        all_docs.extend(docs)
        if a.misses and (t.misses or crash):
            sure = max((d.confidence for d in docs if d.got_kind not in (None, "other")),
                       default=0.0)
            print(f"FAIL {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} "
                  f"[{sure:.2f}]: {t.ok}/{t.total} | {crash or ''} {'; '.join(t.misses)}")
        if not a.json and sys.stderr.isatty():
            print(f"\r{n}/{len(paths)}", end="", file=sys.stderr)
    replies = [d for d in all_docs if d.reply is not False]
    decoys = [d for d in all_docs if d.reply is False]
    applied = [d for d in replies if d.got_kind not in (None, "other")
               and d.confidence >= a.threshold]
    above = [d for d in all_docs if d.got_kind not in (None, "other")
             and d.confidence >= a.threshold]
    wrong_decoys = [d for d in decoys if d.got_kind not in (None, "other")
                    and d.confidence >= a.threshold]
    table = []
    for lo, hi in zip(BINS, BINS[1:], strict=False):
        inbin = [d for d in all_docs if lo <= d.confidence < hi
                 and d.got_kind not in (None, "other")]
        table.append({"from": lo, "to": min(hi, 1.0), "documents": len(inbin),
                      "right": sum(d.right for d in inbin),
                      "case_right": sum(d.case_right for d in inbin)})
    figures = {
        "cases": len(paths), "fields": round(ok / total, 4) if total else 0.0,
        "fields_right": ok, "fields_total": total,
        "kinds": round(kok / ktotal, 4) if ktotal else 1.0, "crashes": crashes,
        "threshold": a.threshold,
        "above_threshold": len(above),
        "above_threshold_right": sum(d.right for d in above),
        "above_threshold_case_right": sum(d.case_right for d in above),
        "replies": len(replies),
        "replies_applied_right": sum(d.right for d in applied),
        "replies_applied_wrong": sum(not d.right for d in applied),
        "replies_applied_case_wrong": sum(not d.case_right for d in applied),
        "decoys": len(decoys), "decoys_applied": len(wrong_decoys),
        "reliability": table,
    }
    if a.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print("confidence    documents  right  share   for the case  share   "
          "(documents read as a reply kind)")
    for row in table:
        n = row["documents"]
        share = f"{row['right'] / n:.3f}" if n else "  -  "
        cshare = f"{row['case_right'] / n:.3f}" if n else "  -  "
        print(f"{row['from']:.2f}-{row['to']:.2f}    {n:9d}  {row['right']:5d}  {share}   "
              f"{row['case_right']:11d}  {cshare}")
    right_above = figures["above_threshold_right"] / max(1, figures["above_threshold"])
    case_above = figures["above_threshold_case_right"] / max(1, figures["above_threshold"])
    print(f"above {a.threshold:.2f}: {figures['above_threshold']} documents, "
          f"{right_above:.3f} right in kind and every field, {case_above:.3f} right for the case")
    print(f"replies applied with no operator: {figures['replies_applied_right']} right, "
          f"{figures['replies_applied_wrong']} wrong in some field "
          f"({figures['replies_applied_case_wrong']} wrong for the case), of {len(replies)}")
    if decoys:  # which ones only with --misses: a judged set's items stay unseen otherwise
        print(f"decoys applied: {len(wrong_decoys)} of {len(decoys)}"
              + "".join(f"\n  {d.case} [{d.part}] as {d.got_kind} {d.confidence:.2f}"
                        for d in wrong_decoys if a.misses))
    print(f"field accuracy {figures['fields']:.3f} ({ok}/{total}) kinds {figures['kinds']:.2f} "
          f"crashes {crashes} cases {len(paths)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
