#!/usr/bin/env python3
"""Rebuild botagoz's corpus of hard non-replies: /tmp/cv-botagoz/bin/python make.py"""
import email, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import importlib
PARTS = [importlib.import_module(n) for n in ("part1", "part2", "part3", "part4", "part5", "part6", "part7") if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), n + ".py"))]

for m in PARTS:
    m.build()

# ---- check every file opens and every key is valid
import io, docx, openpyxl
from email import policy
bad = 0
for name in sorted(os.listdir(lib.OUT)):
    p = os.path.join(lib.OUT, name)
    if not os.path.exists(p + ".expected.json"):
        continue
    k = json.load(open(p + ".expected.json", encoding="utf-8"))
    c = json.load(open(p + ".context.json", encoding="utf-8"))
    assert k["exit"] == 0 and k["documents"], name
    assert c["is_reply"] is False and c["awaiting"] in ("appointment", "information", "protocol", "additional_answer", "consulting"), name
    assert len(c["agency"]["bin"]) == 12 and c["agency"]["bin"].isdigit(), name
    for s in c["services"]:
        assert len(s["registry_number"]) == 8 and s["registry_number"].isdigit(), name
    ext = name.rsplit(".", 1)[-1]
    parts = []
    if ext == "eml":
        m = email.message_from_bytes(open(p, "rb").read(), policy=policy.default)
        for a in m.iter_attachments():
            if not a.get_filename():
                continue
            parts.append(a.get_filename())
            data = a.get_content()
            if a.get_filename().endswith(".docx"):
                docx.Document(io.BytesIO(data))
            elif a.get_filename().endswith(".xlsx"):
                openpyxl.load_workbook(io.BytesIO(data))
            elif a.get_filename().endswith(".pdf"):
                assert data.startswith(b"%PDF"), name
        b = m.get_body(("plain", "html")) or next((x for x in m.walk() if x.get_content_type() == "text/plain"), None)
        assert b is not None, name
        parts.append("body")
    elif ext == "docx":
        docx.Document(p); parts.append(name)
    elif ext == "xlsx":
        openpyxl.load_workbook(p); parts.append(name)
    elif ext == "pdf":
        assert open(p, "rb").read(4) == b"%PDF"; parts.append(name)
    elif ext == "txt":
        open(p, "rb").read(); parts.append(name)
    for d in k["documents"]:
        if d["part"] not in parts:
            print("part not found", name, d["part"], parts); bad += 1

# ---- manifest
with open(os.path.join(lib.OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
    f.write("# botagoz — hard non-replies (heldout-r3f)\n\n")
    f.write("Every input has `is_reply: false` in its context: each is dressed as an agency's reply to the "
            "Unified Contact Centre but is not one of the kinds that move the case. Rebuild with "
            "`/tmp/cv-botagoz/bin/python make.py` (texts are written by hand in part1–part7.py; lib.py only writes files).\n\n")
    f.write("| file | kind(s) in key | language | format | what it is | what makes it look like a reply |\n")
    f.write("| --- | --- | --- | --- | --- | --- |\n")
    for row in lib.MANIFEST:
        f.write("| " + " | ".join(x.replace("|", "/") for x in row) + " |\n")
print("cases", len(lib.MANIFEST), "bad", bad)
