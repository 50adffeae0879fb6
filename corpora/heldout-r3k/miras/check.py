"""Check every input opens and keys/contexts are valid."""
import glob, json, os, sys, email, io
from email import policy
import docx, openpyxl
bad = 0
ins = sorted(f for f in glob.glob("k[0-9]*") if not f.endswith(".json"))
for f in ins:
    k = json.load(open(f + ".expected.json")); c = json.load(open(f + ".context.json"))
    assert k["exit"] == 0 and k["documents"], f
    assert c["is_reply"] is False and c["awaiting"] in ("appointment","information","protocol","additional_answer","consulting"), f
    assert len(c["agency"]["bin"]) == 12 and c["agency"]["bin"].isdigit(), f
    for s in c["services"]:
        assert len(s["registry_number"]) == 8 and s["registry_number"].isdigit(), f
    parts = []
    if f.endswith(".eml"):
        m = email.message_from_bytes(open(f, "rb").read(), policy=policy.default)
        parts.append("body")
        b = m.get_body(preferencelist=("plain", "html"))
        assert b is not None, f
        try: txt = b.get_content()
        except Exception as e: txt = b.get_payload(decode=True).decode("cp1251"); 
        assert len(txt) > 20, f
        for a in m.iter_attachments():
            fn = a.get_filename(); parts.append(fn); data = a.get_payload(decode=True)
            if fn.endswith(".docx"): docx.Document(io.BytesIO(data))
            if fn.endswith(".xlsx"): openpyxl.load_workbook(io.BytesIO(data))
            if fn.endswith(".pdf"): assert data[:5] == b"%PDF-"
    else:
        parts.append(f)
        if f.endswith(".docx"): docx.Document(f)
        if f.endswith(".xlsx"): openpyxl.load_workbook(f)
        if f.endswith(".pdf"): assert open(f,"rb").read(5) == b"%PDF-"
    kp = [d["part"] for d in k["documents"]]
    if kp != parts:
        print("PART MISMATCH", f, kp, parts); bad += 1
print("checked", len(ins), "bad", bad)
