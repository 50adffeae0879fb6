#!/usr/bin/env python3
"""Rebuild yerbol's corpus: python3 make.py (needs python-docx, openpyxl, reportlab).
Each gen_*.py holds hand-written documents; lib.py only lays text out in a format."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import gen_forms, gen_appoint, gen_replace, gen_change, gen_refusal, gen_protocol, gen_other  # noqa: E401,F401

with open(os.path.join(lib.OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
    f.write("# yerbol — held-out corpus (round 3)\n\n")
    f.write("Rebuild: `python3 make.py`. Each input has `NAME.expected.json` (answer key) and `NAME.context.json`.\n")
    f.write("Inputs have neutral names; the descriptive slug each was written under is in [brackets] at the end of its line.\n")
    f.write("Kind column: for appointments the key's kind is `responsible_change` (awaiting `appointment`).\n\n")
    f.write("| file | kind | language | format | what makes it hard |\n| --- | --- | --- | --- | --- |\n")
    for name, kind, lang, fmt, hard in sorted(lib.MANIFEST):
        f.write(f"| `{name}` | {kind} | {lang} | {fmt} | {hard} |\n")
print(len(lib.MANIFEST), "documents")
