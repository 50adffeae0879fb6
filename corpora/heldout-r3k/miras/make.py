"""Rebuild miras's round-K corpus: /tmp/cv-miras/bin/python make.py"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kit
import docs_a
mods = [docs_a]
for extra in ("docs_b", "docs_c"):
    try:
        mods.append(__import__(extra))
    except ImportError:
        pass
for m in mods:
    m.build()
print(len(kit.MANIFEST), "inputs")

# MANIFEST.md
lines = ["# miras, round K — 55 non-replies that look like replies",
         "",
         "Every context has `is_reply: false`. All parts are keyed `other` except two (see the table: "
         "k14 attachment is a real `appendix1_form` for a service not in the case; k28 attachment is a real "
         "`training_protocol` re-sent as a duplicate after the service was already accepted). Rebuild: "
         "`/tmp/cv-miras/bin/python make.py`; check: `/tmp/cv-miras/bin/python check.py`.",
         "",
         "| file | kind(s) | language | format | what makes it hard |",
         "| --- | --- | --- | --- | --- |"]
for name, note, docs in kit.MANIFEST:
    kinds = ", ".join(f"{d['part'] if d['part'] != name else 'file'}: {d['kind']}" for d in docs)
    langs = "/".join(sorted({d.get("language", "ru+kk") for d in docs}))
    fmt = name.rsplit(".", 1)[1]
    lines.append(f"| {name} | {kinds} | {langs} | {fmt} | {note} |")
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "MANIFEST.md"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
