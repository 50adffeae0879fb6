#!/usr/bin/env python3
"""Rebuild corpus-k/ainur: python make.py (needs python-docx, reportlab)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import appointments
appointments.build()
for m in ("replacements", "refusals"):
    try:
        __import__(m).build()
    except ModuleNotFoundError as e:
        if e.name != m: raise

# Bilingual letters (Kazakh and Russian text of the same notice): the key names no language.
import json
for f in ("app10.docx", "app16.eml", "rep19.eml"):
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), f + ".expected.json")
    k = json.load(open(p, encoding="utf-8"))
    for d in k["documents"]:
        d.pop("language", None)
    json.dump(k, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
