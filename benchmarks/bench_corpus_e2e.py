"""End to end over the corpora: of the genuine agency replies, how many does `gateway run` apply
to their case with no operator, how many wrongly, and of the decoys how many change a case.

    .venv/bin/python benchmarks/bench_corpus_e2e.py [FOLDER ...] [--jobs 2] [--misses]
        [--json] [--only TEXT] [--threshold T] [--thread as-written|all|none]
        [--subprocess] [--keep DIR]

FOLDER defaults to corpora/train-r3; folders are searched recursively for inputs NAME.EXT with
both NAME.EXT.expected.json and NAME.EXT.context.json (an input lacking either, or whose
sidecars are not valid JSON yet, is skipped: corpora are written while this runs).

Why end to end, beside tools/score_corpus.py: that one scores the parse; an operator sees the
cases.  Between the two lie the matcher (which case), trust (may this sender do this), the
confidence threshold and the engine (which step, which date), and each can lose or misapply a
reply the parser read right.  So each input gets a gateway of its own (benchmarks.e2e_deploy:
`gateway init`, the agency and its services imported, each case brought to the awaited state
with the engine's own events), is delivered as the agency would send it (an .eml over SMTP as
trusted mail from the agency's domain, anything else as an e-document package), one `gateway
run --once` pass runs, and the cases before and after are judged against the answer key
(benchmarks.e2e_judge says exactly how).

`gateway run --once` runs in this process by default (`Gateway.run_once()`, the code path of
the command; the parser pool stays warm from one input to the next: about 1 s an input against
about 25 s with `--subprocess`, which runs `gateway init`, the imports and every `gateway run
--once` as child processes).  `--thread` says whether a reply is pointed at the letter of ours
this deployment really sent (the corpus cannot know its Message-ID or number): "as-written"
(default) only when the input was written as a reply (In-Reply-To/References, or an e-document
answering a letter the context names), "all" whenever the context names a letter of ours,
decoys included, "none" never.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.e2e_deploy import THREAD_MODES  # noqa: E402

COLUMNS = ("replies", "right", "wrong", "partial", "not_applied", "decoys", "decoys_applied",
           "errors")


@dataclass
class Result:
    """One input's verdict and what it cost."""

    input: str
    folder: str
    is_reply: bool
    verdict: str  # right | wrong | partial | not_applied | no_key | clear | applied | error
    detail: str = ""
    reason: str | None = None
    seconds: float = 0.0
    setup_seconds: float = 0.0
    run_seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    parsed: str = ""  # for a miss: what the parser reads in the file (kind, confidence)


def read_as(path: Path) -> str:
    """What the parser makes of the input, in a few words: each document's part, kind and
    confidence (a miss is then told apart: misread, or read right and lost later)."""
    from parsers.api import parse_path

    try:
        docs = parse_path(path).contract_json().get("documents") or []
    except Exception as exc:  # noqa: BLE001 - a diagnostic only
        return f"parse failed: {type(exc).__name__}"
    return "; ".join(f"{d.get('part')}: {d.get('kind')} {float(d.get('confidence') or 0):.2f}"
                     for d in docs) or "no documents"


