"""Re-read every written input: parse .eml, open DOCX/XLSX/PDF, validate keys and contexts."""
import email
import io
import json
import os
import zipfile
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))


def text_of_docx(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    t = "\n".join(p.text for p in d.paragraphs)
    for tb in d.tables:
        for r in tb.rows:
            t += "\n" + " | ".join(c.text for c in r.cells)
    return t


def text_of_pdf(data):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def text_of_xlsx(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    return "\n".join(" | ".join(str(c) for c in r if c is not None) for ws in wb for r in ws.iter_rows(values_only=True))


def read_any(name, data):
    n = name.lower()
    if n.endswith(".docx"):
        return text_of_docx(data)
    if n.endswith(".pdf"):
        return text_of_pdf(data)
    if n.endswith(".xlsx"):
        return text_of_xlsx(data)
    if n.endswith(".txt"):
        return data.decode("utf-8")
    raise ValueError(name)


def main(names):
    bad = 0
    for name in names:
        path = os.path.join(OUT, name)
        data = open(path, "rb").read()
        key = json.load(open(path + ".expected.json", encoding="utf-8"))
        ctx = json.load(open(path + ".context.json", encoding="utf-8"))
        parts = {}
        try:
            if name.endswith(".eml"):
                msg = email.message_from_bytes(data, policy=policy.default)
                str(msg["subject"])
                bodies = []
                for p in msg.walk():
                    if p.is_multipart():
                        continue
                    fn = p.get_filename()
                    ct = p.get_content_type()
                    if fn:
                        payload = p.get_payload(decode=True)
                        parts[fn] = read_any(fn, payload)
                    elif ct.startswith("text/"):
                        bodies.append(p.get_content())
                parts["body"] = "\n".join(bodies)
                assert parts["body"].strip(), "empty body"
            else:
                parts[name] = read_any(name, data)
        except Exception as e:  # noqa
            print("BAD", name, type(e).__name__, e)
            bad += 1
            continue
        assert key["exit"] == 0
        for d in key["documents"]:
            assert d["kind"] == "other", name
            if d["part"] not in parts:
                print("BAD part", name, d["part"], list(parts))
                bad += 1
            elif len(parts[d["part"]].strip()) < 80:
                print("SHORT", name, d["part"], repr(parts[d["part"]][:100]))
        assert ctx["is_reply"] is False
        assert ctx["awaiting"] in ("appointment", "information", "protocol", "additional_answer", "consulting")
        assert len(ctx["agency"]["bin"]) == 12 and ctx["agency"]["bin"].isdigit()
        for s in ctx["services"]:
            assert len(s["registry_number"]) == 8 and s["registry_number"].isdigit(), name
        assert (ctx["our_letter"] is None) == (ctx["awaiting"] == "consulting"), name
    print(f"checked {len(names)}: {bad} bad")
    return 1 if bad else 0
