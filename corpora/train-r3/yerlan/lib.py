"""Helpers for yerlan's corpus: writing mails, Word, Excel, PDF, text, keys and contexts."""
import base64
import io
import json
import os
import quopri
from email.header import Header
from email.utils import encode_rfc2231

OUT = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MADE = []


def path(name):
    return os.path.join(OUT, name)


def key(name, documents, exit=0):
    with open(path(name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"exit": exit, "documents": documents}, f, ensure_ascii=False, indent=2)
    MADE.append(name)


def ctx(name, agency, email, bin_, services, awaiting, our_letter, effect):
    d = {"agency": {"name": agency, "email": email, "bin": bin_},
         "services": [{"registry_number": r, "name": n} for r, n in services],
         "awaiting": awaiting,
         "our_letter": None if our_letter is None else
         {"number": our_letter[0], "date": our_letter[1], "subject": our_letter[2]},
         "expected_effect": effect,
         "is_reply": True}
    with open(path(name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)


def resp(full_name, position=None, email=None, phone=None):
    d = {"full_name": full_name}
    if position is not None:
        d["position"] = position
    if email is not None:
        d["email"] = email
    if phone is not None:
        d["phone"] = phone
    return d


def regs(*nums):
    return [{"registry_number": n} for n in nums]


# ---------------------------------------------------------------- text files
def txt(name, text, enc="utf-8"):
    with open(path(name), "wb") as f:
        f.write(text.replace("\n", "\r\n").encode(enc) if enc in ("utf-16", "utf-8-sig-crlf")
                else text.encode(enc))


# ---------------------------------------------------------------- mail
def _enc_body(data, cte):
    if cte == "base64":
        b = base64.encodebytes(data)
        return b
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def textpart(text, subtype="plain", charset="utf-8", cte="base64", label=True):
    data = text.encode(charset)
    ct = "text/%s" % subtype + ("; charset=\"%s\"" % charset if label else "")
    hdr = "Content-Type: %s\r\nContent-Transfer-Encoding: %s\r\n" % (ct, cte)
    return hdr.encode() + b"\r\n" + _enc_body(data, cte)


def attpart(fname, data, ctype):
    fn_hdr = Header(fname, "utf-8").encode() if not fname.isascii() else fname
    fn2231 = encode_rfc2231(fname, "utf-8") if not fname.isascii() else None
    disp = ('attachment; filename*=%s' % fn2231) if fn2231 else ('attachment; filename="%s"' % fname)
    hdr = ('Content-Type: %s; name="%s"\r\nContent-Transfer-Encoding: base64\r\n'
           'Content-Disposition: %s\r\n' % (ctype, fn_hdr, disp))
    return hdr.encode() + b"\r\n" + base64.encodebytes(data).replace(b"\n", b"\r\n")


def multipart(subtype, parts, boundary):
    out = ("Content-Type: multipart/%s; boundary=\"%s\"\r\n\r\n" % (subtype, boundary)).encode()
    out += b"This is a multi-part message in MIME format.\r\n\r\n"
    for p in parts:
        out += ("--%s\r\n" % boundary).encode() + p.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") + b"\r\n"
    out += ("--%s--\r\n" % boundary).encode()
    return out


def hdr(value):
    return value if value.isascii() else Header(value, "utf-8").encode()


def mail(name, frm, to, subject, date, body, extra=None, msgid=None):
    """frm/to: (display, address). body: bytes of a part (headers + body)."""
    lines = []
    lines.append("From: %s <%s>" % (hdr(frm[0]), frm[1]))
    lines.append("To: %s <%s>" % (hdr(to[0]), to[1]))
    lines.append("Subject: %s" % hdr(subject))
    lines.append("Date: %s" % date)
    lines.append("Message-ID: <%s>" % (msgid or (name.replace(".", "-") + "@" + frm[1].split("@")[1])))
    lines.append("MIME-Version: 1.0")
    for k, v in (extra or {}).items():
        lines.append("%s: %s" % (k, hdr(v)))
    data = ("\r\n".join(lines) + "\r\n").encode() + body
    with open(path(name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- docx
def new_doc():
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    return d


def paras(d, text):
    for line in text.split("\n"):
        d.add_paragraph(line)


def table(d, rows, merges=(), style="Table Grid"):
    """rows: list of lists of str; merges: (r1,c1,r2,c2) to merge (text taken from top-left)."""
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is not None:
                t.cell(i, j).text = v
    for r1, c1, r2, c2 in merges:
        keep = rows[r1][c1]
        m = t.cell(r1, c1).merge(t.cell(r2, c2))
        m.text = keep
    return t


def save_doc(d, name=None):
    bio = io.BytesIO()
    d.save(bio)
    data = bio.getvalue()
    if name:
        with open(path(name), "wb") as f:
            f.write(data)
    return data


# ---------------------------------------------------------------- pdf
def pdf(name, blocks, landscape_=True):
    """blocks: list of ('p', text) | ('t', rows, colwidths) | ('b', text) bold."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors
    try:
        pdfmetrics.registerFont(TTFont("DJ", FONT))
        pdfmetrics.registerFont(TTFont("DJB", FONTB))
    except Exception:
        pass
    ps = ParagraphStyle("n", fontName="DJ", fontSize=9, leading=11)
    pb = ParagraphStyle("b", fontName="DJB", fontSize=10, leading=12)
    pc = ParagraphStyle("c", fontName="DJ", fontSize=7, leading=8.5)
    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=landscape(A4) if landscape_ else A4,
                            leftMargin=28, rightMargin=28, topMargin=28, bottomMargin=28)
    story = []
    for b in blocks:
        if b[0] == "p":
            for line in b[1].split("\n"):
                story.append(Paragraph(line.replace("&", "&amp;").replace("<", "&lt;") or "&nbsp;", ps))
        elif b[0] == "b":
            story.append(Paragraph(b[1], pb))
        elif b[0] == "t":
            rows = [[Paragraph((c or "").replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>"), pc)
                     for c in r] for r in b[1]]
            t = Table(rows, colWidths=b[2], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")] + list(b[3] if len(b) > 3 else [])))
            story.append(t)
        story.append(Spacer(1, 4))
    doc.build(story)
    data = bio.getvalue()
    if name:
        with open(path(name), "wb") as f:
            f.write(data)
    return data


# ---------------------------------------------------------------- xlsx
def xlsx(name, build):
    import openpyxl
    wb = openpyxl.Workbook()
    build(wb)
    bio = io.BytesIO()
    wb.save(bio)
    data = bio.getvalue()
    if name:
        with open(path(name), "wb") as f:
            f.write(data)
    return data


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"
EKC = ("Единый контакт-центр", "ekc@egov-kc.kz")
