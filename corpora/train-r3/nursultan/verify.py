# checks that every input opens and that key strings occur in its text
from email import policy
import email, json, os, io, re, sys, zipfile, subprocess, tempfile, unicodedata
import docx, openpyxl

D = os.path.dirname(os.path.abspath(__file__))

def dec(b, cs):
    for c in [cs, "utf-8", "cp1251", "koi8-r"]:
        if not c: continue
        try:
            t = b.decode(c)
            if c in ("iso-8859-1", "us-ascii", "koi8-r") and c != "koi8-r" : raise ValueError
            return t
        except Exception: pass
    return b.decode("utf-8", "replace")

def smart(b, cs):
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        pass
    c1, c2 = b.decode("cp1251", "replace"), b.decode("koi8-r", "replace")
    low = lambda t: len(re.findall("[а-я]", t)) - len(re.findall("[А-Я]", t))
    return c1 if low(c1) >= low(c2) else c2

def text_of(name, data):
    n = name.lower()
    if n.endswith(".docx") or n.endswith(".doc"):
        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    if n.endswith(".xlsx"):
        wb = openpyxl.load_workbook(io.BytesIO(data))
        return "\n".join(str(v) for ws in wb for r in ws.iter_rows(values_only=True) for v in r if v is not None)
    if n.endswith(".pdf"):
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(data); f.flush()
            return subprocess.run(["pdftotext", "-raw", f.name, "-"], capture_output=True, text=True).stdout
    if n.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        return {m: text_of(m, z.read(m)) for m in z.namelist()}
    if n.endswith(".txt"):
        return smart(data, None)
    raise ValueError(name)

def parts_of(path):
    name = os.path.basename(path)
    data = open(path, "rb").read()
    if not name.endswith(".eml"):
        return {name: text_of(name, data)}
    m = email.message_from_bytes(data, policy=policy.default)
    out = {"body": ""}
    for p in m.walk():
        if p.is_multipart(): continue
        fn = p.get_filename()
        if fn:
            t = text_of(fn, p.get_payload(decode=True))
            if isinstance(t, dict): out.update(t)
            else: out[fn] = t
        else:
            out["body"] += smart(p.get_payload(decode=True), p.get_content_charset())
    out["body"] = re.sub(r"<[^>]+>", " ", out["body"]).replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
    out["_subject"] = str(m["subject"])
    return out

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("«", '"').replace("»", '"').replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()

bad = 0
for f in sorted(os.listdir(D)):
    if not f.endswith(".expected.json"): continue
    inp = f[:-len(".expected.json")]
    key = json.load(open(os.path.join(D, f)))
    ctx = json.load(open(os.path.join(D, inp + ".context.json")))
    assert set(ctx) == {"agency", "services", "awaiting", "our_letter", "expected_effect", "is_reply"}, f
    assert ctx["awaiting"] in ("appointment", "information", "protocol", "additional_answer", "consulting")
    assert len(ctx["agency"]["bin"]) == 12
    parts = parts_of(os.path.join(D, inp))
    for doc in key["documents"]:
        p = doc["part"]
        if p not in parts:
            print("MISSING PART", inp, p, list(parts)); bad += 1; continue
        T = norm(parts[p])
        def chk(v, label):
            global bad
            if v is None: return
            if norm(v) not in T:
                print("NOT FOUND", inp, label, v[:90]); bad += 1
        for s in doc.get("services", []):
            assert re.fullmatch(r"\d{8}", s["registry_number"])
            chk(s["registry_number"], "reg")
            for k in ("service_name", "standard", "regulation", "npa_changes"):
                chk(s.get(k), k)
            if s.get("website"): chk(re.sub("^https?://", "", s["website"]), "web")
            r = s.get("responsible") or {}
            chk(r.get("full_name"), "resp"); chk(r.get("position"), "pos"); chk(r.get("email"), "email")
        for k in ("responsible",):
            r = doc.get(k) or {}
            chk(r.get("position"), "rpos"); chk(r.get("email"), "remail")
        if doc.get("refusal_reason"): chk(doc["refusal_reason"], "reason")
        if doc.get("executor"): chk(doc["executor"]["full_name"], "executor")
    print("ok", inp, [d["kind"] for d in key["documents"]], ctx["awaiting"])
print("BAD", bad)
