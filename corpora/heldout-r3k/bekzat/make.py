#!/usr/bin/env python3
"""Rebuild bekzat's round-K corpus: /tmp/cv-bekzat/bin/python make.py  (needs python-docx, openpyxl, reportlab)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, protocols, protocols2, forms, forms2, changes, people, refusals

for mod in (protocols, protocols2, forms, forms2, changes, people, refusals):
    mod.build()
print(len(lib.INDEX), "inputs written")

HEAD = """# bekzat — round K corpus (55 inputs, all genuine replies, is_reply true)

Built by `make.py` (modules: protocols.py, protocols2.py = 22 training protocols; forms.py, forms2.py,
changes.py, people.py, refusals.py = 33 replies in messy mail). Every input has
`NAME.expected.json` (answer key) and `NAME.context.json` (situation).

Columns: file | kind(s) keyed; language; format | what makes it hard.

Keying conventions:
- Only the document(s) that matter are keyed; a covering mail body is not keyed when the reply is in an
  attachment. Irrelevant but parseable attachments (cover letters, orders, stats, our own letter sent back)
  are keyed as `kind: other` with no other field. Images (logo png) and a detached `.sig`/`Thumbs.db` are not keyed.
- ZIP members are keyed by their base name (folder dropped).
- `language` is left out of the key for bilingual kk+ru documents (p08, p14, m07, c07, r08).
- Names nominative; positions keyed only when written in the nominative (positions in genitive/accusative,
  Kazakh possessive/accusative forms are left out of the key).
- A form cell that is `-`/`—`/empty is `null`; a cell with words ("не предусмотрен", "Регламент не утверждается ...")
  is keyed as written.
- For protocols `protocol_date` is the date of the protocol (its heading/date line or "Дата подписания"), never the
  training date, the covering letter's date or our letter's date.
- For change notices `change_date` is the date the change took effect as stated; keyed only when stated (c03: none stated, not keyed).
- Services in the quoted request (our letter) that the reply does not cover are not keyed.

"""
with open(os.path.join(lib.OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
    f.write(HEAD)
    for name, m in lib.INDEX:
        f.write(f"- `{name}` — {m}\n")
