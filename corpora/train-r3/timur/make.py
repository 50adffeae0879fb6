# -*- coding: utf-8 -*-
"""Rebuild timur's corpus: python3 make.py (needs python-docx, openpyxl, reportlab)."""
import os
import sys

sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import t_lib  # noqa: E402
import t_forms  # noqa: E402

MODULES = [t_forms]
for extra in ("t_resp", "t_refusal", "t_change", "t_proto", "t_other"):
    try:
        MODULES.append(__import__(extra))
    except ModuleNotFoundError:
        pass


def main():
    for m in MODULES:
        for fn in m.ALL:
            fn()
    lines = ["# timur — train-r3 corpus (tuning set, 140 documents)", "",
             "Rebuild: `python3 make.py` (python-docx, openpyxl, reportlab; DejaVu fonts). Texts are written by hand in",
             "t_forms.py, t_resp.py, t_refusal.py, t_change.py, t_proto.py, t_other.py; t_lib.py holds only the plumbing.",
             "",
             "Key conventions: a bilingual document (language `kk+ru` below) has no `language` in its key; a person's",
             "`position` is keyed only where the letter gives it in the nominative; `effective_date`/`change_date` are keyed",
             "when the letter states them, `null` when it clearly does not, and left out when they could only be computed;",
             "a covering note of a mail whose substance is an attachment is keyed `other`. Every context of a kind other",
             "than `other` has `is_reply: true`; all `other` documents have `is_reply: false`.",
             "",
             "| file | kind | language | format | what makes it hard |", "| --- | --- | --- | --- | --- |"]
    for name, kind, lang, fmt, hard in t_lib.MANIFEST:
        lines.append(f"| {name} | {kind} | {lang} | {fmt} | {hard.replace(chr(124), chr(92) + chr(124))} |")
    with open(os.path.join(t_lib.OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(len(t_lib.MANIFEST), "documents")


if __name__ == "__main__":
    main()