def sidecars(path: Path) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(key, context) of an input, or None when either is missing or not JSON yet."""
    try:
        key = json.loads(path.with_name(path.name + ".expected.json").read_text("utf-8"))
        ctx = json.loads(path.with_name(path.name + ".context.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return (key, ctx) if isinstance(key, dict) and isinstance(ctx, dict) else None


def inputs(folders: list[str], only: str = "") -> list[Path]:
    found = []
    for folder in folders:
        for ctx in sorted(Path(folder).rglob("*.context.json")):
            src = ctx.with_name(ctx.name[: -len(".context.json")])
            if src.is_file() and only in str(src) and sidecars(src) is not None:
                found.append(src)
    return found


def _shown(path: Path) -> str:
    path = path.resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def run_input(path: Path, ctx_data: dict[str, Any], workdir: Path, *,
              threshold: float | None = None, use_subprocess: bool = False,
              thread: str = "as-written") -> tuple[Any, Any, dict[str, float]]:
    """Set up, deliver and run one input in `workdir` (a new folder): (Context, Outcome,
    timings).  The judging is separate, so one outcome can be judged against several keys."""
    from benchmarks import e2e_deploy as d

    ctx = d.Context.read(ctx_data)
    t0 = time.perf_counter()
    edoc = path.suffix.lower() != ".eml"
    dep = d.create(workdir, ctx, edoc=edoc, threshold=threshold, use_subprocess=use_subprocess)
    try:
        d.bring_to_awaited(dep)
        before = d.snapshot(dep)
        t1 = time.perf_counter()
        refused = (d.deliver_edoc if edoc else d.deliver_mail)(dep, path, thread)
        ran = d.run_once(dep)
        out = d.outcome(dep, before, ran["failures"])
        out.rejected += [refused] if refused else []
        t2 = time.perf_counter()
    finally:
        d.close(dep)
    return ctx, out, {"setup": t1 - t0, "run": t2 - t1}


def measure(path: Path, *, threshold: float | None = None, use_subprocess: bool = False,
            keep: Path | None = None, thread: str = "as-written") -> Result:
    """One input, end to end, judged; never raises (a harness failure is verdict "error")."""
    from benchmarks.e2e_judge import judge

    start = time.perf_counter()
    shown = _shown(path)
    result = Result(shown, str(Path(shown).parent), True, "error")
    pair = sidecars(path)
    if pair is None:
        result.detail = "sidecars missing or not JSON"
        return result
    key, ctx_data = pair
    # the person the letter replaces was the cases' responsible before it came: the world the
    # letter was written in (e2e_deploy's set-up otherwise names an invented earlier person)
    replaced = [d["previous_responsible"]["full_name"] for d in key.get("documents") or []
                if isinstance(d, dict) and isinstance(d.get("previous_responsible"), dict)
                and d["previous_responsible"].get("full_name")]
    if replaced:
        ctx_data = {**ctx_data, "previous_responsible": replaced[0]}
    result.is_reply = bool(ctx_data.get("is_reply", True))
    with tempfile.TemporaryDirectory(prefix="e2e-", dir=keep) as tmp:
        workdir = Path(tmp) / "gw"
        try:
            ctx, out, times = run_input(path, ctx_data, workdir, threshold=threshold,
                                        use_subprocess=use_subprocess, thread=thread)
            verdict = judge(key, ctx, out)
            result.verdict, result.detail, result.reason = (verdict.verdict, verdict.detail,
                                                            verdict.reason)
            result.setup_seconds, result.run_seconds = times["setup"], times["run"]
            result.notes = [f"{k}: {v}" for k, v in out.failures.items()]
        except Exception as exc:  # noqa: BLE001 - one input's failure is a result, not the end
            result.detail = f"{type(exc).__name__}: {exc}"[:500]
        if result.verdict not in ("right", "clear"):
            result.parsed = read_as(path)
        if keep is not None:
            import shutil

            shutil.copytree(workdir, keep / path.name.replace(" ", "_"), dirs_exist_ok=True)
    result.seconds = time.perf_counter() - start
    return result


def _worker_init() -> None:
    import logging

    logging.disable(logging.CRITICAL)  # the gateway's warnings belong to its own log


def run_all(paths: list[Path], jobs: int, options: dict[str, Any], progress: bool
            ) -> list[Result]:
    """measure() of every input (`options` its keywords), `jobs` at a time in child
    processes (spawned: the parser pool's fork server must not be forked)."""
    results: list[Result] = []

    def tell(r: Result) -> None:
        results.append(r)
        if progress:
            print(f"\r\033[K{len(results)}/{len(paths)} {r.verdict:<11} {r.input[-60:]}",
                  end="", file=sys.stderr, flush=True)

    if jobs <= 1:
        _worker_init()
        for p in paths:
            tell(measure(p, **options))
    else:
        from benchmarks import bench_corpus_e2e as me  # importable by name in the children

        with ProcessPoolExecutor(jobs, mp_context=get_context("spawn"),
                                 initializer=me._worker_init) as pool:
            futures = [pool.submit(me.measure, p, **options) for p in paths]
            for f in as_completed(futures):
                tell(f.result())
    if progress:
        print("\r\033[K", end="", file=sys.stderr)
    order = {_shown(p): i for i, p in enumerate(paths)}
    return sorted(results, key=lambda r: order.get(r.input, 0))


def figures(results: list[Result]) -> dict[str, Any]:
    replies = [r for r in results if r.is_reply and r.verdict != "error"]
    decoys = [r for r in results if not r.is_reply and r.verdict != "error"]
    count = Counter(r.verdict for r in replies)
    reasons = Counter(r.reason for r in replies if r.verdict == "not_applied" and r.reason)
    return {"replies": len(replies), "right": count["right"], "wrong": count["wrong"],
            "partial": count["partial"],
            "not_applied": count["not_applied"] + count["no_key"],
            "decoys": len(decoys), "decoys_applied": sum(r.verdict == "applied" for r in decoys),
            "errors": sum(r.verdict == "error" for r in results),
            "not_applied_reasons": dict(reasons.most_common()),
            "decoy_quarantine_reasons": dict(Counter(r.reason for r in decoys
                                                     if r.reason).most_common())}


def report(results: list[Result], wall: float, mode: str, jobs: int) -> dict[str, Any]:
    by_folder: dict[str, list[Result]] = {}
    for r in results:
        by_folder.setdefault(r.folder, []).append(r)
    secs = [r.seconds for r in results] or [0.0]
    return {"mode": mode, "jobs": jobs, "inputs": len(results), "wall_seconds": round(wall, 1),
            "seconds_per_input": {"mean": round(statistics.mean(secs), 2),
                                  "median": round(statistics.median(secs), 2),
                                  "max": round(max(secs), 2),
                                  "setup_mean": round(statistics.mean(
                                      [r.setup_seconds for r in results] or [0.0]), 2),
                                  "run_mean": round(statistics.mean(
                                      [r.run_seconds for r in results] or [0.0]), 2)},
            "folders": {f: figures(rs) for f, rs in sorted(by_folder.items())},
            "total": figures(results)}


def print_table(rep: dict[str, Any]) -> None:
    rows = [*rep["folders"].items(), ("total", rep["total"])]
    width = max([len(name) for name, _ in rows] + [6])
    print(f"{'folder':<{width}}  " + "  ".join(f"{c:>{max(len(c), 5)}}" for c in COLUMNS))
    for name, fig in rows:
        print(f"{name:<{width}}  " + "  ".join(f"{fig[c]:>{max(len(c), 5)}}" for c in COLUMNS))
    total = rep["total"]
    if total["not_applied_reasons"]:
        print("\nreplies not applied, by reason:")
        for reason, n in total["not_applied_reasons"].items():
            print(f"  {n:4d}  {reason}")
    s = rep["seconds_per_input"]
    print(f"\n{rep['inputs']} inputs in {rep['wall_seconds']} s ({rep['mode']}, {rep['jobs']} "
          f"jobs); per input mean {s['mean']} s (setup {s['setup_mean']}, delivery and run "
          f"{s['run_mean']}), median {s['median']} s, max {s['max']} s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", default=[str(ROOT / "corpora" / "train-r3")])
    ap.add_argument("--jobs", type=int, default=2, help="inputs measured at once (default 2)")
    ap.add_argument("--misses", action="store_true", help="one line per input not right")
    ap.add_argument("--json", action="store_true", help="the figures as one JSON object")
    ap.add_argument("--only", default="", help="only inputs whose path contains this")
    ap.add_argument("--threshold", type=float, default=None,
                    help="parse_confidence_threshold of every deployment (default: the "
                         "gateway's)")
    ap.add_argument("--subprocess", action="store_true",
                    help="run the gateway commands as child processes")
    ap.add_argument("--thread", choices=THREAD_MODES, default="as-written",
                    help="point a reply at our real letter: as-written (when it was written as "
                         "a reply; default), all, none (see benchmarks/e2e_deploy.py)")
    ap.add_argument("--keep", type=Path, default=None,
                    help="copy each input's deployment folder here, to look at afterwards")
    a = ap.parse_args(argv)
    paths = inputs(a.folders, a.only)
    if a.keep is not None:
        a.keep.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    options = {"threshold": a.threshold, "use_subprocess": a.subprocess, "keep": a.keep,
               "thread": a.thread}
    results = run_all(paths, max(1, a.jobs), options, progress=sys.stderr.isatty())
    rep = report(results, time.perf_counter() - start,
                 "subprocess" if a.subprocess else "in-process", max(1, a.jobs))
    rep["thread"] = a.thread
    misses = [r for r in results if r.verdict not in ("right", "clear")]
    if a.json:
        if a.misses:
            rep["misses"] = [asdict(r) for r in misses]
        print(json.dumps(rep, ensure_ascii=False, indent=2))
        return 0
    print_table(rep)
    if a.misses and misses:
        print()
        for r in misses:
            print(f"{r.verdict.upper():<11} {r.input}: {r.detail[:400]}"
                  + (f" [{'; '.join(r.notes)}]" if r.notes else "")
                  + (f"\n{'':<12}parse: {r.parsed}" if r.parsed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
