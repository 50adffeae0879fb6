#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Rebuild the yerkebulan corpus (round K): python make.py (needs python-docx, openpyxl, reportlab)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, part_a, part_b, part_c

part_a.build(); part_b.build(); part_c.build()
print(len(lib.MANIFEST), "inputs")
HEAD = """# MANIFEST — corpus author yerkebulan, round K

55 inputs: 45 non-replies (is_reply false), 10 genuine replies (is_reply true, files r01–r10).
Each input has `<file>.expected.json` (answer key) and `<file>.context.json` (situation).
Rebuild: `python make.py` (python-docx, openpyxl, reportlab). Texts are in part_a.py (n01–n22),
part_b.py (n23–n45), part_c.py (r01–r10); lib.py holds only the file writers.

| file | kind(s) | language | format | what makes it hard |
| --- | --- | --- | --- | --- |
"""
NOTES = """
## Notes for a reader of the keys

- Five non-replies carry a real kind because they are duplicates/resends of something already
  applied: n12 (appendix1_form), n13 (responsible_change), n28 (training_protocol), n34 (refusal),
  n39 (change_notice). Their `kind` is what the document is; `is_reply` is false and the context's
  `expected_effect` says "duplicate; no change". Every other non-reply is `other`.
- Bodies that are only a cover ("см. вложение", "Подписанный.") are not keyed (r09, r10, n12, n28).
  Where a body is keyed next to an attachment (n03, n10, n27, n45), both are `other`.
- n27's attachment (an unsigned, undated draft protocol) is keyed by presence only (no kind).
- n03's attachment is the contact centre's own blank Appendix 1 (registry number only): keyed `other`.
- Names in keys are nominative: r05 `Исмаилова Дильноза Рустамқызы` (the letter has -қызын),
  r06 previous `Байгабылов Әділ Тимурұлы` (the letter has the genitive); r06's new person has no patronymic.
- r04: columns 3–7 are empty, keyed `null`; phone `null` (the cell has none). r07: "—" cells are keyed `null`.
- r06 and n23 are windows-1251 HTML; Kazakh letters missing from cp1251 are HTML numeric character
  references (as Outlook writes them). n17 is koi8-r; its № and «» became '?' (koi8-r lacks them).
- n42 has no charset label at all (UTF-8 bytes, base64).
- `language` is keyed by the main language of the part; n20 (an English bounce) has no language key.
- Non-replies that are actually `RE:` answers to our letters (n01, n17, n33, n36, n43) are still
  non-replies: they do not give what the case awaits.
"""
rows = []
for name, line in lib.MANIFEST:
    kind, lang, fmt, hard = [x.strip() for x in line.split(";", 3)]
    rows.append("| %s | %s | %s | %s | %s |" % (name, kind, lang, fmt, hard))
with open(os.path.join(lib.OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
    f.write(HEAD + "\n".join(rows) + "\n" + NOTES)
