"""The shared scorer's comparison (../shared/tools/score_parse.py), mirrored so the corpus test
runs in-process (one parse per document, no subprocess) and on a machine without ../shared.

Kept the same as the shared tool's: normalisation of strings, phones, parts; a key's null met by
null, absence or an all-null object; services counted and matched by position; a refusal
reason met when one holds the other and is not much longer or shorter.  `score` runs the
parser on cases and returns the tallies.
"""

# ruff: noqa: E501
from __future__ import annotations

import json
import re
import unicodedata

_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "—": "-", "–": "-",
                         "‑": "-", "‐": "-", "\u00a0": " ", "\u202f": " "})
_URLISH = re.compile(r"^(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:[/?#][^\s]*)?$", re.IGNORECASE)
MISSING = object()


def norm_text(value: str) -> str:
    s = unicodedata.normalize("NFC", value).translate(_QUOTES)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"[.,;:]+$", "", s).strip()
    words = []
    for w in s.split(" "):
        core = w.rstrip(",;")
        tail = w[len(core):]
        if _URLISH.match(core):
            core = re.sub(r"^https?://", "", core, flags=re.IGNORECASE).rstrip("/")
        words.append(core + tail)
    return " ".join(words).casefold()


def norm_phone(value: str) -> str:
    return re.sub(r"[^\d+]", "", value)


def norm_part(value) -> str:
    if not isinstance(value, str):
        return ""
    base = value.replace("\\", "/").rsplit("/", 1)[-1]
    return unicodedata.normalize("NFC", base).strip().casefold()


def is_empty(value) -> bool:
    if value is None or value is MISSING:
        return True
    if isinstance(value, dict):
        return all(is_empty(v) for v in value.values())
    return False


def short(value, n: int = 70) -> str:
    s = json.dumps(value, ensure_ascii=False) if value is not MISSING else "(absent)"
    return s if len(s) <= n else s[: n - 1] + "…"


def reason_match(got: str, want: str) -> bool:
    g, w = norm_text(got), norm_text(want)
    if not g or not w:
        return g == w
    if w in g:
        return len(g) <= max(3 * len(w), len(w) + 160)
    if g in w:
        return len(g) >= 0.5 * len(w)
    return False


class Tally:
    def __init__(self):
        self.ok = 0
        self.total = 0
        self.kinds_ok = 0
        self.kinds_total = 0
        self.misses: list = []

    def field(self, good: bool, path: str, got=None, want=None, note: str = ""):
        self.total += 1
        if good:
            self.ok += 1
        else:
            self.misses.append(f"{path}: {note or 'got ' + short(got) + ' want ' + short(want)}")


def count_leaves(value) -> int:
    """How many fields a key value holds (a null or a scalar is one; {} counts one)."""
    if isinstance(value, dict):
        n = 0
        for k, v in value.items():
            if k == "part":
                continue
            if k == "services" and isinstance(v, list):
                n += 1
            n += count_leaves(v)
        return n or 1
    if isinstance(value, list):
        return sum(count_leaves(v) for v in value)
    return 1


def compare_value(t: Tally, want, got, path: str, name: str):
    if want is None:
        t.field(is_empty(got), path, got, want)
        return
    if isinstance(want, dict):
        if not isinstance(got, dict):
            n = count_leaves(want)
            t.total += n
            t.kinds_total += "kind" in want
            t.misses.append(f"{path}: got {short(got)}, want an object ({n} field{'s' if n != 1 else ''})")
            return
        only_part = [k for k in want if k != "part"] == []
        if only_part:
            t.field(True, path)
            return
        for k, v in want.items():
            if k == "part":
                continue
            sub = got.get(k, MISSING)
            if k == "kind":
                good = isinstance(sub, str) and sub == v
                t.kinds_total += 1
                t.kinds_ok += good
                t.field(good, f"{path}.kind", sub, v)
            elif k in ("documents", "errors") and isinstance(v, list):
                compare_by_part(t, v, sub, f"{path}.{k}" if path else k)
            elif k == "services" and isinstance(v, list):
                n_got = len(sub) if isinstance(sub, list) else 0
                t.field(n_got == len(v), f"{path}.services[#]", n_got, len(v),
                        note=f"{n_got} services, want {len(v)}")
                items = sub if isinstance(sub, list) else []
                for i, item in enumerate(v):
                    g = items[i] if i < len(items) else MISSING
                    compare_value(t, item, g, f"{path}.services[{i}]", "service")
            else:
                compare_value(t, v, sub, f"{path}.{k}", k)
        return
    if isinstance(want, list):
        items = got if isinstance(got, list) else []
        for i, item in enumerate(want):
            compare_value(t, item, items[i] if i < len(items) else MISSING, f"{path}[{i}]", name)
        return
    if got is MISSING or got is None:
        t.field(False, path, got, want)
        return
    if isinstance(want, (bool, int, float)):
        t.field(type(got) is type(want) and got == want, path, got, want)
        return
    if not isinstance(got, str):
        t.field(False, path, got, want, note=f"got {short(got)} ({type(got).__name__}), want a string {short(want)}")
        return
    if name == "phone":
        good = norm_phone(got) == norm_phone(want)
    elif name == "refusal_reason":
        good = reason_match(got, want)
    elif name in ("date", "protocol_date"):
        good = got.strip() == want.strip()
    else:
        good = norm_text(got) == norm_text(want)
    t.field(good, path, got, want)


def compare_by_part(t: Tally, want: list, got, path: str):
    items = got if isinstance(got, list) else []
    used: set = set()
    for i, item in enumerate(want):
        match = MISSING
        label = f"{path}[{i}]"
        if isinstance(item, dict) and "part" in item:
            label = f"{path}[{item['part']}]"
            for j, g in enumerate(items):
                if j not in used and isinstance(g, dict) and norm_part(g.get("part")) == norm_part(item["part"]):
                    match = g
                    used.add(j)
                    break
        elif i < len(items):
            match = items[i]
            used.add(i)
        if match is MISSING:
            n = count_leaves(item)
            t.total += n
            if isinstance(item, dict) and "kind" in item:
                t.kinds_total += 1
            t.misses.append(f"{label}: missing ({n} field{'s' if n != 1 else ''})")
            continue
        compare_value(t, item, match, label, "")


def score(cases) -> tuple[Tally, list[tuple[str, Tally, dict]]]:
    """(the total, each case's (name, tally, the parser's output)) on `cases` (name, data,
    key)."""
    from parsers.api import parse_document, parse_message, unreadable

    total = Tally()
    per_case = []
    for case in cases:
        if case.name.endswith(".eml"):
            result = parse_message(case.data, case.name)
        else:
            result = parse_document(case.data, case.name)
        data = json.loads(json.dumps(result.contract_json(), ensure_ascii=False))
        t = Tally()
        body = {k: v for k, v in case.key.items() if k != "exit"}
        if "exit" in case.key:
            status = 1 if unreadable(result) else 0
            t.field(status == case.key["exit"], "exit", status, case.key["exit"])
        compare_value(t, body, data, "", "")
        per_case.append((case.name, t, data))
        total.ok += t.ok
        total.total += t.total
        total.kinds_ok += t.kinds_ok
        total.kinds_total += t.kinds_total
        total.misses.extend(f"{case.name}: {m}" for m in t.misses)
    return total, per_case
