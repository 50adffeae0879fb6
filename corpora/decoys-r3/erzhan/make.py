#!/usr/bin/env python3
"""Rebuild erzhan's decoy corpus (85 documents that are NOT replies that move a case).

    /tmp/cv-erzhan/bin/python make.py          # writes the inputs, keys and contexts here
    /tmp/cv-erzhan/bin/python make.py --check  # also re-reads every file

Each document's text is written by hand in the p_*.py modules; lib.py only assembles bytes.
"""
import importlib
import sys

sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
import lib  # noqa: E402

PARTS = ["p_auto", "p_minutes", "p_orders", "p_news", "p_invite", "p_refuse"]

for p in PARTS:
    try:
        importlib.import_module(p)
    except ModuleNotFoundError as e:
        if e.name != p:
            raise
        print(f"(part {p} not written yet)", file=sys.stderr)

names = [d[0] for d in lib.DOCS]
assert len(names) == len(set(names)), "duplicate names"
lib.write_all()
print(f"wrote {len(lib.DOCS)} documents")
if "--check" in sys.argv:
    import check
    sys.exit(check.main([d[0] for d in lib.DOCS]))
